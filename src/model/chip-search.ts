/**
 * How the chip pickers find a chip by what a reader types. Matches rank: the exact id or name, then
 * a name that starts with the text, then a word of it that does, then the text anywhere; case,
 * punctuation and a "(year)" suffix do not count. "h20", "NVIDIA H20 (2024)" and "nvidia-h20" all
 * find the H20 first, never the H200.
 */

export interface Searchable {
  id: string;
  vendor: string;
  name: string;
  /** A chip is found by its year too ("nvidia 2023"), as the pickers' placeholder says. */
  year?: number;
}

/** Lower case, punctuation and spaces folded to single spaces, a trailing "(2024)" dropped. */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(\s*\d{4}\s*\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The rank of a match, lower is better; null when the text does not match at all. */
function rankOf(query: string, chip: Searchable): number | null {
  const name = normalizeQuery(chip.name);
  const full = normalizeQuery(`${chip.vendor} ${chip.name}`);
  const id = normalizeQuery(chip.id);
  if (query === id || query === name || query === full) return 0;
  if (name.startsWith(query) || full.startsWith(query)) return 1;
  const words = ` ${full} ${id} ${chip.year ?? ''} `;
  if (words.includes(` ${query}`)) return 2;
  if (words.includes(query)) return 3;
  // Every word of the query somewhere: "4090 nvidia".
  const parts = query.split(' ');
  return parts.length > 1 && parts.every((part) => words.includes(part)) ? 4 : null;
}

/** The chips that match `text`, best first (ties keep the catalog's order); all of them for blank text. */
export function rankChips<T extends Searchable>(chips: readonly T[], text: string): T[] {
  const query = normalizeQuery(text);
  if (query === '') return [...chips];
  return chips
    .map((chip, index) => ({ chip, index, rank: rankOf(query, chip) }))
    .filter((c): c is { chip: T; index: number; rank: number } => c.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((c) => c.chip);
}

/** The one chip the text names exactly (id, name or vendor and name), or null. */
export function exactChip<T extends Searchable>(chips: readonly T[], text: string): T | null {
  const query = normalizeQuery(text);
  return chips.find((chip) => rankOf(query, chip) === 0) ?? null;
}
