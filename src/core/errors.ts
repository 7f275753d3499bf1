/**
 * Structured errors: every problem with an input names its place as a path, a code from a closed
 * union and the facts a message needs, so that a view words it in its own language and puts it by
 * its field without reading the English text.
 */

/** Where in the input: keys and list indices, e.g. ['throughput', 1, 'value']. */
export type Path = readonly (string | number)[];

export type ErrorCode =
  | 'missing'
  | 'wrong-type'
  | 'not-a-number'
  | 'not-finite'
  | 'separator'
  | 'ambiguous-separator'
  | 'out-of-range'
  | 'negative'
  | 'not-positive'
  | 'not-a-date'
  | 'not-a-url'
  | 'unknown-field'
  | 'unknown-format'
  | 'unknown-unit'
  | 'unknown-kind'
  | 'unknown-country'
  | 'unknown-exemption'
  | 'not-integer'
  | 'above-maximum'
  | 'one-route-only'
  | 'unknown-status'
  | 'unknown-evidence'
  | 'unknown-rule-set'
  | 'unknown-metric'
  | 'outcome-metric'
  | 'unknown-operator'
  | 'unknown-condition'
  | 'duplicate-id'
  | 'too-deep';

/** What a value was expected to be, for `wrong-type`. */
export type Expected =
  | 'number' | 'boolean' | 'text' | 'non-empty-text' | 'list' | 'non-empty-list' | 'object' | 'spec'
  | 'entry' | 'die' | 'hbm-stack' | 'condition' | 'sentences' | 'source' | 'citation' | 'rule-set' | 'date-or-false'
  | 'cluster' | 'model' | 'per-chip' | 'stage';

export interface ErrorParams {
  /** The value given, as `quoted` shows it. */
  given?: string;
  expected?: Expected;
  /** The values that would have been accepted. */
  known?: readonly string[];
  /** A limit that was exceeded. */
  max?: number;
  /** The id of the clause, note or outcome the path runs through. */
  item?: string;
  metric?: string;
}

export interface FieldError {
  path: Path;
  /** The path as text, e.g. `throughput[1].value`, `clauses[1] (3A090.a.2).when.all[0].threshold`. */
  field: string;
  code: ErrorCode;
  params: ErrorParams;
  /** The problem in English, for Node users and logs; a view words it from code and params. */
  message: string;
}

/** `['throughput', 1, 'value']` as `throughput[1].value`; `item` is named after the index it belongs to. */
export function pathText(path: Path, item?: { at: number; id: string }): string {
  let text = '';
  path.forEach((part, i) => {
    text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${part}`;
    if (item && item.at === i) text += ` (${item.id})`;
  });
  return text;
}
