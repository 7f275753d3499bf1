/**
 * Rule sets compiled once: thresholds parsed to decimals, every condition numbered in the order
 * written, and the thresholds of each metric collected (the boundary search's targets, and the lines
 * a shown value must not blur into). A compiled rule set is cached by the rule set it came from, so
 * evaluating a built-in or an already-compiled rule set never parses or validates it again.
 */
import { Decimal, readDecimal } from '../decimal.js';
import { LEVERS, METRICS, inverseOf, type MetricName, type NumericLever } from '../metrics/registry.js';
import type { Condition, ConditionNode, Operator, ResolvedRuleSet } from './types.js';

const ONE_PERCENT = new Decimal('0.01');

export interface CompiledCondition {
  kind: 'condition';
  metric: MetricName;
  op: Operator;
  /** A Decimal for numeric metrics; the JSON value (boolean, text, ISO date) otherwise. */
  threshold: Decimal | boolean | string;
  /** The threshold as results show it: a decimal string, or the value as written. */
  text: string;
  /** 1% of a numeric threshold: a value this near is flagged, as datasheet figures are rounded. */
  nearBy: Decimal | null;
  source: Condition;
}

export type CompiledNode = CompiledCondition | { kind: 'all' | 'any'; children: CompiledNode[] };

export interface CompiledItem {
  id: string;
  title: string;
  text: string | null;
  classification: string | null;
  node: CompiledNode;
  /** Every condition in the order written, flattened from any groups. */
  conditions: CompiledCondition[];
}

/** A line the boundary search may move a metric to: a distinct threshold, with the first item that tests it. */
export interface BoundaryTarget {
  metric: MetricName;
  threshold: Decimal;
  itemId: string;
  op: Operator;
}

export interface CompiledRuleSet {
  ruleSet: ResolvedRuleSet;
  scope: CompiledItem | null;
  clauses: CompiledItem[];
  exclusions: CompiledItem[];
  outcomes: CompiledItem[];
  /** Every metric a condition tests. */
  metrics: ReadonlySet<MetricName>;
  /** The distinct numeric thresholds of each metric, ascending. */
  thresholds: ReadonlyMap<MetricName, readonly Decimal[]>;
  /** For each lever, the lines it can move a metric to, in the rule set's order. */
  targets: Readonly<Record<NumericLever, readonly BoundaryTarget[]>>;
}

/** A condition's threshold as a decimal, for a metric that is a number; null for the others. */
export function numericThreshold(condition: Condition): Decimal | null {
  const read = METRICS[condition.metric].kind === 'number' ? readDecimal(condition.threshold) : null;
  return read && 'value' in read ? read.value : null;
}

function compileNode(node: ConditionNode, into: CompiledCondition[]): CompiledNode {
  if ('all' in node) return { kind: 'all', children: node.all.map((n) => compileNode(n, into)) };
  if ('any' in node) return { kind: 'any', children: node.any.map((n) => compileNode(n, into)) };
  const value = numericThreshold(node);
  const condition: CompiledCondition = {
    kind: 'condition',
    metric: node.metric,
    op: node.op,
    threshold: value ?? (typeof node.threshold === 'number' ? String(node.threshold) : node.threshold),
    text: value?.toString() ?? String(node.threshold),
    nearBy: value ? value.abs().times(ONE_PERCENT) : null,
    source: node,
  };
  into.push(condition);
  return condition;
}

type Item = { id: string; title: string; text?: string; classification?: string; when: ConditionNode };

function compileItem(item: Item): CompiledItem {
  const conditions: CompiledCondition[] = [];
  const node = compileNode(item.when, conditions);
  return { id: item.id, title: item.title, text: item.text ?? null, classification: item.classification ?? null, node, conditions };
}

function targetsOf(items: readonly CompiledItem[]): Record<NumericLever, BoundaryTarget[]> {
  const targets = {} as Record<NumericLever, BoundaryTarget[]>;
  for (const lever of Object.keys(LEVERS) as NumericLever[]) {
    const seen = new Set<string>();
    targets[lever] = items.flatMap((item) => item.conditions.flatMap(({ metric, op, threshold }) => {
      const key = `${metric}:${String(threshold)}`;
      if (!(threshold instanceof Decimal) || !inverseOf(metric, lever) || seen.has(key)) return [];
      seen.add(key);
      return [{ metric, threshold, itemId: item.id, op }];
    }));
  }
  return targets;
}

const cache = new WeakMap<ResolvedRuleSet, CompiledRuleSet>();
const scopes = new WeakMap<ResolvedRuleSet, CompiledItem | null>();

/**
 * A rule set's compiled scope alone: which items it covers is asked of every rule set (the lists of
 * rule sets for chips and for training runs) before any is evaluated, and needs none of the rest.
 */
export function scopeOf(ruleSet: ResolvedRuleSet): CompiledItem | null {
  const compiled = cache.get(ruleSet);
  if (compiled) return compiled.scope;
  let scope = scopes.get(ruleSet);
  if (scope === undefined) {
    scope = ruleSet.scope ? compileItem({ id: 'scope', title: ruleSet.scope.covers, when: ruleSet.scope.when }) : null;
    scopes.set(ruleSet, scope);
  }
  return scope;
}

/** The compiled form of a validated rule set, built on first use and kept while the rule set lives. */
export function compile(ruleSet: ResolvedRuleSet): CompiledRuleSet {
  const cached = cache.get(ruleSet);
  if (cached) return cached;
  const scope = scopeOf(ruleSet);
  const clauses = ruleSet.clauses.map(compileItem);
  const exclusions = ruleSet.exclusions.map(compileItem);
  const outcomes = ruleSet.outcomes.map(compileItem);
  const all = [...(scope ? [scope] : []), ...clauses, ...exclusions, ...outcomes].flatMap((i) => i.conditions);
  const thresholds = new Map<MetricName, Decimal[]>();
  for (const c of all) {
    if (!(c.threshold instanceof Decimal)) continue;
    const list = thresholds.get(c.metric) ?? [];
    if (!list.some((t) => t.equals(c.threshold as Decimal))) list.push(c.threshold);
    thresholds.set(c.metric, list);
  }
  for (const list of thresholds.values()) list.sort((a, b) => a.comparedTo(b));
  const compiled: CompiledRuleSet = {
    ruleSet, scope, clauses, exclusions, outcomes, metrics: new Set(all.map((c) => c.metric)), thresholds,
    targets: targetsOf([...clauses, ...exclusions, ...outcomes, ...(scope ? [scope] : [])]),
  };
  cache.set(ruleSet, compiled);
  return compiled;
}
