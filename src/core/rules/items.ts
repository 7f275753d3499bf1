/**
 * A rule set's items and their conditions in the order the engine reads them: how a condition is
 * addressed (its item's id, its place among the item's conditions), for edits and for the lines.
 */
import type { Condition, ConditionNode, ResolvedRuleSet } from './types.js';

/** Every condition of an item in the order written, as the engine flattens them. */
export function conditionsOf(node: ConditionNode): Condition[] {
  if ('all' in node) return node.all.flatMap(conditionsOf);
  if ('any' in node) return node.any.flatMap(conditionsOf);
  return [node];
}

/** The clauses, notes and outcomes of a rule set, in that order. */
export function itemsOf(ruleSet: ResolvedRuleSet) {
  return [...ruleSet.clauses, ...ruleSet.exclusions, ...ruleSet.outcomes];
}
