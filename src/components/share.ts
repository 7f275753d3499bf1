/**
 * Sharing: the calculator's state in the URL hash (`#ctc=` and URI-encoded JSON), the clipboard and
 * file downloads (JSON, CSV). Reading a hash never throws: whatever is in it, the answer is a state,
 * an error, or nothing (the hash belongs to the page, not to us).
 */
import type { ChipSpec, ConditionEdit } from '../core/index.js';
import { parseJson } from './page-json.js';
import { readEdits } from './threshold-edits.js';

const PREFIX = '#ctc=';
/** A link carries a what-if or two, not a library; the bound keeps a hostile link cheap to read. */
const MAX_LINKED_RULE_SETS = 8;

/**
 * What a link reproduces: the rule set, and a catalog chip by id or a full spec; the rule set's
 * changed thresholds; rule sets of the reader's own; the as-of date.
 */
export interface SharedState {
  ruleSet?: string;
  chip?: string;
  spec?: ChipSpec;
  edits?: ConditionEdit[];
  /** In the rule-set JSON shape; the calculator validates them as it loads them. */
  ruleSets?: unknown[];
  asOf?: string;
}

/** Parts of a link that were malformed and left out, while the rest of it was read. */
export type UnreadablePart = 'edits' | 'ruleSets' | 'asOf';

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** Edits are written `{ i: item, n: index, o: op, t: threshold }` to keep links short. */
export function hashOf(state: SharedState): string {
  const e = state.edits?.map(({ item, index, op, threshold }) => ({ i: item, n: index, o: op, t: threshold }));
  const compact = { r: state.ruleSet, c: state.chip, s: state.spec, e, d: state.ruleSets, a: state.asOf };
  return `${PREFIX}${encodeURIComponent(JSON.stringify(compact))}`;
}

function linkedEdits(e: unknown): ConditionEdit[] | null {
  return Array.isArray(e) ? readEdits(e.map((x: unknown) => (isRecord(x) ? { item: x.i, index: x.n, op: x.o, threshold: x.t } : x))) : null;
}

function linkedRuleSets(d: unknown): unknown[] | null {
  if (isRecord(d)) return [d];
  return Array.isArray(d) && d.length <= MAX_LINKED_RULE_SETS && d.every(isRecord) ? d : null;
}

/**
 * null when the hash is not ours; `{ error }` when it is ours but unreadable. Malformed edits, rule
 * sets or date are left out and named in `unreadable`, so that the chip and rule set still load.
 */
export function readHash(hash: string): { state: SharedState; unreadable?: UnreadablePart[] } | { error: true } | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const raw = parseJson(decodeURIComponent(hash.slice(PREFIX.length)));
    if (!isRecord(raw)) return { error: true };
    const { r, c, s, e, d, a } = raw;
    if ((r !== undefined && typeof r !== 'string') || (c !== undefined && typeof c !== 'string') || (s !== undefined && !isRecord(s))) {
      return { error: true };
    }
    const edits = e === undefined ? undefined : linkedEdits(e);
    const ruleSets = d === undefined ? undefined : linkedRuleSets(d);
    const asOf = a === undefined ? undefined : typeof a === 'string' && a.length <= 32 ? a : null;
    const unreadable = ([['edits', edits], ['ruleSets', ruleSets], ['asOf', asOf]] as const).filter(([, v]) => v === null).map(([part]) => part);
    const state: SharedState = {
      ...(r === undefined ? {} : { ruleSet: r }), ...(c === undefined ? {} : { chip: c }), ...(s === undefined ? {} : { spec: s as ChipSpec }),
      ...(edits ? { edits } : {}), ...(ruleSets ? { ruleSets } : {}), ...(typeof asOf === 'string' ? { asOf } : {}),
    };
    return unreadable.length ? { state, unreadable } : { state };
  } catch {
    return { error: true };
  }
}

/** Replaces the hash in place (no new history entry), unless the page's own anchor is there. */
export function writeHash(hash: string): void {
  const current = window.location.hash;
  if (current === hash || (current !== '' && current !== '#' && !current.startsWith(PREFIX))) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}

/** This page's address with the given state in its hash. */
export function linkOf(hash: string): string {
  return `${window.location.href.split('#')[0]}${hash}`;
}

/** true when the text reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves `text` as a file through a temporary object URL, revoked once the download has started. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadJson(fileName: string, data: unknown): void {
  downloadText(fileName, JSON.stringify(data, null, 2), 'application/json');
}
