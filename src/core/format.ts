/**
 * The one path every shown number takes: exact (decimal.js, never a binary float), and never
 * rounded onto a line it misses. A value is shown with its usual decimals, and with more where that
 * is needed so that, read back, it stands on the same side of every threshold (`lines`) as the exact
 * value: TPP 4,799.984 reads "4,799.98", never "4,800", beside a 4,800 line.
 *
 * Digits are grouped by a number style (the separators of the reader's language), written here
 * rather than asked of Intl: building Intl formatters costs more than a whole evaluation, and the
 * first verdict must not wait for it.
 */
import { Decimal, compare } from './decimal.js';

export interface NumberStyle {
  /** Between groups of three digits, e.g. "," in English, "." in German, U+202F in French. */
  group: string;
  /** Before the decimals, e.g. "." in English, "," in German and French. */
  decimal: string;
  /** The minus sign. */
  minus: string;
}

export const ENGLISH_NUMBERS: NumberStyle = { group: ',', decimal: '.', minus: '-' };

/** More decimals than this is no datasheet's figure: the exact value is shown instead. */
const MAX_EXTRA_DECIMALS = 12;

/**
 * From 10^21 on, a value is written in scientific notation, e.g. 8e308: no chip figure is that
 * large (a typo, or hostile input), and writing every digit would stall the page.
 */
const SCIENTIFIC_FROM = new Decimal('1e21');

/** Significant digits of a value written in e-notation (8e308, -1.23457e400) when no line is near. */
const E_NOTATION_DIGITS = 6;

/** A decimal as Decimal#toString writes it below 10^21: no exponent, no leading or trailing zeros; group 2 is the fraction. */
const PLAIN = /^-?(0|[1-9]\d{0,20})(?:\.(\d*[1-9]))?$/;

/** A fixed-point decimal text ("-1234.5") with the style's separators ("-1,234.5"). */
function styled(fixed: string, style: NumberStyle): string {
  const negative = fixed.startsWith('-');
  const [whole = '', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  return `${negative ? style.minus : ''}${grouped(whole, style.group)}${fraction ? `${style.decimal}${fraction}` : ''}`;
}

/** Digits with a separator between groups of three from the right, "1234567" → "1,234,567"; a loop, as most values are short. */
function grouped(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) text += separator + digits.slice(at, at + 3);
  return text;
}

const localeStyles = new Map<string, NumberStyle>();

/** The separators of a locale Node users name, asked of Intl once per locale. */
function styleOfLocale(locale: string): NumberStyle {
  let style = localeStyles.get(locale);
  if (!style) {
    const parts = new Intl.NumberFormat(locale).formatToParts(-1234567.5);
    const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
    style = { group: part('group', ','), decimal: part('decimal', '.'), minus: part('minusSign', '-') };
    localeStyles.set(locale, style);
  }
  return style;
}

const sortedLines = new WeakMap<readonly Decimal[], readonly Decimal[]>();

/**
 * The lines a rounding of `exact` could cross: the nearest below it, those equal to it and the
 * nearest above. Any other line lies beyond one of these, so a rounding that misses the nearest
 * ones misses it too. Lists are sorted once, as the same few lists are passed again and again.
 */
function nearestLines(exact: Decimal, lines: readonly Decimal[]): Decimal[] {
  let sorted = sortedLines.get(lines);
  if (!sorted) sortedLines.set(lines, (sorted = [...lines].sort(compare)));
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(sorted[middle]!, exact) < 0) low = middle + 1;
    else high = middle;
  }
  const near = low > 0 ? [sorted[low - 1]!] : [];
  let at = low;
  while (at < sorted.length && compare(sorted[at]!, exact) === 0) near.push(sorted[at++]!);
  if (at < sorted.length) near.push(sorted[at]!);
  return near;
}

/**
 * The number of decimals at which `exact`, rounded half up, stands on the same side of every line
 * as the exact value (or the exact value's own decimals, which always do).
 */
function decimalsFor(exact: Decimal, decimals: number, lines: readonly Decimal[]): number {
  if (lines.length === 0) return decimals;
  const near = nearestLines(exact, lines);
  let shown = decimals;
  const limit = Math.max(decimals, Math.min(exact.decimalPlaces(), decimals + MAX_EXTRA_DECIMALS));
  const blurs = (d: number) => {
    const rounded = exact.toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
    return near.some((line) => compare(rounded, line) !== compare(exact, line));
  };
  while (shown < limit && blurs(shown)) shown += 1;
  // Past the limit of extra decimals, the exact value itself is shown.
  return blurs(shown) ? exact.decimalPlaces() : shown;
}

/**
 * The number of significant digits at which `exact`, rounded half up, stands on the same side of
 * every line as the exact value (or all of the exact value's own digits, which always do): the
 * rule of `decimalsFor`, counted in significant digits for values written in scientific notation.
 */
function significantFor(exact: Decimal, significant: number, lines: readonly Decimal[]): number {
  const own = Math.max(exact.sd(), 1);
  if (lines.length === 0) return significant;
  const near = nearestLines(exact, lines);
  let shown = significant;
  const limit = Math.max(significant, Math.min(own, significant + MAX_EXTRA_DECIMALS));
  const blurs = (digits: number) => {
    const rounded = exact.toSignificantDigits(digits, Decimal.ROUND_HALF_UP);
    return near.some((line) => compare(rounded, line) !== compare(exact, line));
  };
  while (shown < limit && blurs(shown)) shown += 1;
  return blurs(shown) ? own : shown;
}

const toDecimals = (lines: Decimal | string | readonly (Decimal | string)[] | undefined): readonly Decimal[] => {
  if (lines === undefined) return [];
  const list: readonly (Decimal | string)[] = Array.isArray(lines) ? lines : [lines as Decimal | string];
  return list.every((l) => l instanceof Decimal) ? (list as readonly Decimal[]) : list.map((l) => new Decimal(l));
};

/**
 * Formats a decimal exactly. `lines` (one value or several): thresholds the shown text must not
 * blur the value into. `style`: separators, or a locale name for Intl's (the default is English).
 */
export function formatNumber(
  value: Decimal | string,
  decimals: number,
  lines?: Decimal | string | readonly (Decimal | string)[],
  style: NumberStyle | string = ENGLISH_NUMBERS,
): string {
  const numbers = typeof style === 'string' ? (style === 'en-US' || style === 'en' ? ENGLISH_NUMBERS : styleOfLocale(style)) : style;
  // Most values are shown as given: a canonical decimal string with no more decimals than asked for.
  const plain = typeof value === 'string' ? PLAIN.exec(value) : null;
  if (plain && (plain[2]?.length ?? 0) <= decimals) return styled(value as string, numbers);
  const exact = new Decimal(value);
  if (compare(exact.abs(), SCIENTIFIC_FROM) >= 0) {
    const shown = exact.toSignificantDigits(significantFor(exact, E_NOTATION_DIGITS, toDecimals(lines)), Decimal.ROUND_HALF_UP);
    return shown.toExponential().replace('e+', 'e');
  }
  if (exact.decimalPlaces() <= decimals) return styled(exact.toFixed(), numbers);
  const shown = decimalsFor(exact, decimals, toDecimals(lines));
  return styled(exact.toDecimalPlaces(shown, Decimal.ROUND_HALF_UP).toFixed(), numbers);
}

/** A signed relative change as a percentage, e.g. "+1.35%" for 0.0135; never "+0%" for a change that is not zero. */
export function formatPercent(fraction: Decimal | string, style: NumberStyle | string = ENGLISH_NUMBERS): string {
  const percent = new Decimal(fraction).times(100);
  const decimals = percent.abs().lessThan(1) ? 3 : 2;
  const text = formatNumber(percent.abs(), decimals, percent.isZero() ? undefined : '0', style);
  return `${percent.isNegative() ? '−' : '+'}${text}%`;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (exponent: number) => `${exponent < 0 ? '⁻' : ''}${String(Math.abs(exponent)).replace(/\d/g, (d) => SUPERSCRIPTS[Number(d)]!)}`;

/**
 * A value in scientific notation as a reader writes it, e.g. "3.79 × 10²⁵", and "10²⁵" for a power
 * of ten: `significant` digits, and more where fewer would round the value onto (or across) one of
 * `lines`, under the same rule as `formatNumber`: 9.9999 × 10²⁴ beside a 10²⁵ line reads
 * "9.9999 × 10²⁴", never "10²⁵". Training compute is shown this way (1e20 to 1e28 FLOP and beyond).
 */
export function formatScientific(
  value: Decimal | string,
  significant: number,
  lines?: Decimal | string | readonly (Decimal | string)[],
  style: NumberStyle | string = ENGLISH_NUMBERS,
): string {
  const numbers = typeof style === 'string' ? (style === 'en-US' || style === 'en' ? ENGLISH_NUMBERS : styleOfLocale(style)) : style;
  const exact = new Decimal(value);
  if (exact.isZero()) return '0';
  const shown = exact.toSignificantDigits(significantFor(exact, significant, toDecimals(lines)), Decimal.ROUND_HALF_UP);
  const exponent = shown.e;
  const mantissa = shown.abs().dividedBy(new Decimal(10).pow(exponent));
  const sign = shown.isNegative() ? numbers.minus : '';
  const power = `10${superscript(exponent)}`;
  return mantissa.equals(1) ? `${sign}${power}` : `${sign}${styled(mantissa.toFixed(), numbers)} × ${power}`;
}
