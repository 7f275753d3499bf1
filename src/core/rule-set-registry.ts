import defaultFile from '../data/rule-sets/bis-3a090-2023.json';
import type { Decimal } from './decimal.js';
import type { ItemKind } from './metrics/figures.js';
import type { MetricName } from './metrics/registry.js';
import { truthOf } from './rules/classify.js';
import { compile, numericThreshold, scopeOf } from './rules/compile.js';
import { conditionsOf, itemsOf } from './rules/items.js';
import { resolveExtends } from './rules/resolve.js';
import type { ResolvedRuleSet, RuleSet } from './rules/types.js';

/**
 * The built-in rule sets known so far. The default one is always here: the widget's first verdict
 * needs it alone, and the others arrive with `rule-sets.ts` (which Node's entry imports at once,
 * and the widget a moment after its first verdict).
 */
const byId = new Map<string, ResolvedRuleSet>();
let list: readonly ResolvedRuleSet[] = [];
/** `linesOf`'s answers, until more rule sets are registered. */
let builtInLines: Map<MetricName, Decimal[]> | undefined;
let ownLines = new WeakMap<ResolvedRuleSet, Map<MetricName, readonly Decimal[]>>();

/** The rule set to use when none is named: the current one for logic chips. */
export const DEFAULT_RULE_SET_ID = 'bis-3a090-2023';
/** The rule set to use for a training run when none is named. */
export const DEFAULT_TRAINING_RULE_SET_ID = 'eu-ai-act-art51';

/**
 * Registers built-in rule sets, in the order the engine lists them; a file may extend one listed
 * before it. One registered already keeps its object, so that a result made with it stays built in.
 * Built-in rule sets are not checked on load: the test suite asserts that each is valid.
 */
export function registerBuiltIns(files: readonly unknown[]): void {
  const ordered = (files as RuleSet[]).map((raw) => {
    let resolved = byId.get(raw.id);
    if (!resolved) byId.set(raw.id, (resolved = resolveExtends(raw, raw.extends ? byId.get(raw.extends) : undefined)));
    return resolved;
  });
  list = [...ordered, ...list.filter((r) => !ordered.includes(r))];
  builtInLines = undefined;
  ownLines = new WeakMap();
}

registerBuiltIns([defaultFile]);

type Checker = typeof import('./rules/validate.js').validateRuleSet;
let checker: Checker | undefined;

/**
 * Registers how a rule set given as data is checked (`validateRuleSet`). rule-sets.ts does, with
 * the other built-in rule sets: Node's entry imports it at once, and the widget, whose first
 * verdict under the default checks no rule set, loads it with them.
 */
export function registerChecker(check: Checker): void {
  checker = check;
}

/** A rule set given as data, checked against the built-in ones; null before a checker is registered. */
export function checkRuleSet(raw: unknown): ReturnType<Checker> | null {
  return checker ? checker(raw, byId) : null;
}

/** The built-in rule sets registered so far, in the engine's order. */
export function builtInRuleSets(): readonly ResolvedRuleSet[] {
  return list;
}

export function getRuleSet(id: string): ResolvedRuleSet | undefined {
  return byId.get(id);
}

export function isBuiltIn(ruleSet: ResolvedRuleSet): boolean {
  return byId.get(ruleSet.id) === ruleSet;
}

/**
 * The rule sets that can apply to an item of a kind: those whose scope does not exclude it (a
 * training run's rule sets for a training run, the chip rule sets for a logic chip). Derived from
 * each rule set's scope, so a page's own rule sets sort themselves the same way.
 */
export function ruleSetsFor(kind: ItemKind, candidates: readonly ResolvedRuleSet[] = list): ResolvedRuleSet[] {
  return candidates.filter((r) => {
    const scope = scopeOf(r);
    return !scope || truthOf(scope.node, { itemKind: kind }) !== false;
  });
}

/** The default rule set for an item of a kind (null: a spec that could not be read). */
export function defaultRuleSetId(kind: ItemKind | null): string {
  return kind === 'training-run' ? DEFAULT_TRAINING_RULE_SET_ID : DEFAULT_RULE_SET_ID;
}

/**
 * The thresholds a shown value of `metric` must not blur into: those of every built-in rule set
 * registered, and of `ruleSet` (a user's own, or one with edited thresholds).
 */
export function linesOf(metric: MetricName, ruleSet?: ResolvedRuleSet): readonly Decimal[] {
  // Read from the conditions, not compiled: a card's first number would otherwise compile every rule set.
  if (!builtInLines) {
    builtInLines = new Map();
    for (const r of list) {
      for (const condition of [...(r.scope ? [r.scope.when] : []), ...itemsOf(r).map((i) => i.when)].flatMap(conditionsOf)) {
        const value = numericThreshold(condition);
        if (!value) continue;
        let lines = builtInLines.get(condition.metric);
        if (!lines) builtInLines.set(condition.metric, (lines = []));
        lines.push(value);
      }
    }
  }
  const builtInList = builtInLines.get(metric) ?? [];
  if (!ruleSet || isBuiltIn(ruleSet)) return builtInList;
  let byMetric = ownLines.get(ruleSet);
  if (!byMetric) ownLines.set(ruleSet, (byMetric = new Map()));
  let lines = byMetric.get(metric);
  if (!lines) byMetric.set(metric, (lines = [...builtInList, ...(compile(ruleSet).thresholds.get(metric) ?? [])]));
  return lines;
}
