import { readDecimal } from '../decimal.js';
import type { FieldError } from '../errors.js';
import { fieldError } from '../spec.js';
import { conditionsOf, itemsOf } from './items.js';
import type { Condition, Operator, ResolvedRuleSet } from './types.js';
import { validateRuleSet } from './validate.js';

/** A condition addressed by its item (clause, note or outcome id) and its place among the item's conditions. */
export interface ConditionRef {
  item: string;
  index: number;
}

export interface ConditionEdit extends ConditionRef {
  op?: Operator;
  threshold?: Condition['threshold'];
}

export interface ThresholdChange extends ConditionRef {
  metric: string;
  from: { op: Operator; threshold: string };
  to: { op: Operator; threshold: string };
}

/** 4800 and "4800.0" are the same threshold; text that is not a number is compared as written. */
function sameThreshold(a: Condition['threshold'], b: Condition['threshold']): boolean {
  const x = readDecimal(a);
  const y = readDecimal(b);
  return 'value' in x && 'value' in y ? x.value.equals(y.value) : String(a) === String(b);
}

/**
 * A rule set derived from `base` with some thresholds or operators changed: a what-if, marked
 * `hypothetical` and `derivedFrom` its base. The result is validated like any rule set, so a
 * threshold typed as text comes back as an error naming the clause and field.
 */
export function deriveRuleSet(base: ResolvedRuleSet, edits: readonly ConditionEdit[]):
  { ruleSet: ResolvedRuleSet; errors: [] } | { ruleSet: null; errors: FieldError[] } {
  const copy = structuredClone(base) as ResolvedRuleSet;
  const unknown: FieldError[] = [];
  for (const edit of edits) {
    const item = itemsOf(copy).find((i) => i.id === edit.item);
    const condition = item ? conditionsOf(item.when)[edit.index] : undefined;
    if (!condition) {
      unknown.push(fieldError([edit.item, edit.index], 'unknown-condition', { item: edit.item }));
      continue;
    }
    if (edit.op !== undefined) condition.op = edit.op;
    if (edit.threshold !== undefined) condition.threshold = edit.threshold;
  }
  if (unknown.length > 0) return { ruleSet: null, errors: unknown };
  return validateRuleSet({
    ...copy,
    id: `${base.id}~custom`,
    title: `${base.title} (custom thresholds)`,
    status: 'hypothetical',
    derivedFrom: base.id,
  });
}

/** How `edited` differs from `original`, condition by condition. */
export function thresholdChanges(original: ResolvedRuleSet, edited: ResolvedRuleSet): ThresholdChange[] {
  const changes: ThresholdChange[] = [];
  for (const item of itemsOf(original)) {
    const other = itemsOf(edited).find((i) => i.id === item.id);
    if (!other) continue;
    const before = conditionsOf(item.when);
    const after = conditionsOf(other.when);
    before.forEach((condition, index) => {
      const changed = after[index];
      if (!changed || (changed.op === condition.op && sameThreshold(changed.threshold, condition.threshold))) return;
      changes.push({
        item: item.id, index, metric: condition.metric,
        from: { op: condition.op, threshold: String(condition.threshold) },
        to: { op: changed.op, threshold: String(changed.threshold) },
      });
    });
  }
  return changes;
}
