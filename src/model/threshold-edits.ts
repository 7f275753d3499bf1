/**
 * Custom thresholds: the changes a reader makes to a rule set's conditions, kept as the text typed,
 * and the rule set they derive. The engine derives, validates and diffs (`deriveRuleSet`,
 * `thresholdChanges`); this module keeps the draft, addresses a condition as the engine does (its
 * item's id and its index among the item's conditions) and puts each engine error by its field.
 */
import type { FieldError, Path } from '../core/errors.js';
import { METRICS } from '../core/metrics/registry.js';
import { deriveRuleSet, thresholdChanges, type ConditionEdit, type ConditionRef, type ThresholdChange } from '../core/rules/edit.js';
import { conditionsOf, itemsOf } from '../core/rules/items.js';
import type { Condition, ConditionNode, Operator, ResolvedRuleSet } from '../core/rules/types.js';

/** One changed condition. The threshold is the text typed, valid or not, so that nothing typed is lost. */
export interface ThresholdEdit extends ConditionRef {
  op: Operator;
  threshold: string;
}

/** The changes to one rule set; a condition typed back to its published operator and text is not in it. */
export type ThresholdDraft = readonly ThresholdEdit[];

export type ItemKind = 'clause' | 'exclusion' | 'outcome';

export interface EditableItem {
  kind: ItemKind;
  id: string;
  title: string;
  /** Every condition of the item in the engine's order; only those on a number can be edited here. */
  conditions: { index: number; condition: Condition; editable: boolean }[];
}

/** What the calculator evaluates for a rule set and the changes typed to it. */
export interface CustomThresholds {
  base: ResolvedRuleSet;
  draft: ThresholdDraft;
  /** The custom rule set; while a typed threshold is invalid, the last valid custom one, or else `base`. */
  ruleSet: ResolvedRuleSet;
  lastValid: ResolvedRuleSet | null;
  /** How `ruleSet` differs from `base`. */
  changes: ThresholdChange[];
  /** The engine's errors by condition key; those it could not place are under ''. */
  errors: ReadonlyMap<string, FieldError[]>;
}

const NO_EDITS: ThresholdDraft = [];

export const conditionKey = ({ item, index }: ConditionRef) => `${item}#${index}`;

const isNumeric = (c: Condition) => METRICS[c.metric]?.kind === 'number';

function published(base: ResolvedRuleSet, { item, index }: ConditionRef): Condition | undefined {
  const found = itemsOf(base).find((i) => i.id === item);
  return found ? conditionsOf(found.when)[index] : undefined;
}

const editableCache = new WeakMap<ResolvedRuleSet, EditableItem[]>();

/** The items that test a number, in the rule set's order. Cached: the editor renders on every keystroke. */
export function editableItems(ruleSet: ResolvedRuleSet): EditableItem[] {
  const cached = editableCache.get(ruleSet);
  if (cached) return cached;
  const groups: [ItemKind, { id: string; title: string; when: ConditionNode }[]][] = [
    ['clause', ruleSet.clauses], ['exclusion', ruleSet.exclusions], ['outcome', ruleSet.outcomes],
  ];
  const items = groups
    .flatMap(([kind, list]) => list.map((item) => ({
      kind, id: item.id, title: item.title,
      conditions: conditionsOf(item.when).map((condition, index) => ({ index, condition, editable: isNumeric(condition) })),
    })))
    .filter((item) => item.conditions.some((c) => c.editable));
  editableCache.set(ruleSet, items);
  return items;
}

export function editOf(draft: ThresholdDraft, ref: ConditionRef): ThresholdEdit | undefined {
  return draft.find((e) => e.item === ref.item && e.index === ref.index);
}

/** The draft with one condition's operator or threshold text changed. */
export function withEdit(draft: ThresholdDraft, base: ResolvedRuleSet, ref: ConditionRef, change: { op?: Operator; threshold?: string }): ThresholdDraft {
  const original = published(base, ref);
  if (!original) return draft;
  const current = editOf(draft, ref);
  const next = { item: ref.item, index: ref.index, op: original.op, threshold: String(original.threshold), ...current, ...change };
  // Text, not numbers, is compared: "4800.0" stays a change the reader typed and the engine judges.
  const unchanged = next.op === original.op && next.threshold === String(original.threshold);
  if (!current) return unchanged ? draft : [...draft, next];
  return unchanged ? draft.filter((e) => e !== current) : draft.map((e) => (e === current ? next : e));
}

/** The draft as the engine takes it: each edit with only what differs from the published condition. */
export function conditionEditsOf(draft: ThresholdDraft, base: ResolvedRuleSet): ConditionEdit[] {
  return draft.map((edit) => {
    const original = published(base, edit);
    return {
      item: edit.item, index: edit.index,
      ...(edit.op !== original?.op ? { op: edit.op } : {}),
      ...(edit.threshold !== String(original?.threshold) ? { threshold: edit.threshold } : {}),
    };
  });
}

/** The edits the evaluated rule set carries, which a typed but invalid threshold is not among. */
export function appliedEdits(custom: CustomThresholds): ConditionEdit[] {
  return custom.changes.map(({ item, index, to }) => ({ item, index, ...to }));
}

/** A draft from given edits; the edits that name no condition of `base` on a number are returned apart. */
export function draftFromEdits(base: ResolvedRuleSet, edits: readonly ConditionEdit[]): { draft: ThresholdDraft; unusable: ConditionRef[] } {
  let draft = NO_EDITS;
  const unusable: ConditionRef[] = [];
  for (const edit of edits) {
    const original = published(base, edit);
    if (!original || !isNumeric(original)) unusable.push(edit);
    else draft = withEdit(draft, base, edit, { ...(edit.op ? { op: edit.op } : {}), ...(edit.threshold === undefined ? {} : { threshold: String(edit.threshold) }) });
  }
  return { draft, unusable };
}

/**
 * The condition an engine error names by its path (`['clauses', 2, 'when', 'all', 2, 'threshold']`):
 * the derived rule set has its base's shape, so the path is followed in the base.
 */
function conditionOfError(base: ResolvedRuleSet, path: Path): string {
  const [list, position, when, ...rest] = path;
  const item = (list === 'clauses' || list === 'exclusions' || list === 'outcomes') && typeof position === 'number' ? base[list][position] : undefined;
  if (!item || when !== 'when') return '';
  let node: ConditionNode | undefined = item.when;
  for (let i = 0; i + 1 < rest.length && node; i += 2) {
    const [group, at] = [rest[i], rest[i + 1]];
    node = (group === 'all' || group === 'any') && group in node && typeof at === 'number' ? (node as Record<string, ConditionNode[]>)[group]![at] : undefined;
  }
  const index = node ? conditionsOf(item.when).indexOf(node as Condition) : -1;
  return index < 0 ? '' : conditionKey({ item: item.id, index });
}

function errorsByCondition(base: ResolvedRuleSet, errors: FieldError[]): Map<string, FieldError[]> {
  const byKey = new Map<string, FieldError[]>();
  for (const error of errors) {
    const key = conditionOfError(base, error.path);
    byKey.set(key, [...(byKey.get(key) ?? []), error]);
  }
  return byKey;
}

/**
 * The rule set to evaluate for `base` and a draft with edits (without any, it is `base` as
 * published: the calculator's controller makes that without this module); `previous` supplies the
 * last valid custom rule set.
 */
export function deriveCustom(base: ResolvedRuleSet, draft: ThresholdDraft, previous: CustomThresholds | null): CustomThresholds {
  const derived = deriveRuleSet(base, conditionEditsOf(draft, base));
  if (derived.ruleSet) {
    return { base, draft, ruleSet: derived.ruleSet, lastValid: derived.ruleSet, changes: thresholdChanges(base, derived.ruleSet), errors: new Map() };
  }
  const lastValid = previous?.base === base ? previous.lastValid : null;
  const ruleSet = lastValid ?? base;
  return { base, draft, ruleSet, lastValid, changes: thresholdChanges(base, ruleSet), errors: errorsByCondition(base, derived.errors) };
}
