/**
 * Reads the shape of a rule set's conditions: which metrics it tests and which items are plain
 * conjunctions. The view uses this to choose which inputs to show and what to draw; it never uses
 * it to decide a verdict.
 */
import type { MetricName } from '../core/metrics/registry.js';
import { ruleSetsFor } from '../core/rule-set-registry.js';
import { conditionsOf, itemsOf } from '../core/rules/items.js';
import type { Condition, ConditionNode, ResolvedRuleSet } from '../core/rules/types.js';

const tested = new WeakMap<ResolvedRuleSet, ReadonlySet<MetricName>>();

/** The metrics any clause, note, outcome or the scope of the rule set tests; found once per rule set, as the form asks at every keystroke. */
export function testedMetrics(ruleSet: ResolvedRuleSet): ReadonlySet<MetricName> {
  let found = tested.get(ruleSet);
  if (!found) {
    const nodes = [...itemsOf(ruleSet).map((i) => i.when), ...(ruleSet.scope ? [ruleSet.scope.when] : [])];
    tested.set(ruleSet, (found = new Set(nodes.flatMap((node) => conditionsOf(node).map((c) => c.metric)))));
  }
  return found;
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

/** The notes whose conditions turn on the market. */
export function marketNotes(ruleSet: ResolvedRuleSet) {
  return ruleSet.exclusions.filter((note) => conditionsOf(note.when).some((c) => c.metric === 'datacenter'));
}

/** The outcomes a rule set adds to the one it extends: its own answer (the 2026 rule's review policy). */
export function ownOutcomes(ruleSet: ResolvedRuleSet, base: ResolvedRuleSet | undefined): string[] {
  const inherited = new Set(base?.outcomes.map((o) => o.id) ?? []);
  return ruleSet.outcomes.filter((o) => !inherited.has(o.id)).map((o) => o.id);
}

/**
 * The rule sets a chip can be checked against, in the given order: those whose scope takes a logic
 * chip or an HBM stack (not the rules on training runs), and the one selected whatever it is.
 */
export function chipRuleSets(available: readonly ResolvedRuleSet[], selected: string): ResolvedRuleSet[] {
  const forChips = new Set([...ruleSetsFor('logic', available), ...ruleSetsFor('hbm-stack', available)]);
  return available.filter((r) => forChips.has(r) || r.id === selected);
}

/** Bills, withdrawn drafts and hypotheticals: rules to try, not rules that apply. */
export const isWhatIf = (ruleSet: ResolvedRuleSet) => ruleSet.status === 'bill' || ruleSet.status === 'withdrawn' || ruleSet.status === 'hypothetical';
