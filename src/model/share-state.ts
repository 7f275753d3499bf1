/**
 * The calculator's state in the URL hash, so that a link reproduces it. Each synced widget on a page
 * has its own key (`ctc` for the first without an id, `ctc-<id>` for one with an id, `ctc-2`, `ctc-3`
 * … for the others), holding URI-encoded JSON; the keys share the hash as `&`-separated pairs, and a
 * widget reads and replaces only its own. Reading a hash never throws: whatever is in it, the answer
 * is a state, an error, or nothing (the hash belongs to the page, not to us).
 */
import type { ConditionEdit } from '../core/rules/edit.js';
import type { ChipSpec } from '../core/spec.js';
import { isRecord } from '../core/util.js';
import { parseJson } from './page-json.js';
import { readEdits } from './given-edits.js';

/** A link carries a what-if or two, not a library; the bound keeps a hostile link cheap to read. */
const MAX_LINKED_RULE_SETS = 8;
const KEY = /^ctc(-[\w-]{1,64})?$/;

/**
 * What a link reproduces: the rule set, and a catalog chip by id or a full spec; the rule set's
 * changed thresholds; rule sets of the reader's own; the as-of date.
 */
export interface SharedState {
  ruleSet?: string;
  chip?: string;
  spec?: ChipSpec;
  /** With a catalog chip: the shipment's fields (a full spec carries its own). */
  shipment?: Partial<ChipSpec>;
  edits?: ConditionEdit[];
  /** In the rule-set JSON shape; the calculator validates them as it loads them. */
  ruleSets?: unknown[];
  asOf?: string;
}

/** Parts of a link that were malformed and left out, while the rest of it was read. */
export type UnreadablePart = 'edits' | 'ruleSets' | 'asOf';

/** The hash key of a widget: from its id, else from its place among the synced widgets without one. */
export function hashKeyOf(id: string, indexWithoutId: number): string {
  const safe = id.replace(/[^\w-]/g, '').slice(0, 64);
  if (safe) return `ctc-${safe}`;
  return indexWithoutId === 0 ? 'ctc' : `ctc-${indexWithoutId + 1}`;
}

/** The hash's `key=value` pairs, when every pair is ours; null when the hash is the page's own anchor. */
function pairsOf(hash: string): Map<string, string> | null {
  const body = hash.replace(/^#/, '');
  const pairs = new Map<string, string>();
  if (body === '') return pairs;
  for (const part of body.split('&')) {
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    if (!KEY.test(key)) return null;
    pairs.set(key, at < 0 ? '' : part.slice(at + 1));
  }
  return pairs;
}

/** The compact form a link carries: `{ r, c, s, p, e, d, a }`, edits as `{ i, n, o, t }`. */
export function encodeState(state: SharedState): string {
  const e = state.edits?.map(({ item, index, op, threshold }) => ({ i: item, n: index, o: op, t: threshold }));
  const compact = { r: state.ruleSet, c: state.chip, s: state.spec, p: state.shipment, e, d: state.ruleSets, a: state.asOf };
  return encodeURIComponent(JSON.stringify(compact));
}

/** `hash` with `key` set to `state` (or removed when null), the other widgets' pairs kept; null when the hash is not ours to change. */
export function hashWith(hash: string, key: string, state: SharedState | null): string | null {
  const pairs = pairsOf(hash);
  if (!pairs) return null;
  if (state) pairs.set(key, encodeState(state));
  else pairs.delete(key);
  const body = [...pairs].map(([k, v]) => `${k}=${v}`).join('&');
  return body ? `#${body}` : '';
}

function linkedEdits(e: unknown): ConditionEdit[] | null {
  return Array.isArray(e) ? readEdits(e.map((x: unknown) => (isRecord(x) ? { item: x.i, index: x.n, op: x.o, threshold: x.t } : x))) : null;
}

function linkedRuleSets(d: unknown): unknown[] | null {
  if (isRecord(d)) return [d];
  return Array.isArray(d) && d.length <= MAX_LINKED_RULE_SETS && d.every(isRecord) ? d : null;
}

/**
 * The state under `key` in `hash`: null when there is none; `{ error }` when it is ours but
 * unreadable. Malformed edits, rule sets or date are left out and named in `unreadable`, so that the
 * chip and rule set still load.
 */
export function readHash(hash: string, key = 'ctc'): { state: SharedState; unreadable?: UnreadablePart[] } | { error: true } | null {
  const encoded = pairsOf(hash)?.get(key);
  if (encoded === undefined) return null;
  try {
    const raw = parseJson(decodeURIComponent(encoded));
    if (!isRecord(raw)) return { error: true };
    const { r, c, s, p, e, d, a } = raw;
    if ((r !== undefined && typeof r !== 'string') || (c !== undefined && typeof c !== 'string') || (s !== undefined && !isRecord(s)) || (p !== undefined && !isRecord(p))) {
      return { error: true };
    }
    const edits = e === undefined ? undefined : linkedEdits(e);
    const ruleSets = d === undefined ? undefined : linkedRuleSets(d);
    const asOf = a === undefined ? undefined : typeof a === 'string' && a.length <= 32 ? a : null;
    const unreadable = ([['edits', edits], ['ruleSets', ruleSets], ['asOf', asOf]] as const).filter(([, v]) => v === null).map(([part]) => part);
    const state: SharedState = {
      ...(r === undefined ? {} : { ruleSet: r }), ...(c === undefined ? {} : { chip: c }), ...(s === undefined ? {} : { spec: s as ChipSpec }),
      ...(p === undefined ? {} : { shipment: p as Partial<ChipSpec> }),
      ...(edits ? { edits } : {}), ...(ruleSets ? { ruleSets } : {}), ...(typeof asOf === 'string' ? { asOf } : {}),
    };
    return unreadable.length ? { state, unreadable } : { state };
  } catch {
    return { error: true };
  }
}
