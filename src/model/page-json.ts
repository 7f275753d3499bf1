/**
 * JSON that the page gives the widget (the spec attribute, rule sets in child scripts, a link's
 * state), read so that neither its numbers nor its shape can trip what reads it next.
 */

/**
 * Deeper than any chip spec or rule set nests (a rule set's conditions, 16 groups deep at most,
 * take 36 levels). Nothing deeper reaches code that recurses on it, so that it cannot overflow the stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether objects and lists in `value` nest more than `limit` levels deep; a cycle nests without end. */
export function nestsDeeper(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  // A stack of its own rather than recursion: the point is not to overflow the call stack.
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * A number keeps the text it was written with when reading it as a JavaScript number would change
 * it: 1e400 is not Infinity, 4799.99999999999999999 not 4800, 989.40 stays as written. The engine
 * reads decimal strings exactly.
 */
function keepNumberText(_key: string, value: unknown, context?: { source?: string }): unknown {
  return typeof value === 'number' && context?.source !== undefined && String(value) !== context.source ? context.source : value;
}

/** Parses like JSON.parse, and throws as it does; numbers as `keepNumberText` says, in browsers that tell their source text. */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  // A reviver recurses: JSON too deep for anything to use is returned as parsed, for the caller to refuse.
  return nestsDeeper(value) ? value : JSON.parse(text, keepNumberText);
}
