/** Small helpers the engine and the widget share, so that no copy of them drifts. */

export function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

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

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: unknown): text is string {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!match) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written (0020 is not 1920).
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Only http(s) links are ever rendered as links; anything else (javascript:, data:) is refused. */
export function isWebUrl(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
