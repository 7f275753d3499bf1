/** Longest piece of the input an error message repeats: enough to recognise it, never a megabyte. */
const MAX_QUOTED = 40;

/**
 * A value as an error message shows it: a string in quotes, cut short; a list or object named, not
 * printed (printing a deeply nested one would exhaust the stack).
 */
export function quoted(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}
