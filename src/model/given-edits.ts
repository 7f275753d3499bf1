/**
 * Threshold edits as a page or a link gives them (`{ item, index, op, threshold }`), checked for
 * shape before anything applies them: apart from the code that applies them (threshold-edits.ts),
 * which a link or a property without edits never loads.
 */
import type { ConditionEdit } from '../core/rules/edit.js';
import { OPERATORS, type Operator } from '../core/rules/types.js';

/** More edits than a rule set has conditions is no one's what-if; the bound keeps a hostile list cheap. */
const MAX_EDITS = 64;

/** Edits given to the widget (a link, a property), checked for shape; null when they are not a list of edits. */
export function readEdits(raw: unknown): ConditionEdit[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_EDITS) return null;
  const edits: ConditionEdit[] = [];
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
    const { item, index, op, threshold } = entry as Record<string, unknown>;
    if (typeof item !== 'string' || item.length > 200 || !Number.isSafeInteger(index) || (index as number) < 0) return null;
    if (op !== undefined && !(OPERATORS as readonly unknown[]).includes(op)) return null;
    const text = typeof threshold === 'string' && threshold.length <= 100;
    if (threshold !== undefined && !text && !(typeof threshold === 'number' && Number.isFinite(threshold))) return null;
    edits.push({ item, index: index as number, ...(op === undefined ? {} : { op: op as Operator }), ...(threshold === undefined ? {} : { threshold: threshold as string | number }) });
  }
  return edits;
}
