/**
 * Reads the shape of a rule set's conditions: which metrics it tests and which items are plain
 * conjunctions. The view uses this to choose which inputs to show and what to draw; it never uses
 * it to decide a verdict.
 */
import type { Condition, ConditionNode, ResolvedRuleSet } from '../core/index.js';

/** Every condition of an item in the order written: the order the engine indexes them in. */
export function conditionsIn(node: ConditionNode): Condition[] {
  if ('all' in node) return node.all.flatMap(conditionsIn);
  if ('any' in node) return node.any.flatMap(conditionsIn);
  return [node];
}

/** The metrics any clause, note or outcome of the rule set tests. */
export function testedMetrics(ruleSet: ResolvedRuleSet): Set<string> {
  const items = [...ruleSet.clauses, ...ruleSet.exclusions, ...ruleSet.outcomes];
  return new Set(items.flatMap((item) => conditionsIn(item.when).map((c) => c.metric)));
}

/** The conditions of an item that holds when all of them hold, in the order written; null when it has alternatives. */
export function conjunctionOf(node: ConditionNode): Condition[] | null {
  if ('any' in node) return node.any.length === 1 ? conjunctionOf(node.any[0]!) : null;
  if ('all' in node) {
    const parts = node.all.map(conjunctionOf);
    return parts.every((p): p is Condition[] => p !== null) ? parts.flat() : null;
  }
  return [node];
}

/** The notes whose conditions turn on the market, with their own words. */
export function marketNotes(ruleSet: ResolvedRuleSet): { title: string; text: string }[] {
  return ruleSet.exclusions
    .filter((note) => conditionsIn(note.when).some((c) => c.metric === 'datacenter'))
    .map((note) => ({ title: note.title, text: note.text ?? '' }));
}
