/**
 * Sharing: the calculator's state in the URL hash (`#ctc=` and URI-encoded JSON), the clipboard and
 * a JSON download. Reading a hash never throws: whatever is in it, the answer is a state, an error,
 * or nothing (the hash belongs to the page, not to us).
 */
import type { ChipSpec } from '../core/index.js';

const PREFIX = '#ctc=';

/** What a link reproduces: the rule set, and a catalog chip by id or a full spec. */
export interface SharedState {
  ruleSet?: string;
  chip?: string;
  spec?: ChipSpec;
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

export function hashOf(state: SharedState): string {
  const compact = { r: state.ruleSet, c: state.chip, s: state.spec };
  return `${PREFIX}${encodeURIComponent(JSON.stringify(compact))}`;
}

/** null when the hash is not ours; `{ error }` when it is ours but unreadable. */
export function readHash(hash: string): { state: SharedState } | { error: true } | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const raw: unknown = JSON.parse(decodeURIComponent(hash.slice(PREFIX.length)));
    if (!isRecord(raw)) return { error: true };
    const { r, c, s } = raw;
    if ((r !== undefined && typeof r !== 'string') || (c !== undefined && typeof c !== 'string') || (s !== undefined && !isRecord(s))) {
      return { error: true };
    }
    return { state: { ...(r === undefined ? {} : { ruleSet: r }), ...(c === undefined ? {} : { chip: c }), ...(s === undefined ? {} : { spec: s as ChipSpec }) } };
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

/** Saves `data` as a JSON file through a temporary object URL, revoked once the download has started. */
export function downloadJson(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
