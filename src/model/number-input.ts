/**
 * A number as a reader types it, in any of the widget's languages: "989.4", "989,4", "1,979.5",
 * "1.979,5", "1 979,5" (spaces, no-break spaces and thin spaces grouping digits). Read as the
 * decimal string the engine takes. One separator followed by exactly three digits ("1,979",
 * "1.979") is a thousands separator in one convention and a decimal mark in the other: that is not
 * guessed but reported as ambiguous, with both readings, until the reader says which was meant.
 */

/** What the reader meant by a lone separator before three digits. */
export type SeparatorReading = 'group' | 'decimal';

export type TypedNumber =
  | { value: string; ambiguous: null }
  | { value: null; ambiguous: { asGroup: string; asDecimal: string } };

const SPACES = /[\s\u00a0\u202f\u2009]/g;

/** `text` as a decimal string; text that is no number is returned as typed, for the engine to refuse with its reason. */
export function readTypedNumber(text: string, meant?: SeparatorReading): TypedNumber {
  const typed = text.trim();
  const compact = /^[+-]?\d{1,3}([\s\u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/.test(typed) ? typed.replace(SPACES, '') : typed;
  const match = /^([+-]?)(\d+)((?:[.,]\d+)*)$/.exec(compact);
  if (!match || match[3] === '') return { value: compact, ambiguous: null };
  const [, sign, first, rest] = match as unknown as [string, string, string, string];
  const parts = rest.match(/[.,]\d+/g)!.map((p) => ({ mark: p[0]!, digits: p.slice(1) }));
  const marks = new Set(parts.map((p) => p.mark));
  const grouped = (groups: readonly { digits: string }[]) => first.length <= 3 && first !== '0' && groups.every((g) => g.digits.length === 3);
  if (parts.length === 1) {
    const [{ digits }] = parts as [{ mark: string; digits: string }];
    if (digits.length === 3 && grouped(parts)) {
      const asGroup = `${sign}${first}${digits}`;
      const asDecimal = `${sign}${first}.${digits}`;
      if (meant) return { value: meant === 'group' ? asGroup : asDecimal, ambiguous: null };
      return { value: null, ambiguous: { asGroup, asDecimal } };
    }
    return { value: `${sign}${first}.${digits}`, ambiguous: null };
  }
  // Several separators: of one kind, they group thousands; of two, the last is the decimal mark.
  const last = parts[parts.length - 1]!;
  const groups = marks.size === 1 ? parts : parts.slice(0, -1);
  const decimal = marks.size === 1 ? null : last;
  if (marks.size > 2 || !grouped(groups) || groups.some((g) => g.mark === decimal?.mark)) return { value: compact, ambiguous: null };
  return { value: `${sign}${first}${groups.map((g) => g.digits).join('')}${decimal ? `.${decimal.digits}` : ''}`, ambiguous: null };
}
