import { Decimal, readDecimal } from '../decimal.js';
import { METRIC_CATALOG, type MetricName } from './metric-catalog.js';
import type { Condition, ConditionNode, Operator, ResolvedRuleSet } from './types.js';

/** Three-valued truth: null when a metric the answer depends on is unknown. */
export type Truth = boolean | null;

/** Marks a metric that does not exist for this item (PD without a non-planar die): comparisons with it are false. */
export const ABSENT = Symbol('absent');

/** What the rule engine reads. A number is a Decimal; null or a missing key means unknown. */
export type MetricContext = Partial<Record<MetricName, Decimal | boolean | string | null | typeof ABSENT>>;

export interface ConditionResult {
  metric: MetricName;
  op: Operator;
  /** Decimal string, or true/false, or a classification. */
  threshold: string;
  value: string | null;
  met: Truth;
  /** value - threshold, and that difference as a fraction of the threshold. Null when not numeric or unknown. */
  margin: { absolute: string; relative: string | null } | null;
}

export type NodeResult =
  | ({ kind: 'condition' } & ConditionResult)
  | { kind: 'all' | 'any'; met: Truth; children: NodeResult[] };

export interface ItemResult {
  id: string;
  title: string;
  text: string | null;
  /** For clauses; null for exclusions and outcomes. */
  classification: string | null;
  met: Truth;
  /** Every condition in the order written, flattened from any groups. */
  conditions: ConditionResult[];
  when: NodeResult;
}

function compare(value: Decimal, op: Operator, threshold: Decimal): boolean {
  switch (op) {
    case '>=': return value.greaterThanOrEqualTo(threshold);
    case '>': return value.greaterThan(threshold);
    case '<': return value.lessThan(threshold);
    case '<=': return value.lessThanOrEqualTo(threshold);
    case '==': return value.equals(threshold);
  }
}

/** Thresholds parsed once per condition object: the boundary search evaluates each condition many times. */
const parsedThresholds = new WeakMap<Condition, { value: Decimal | null; text: string }>();
function thresholdOf(condition: Condition): { value: Decimal | null; text: string } {
  let parsed = parsedThresholds.get(condition);
  if (parsed === undefined) {
    const read = METRIC_CATALOG[condition.metric as MetricName].kind === 'number' ? readDecimal(condition.threshold) : null;
    const value = read && 'value' in read ? read.value : null;
    parsed = { value, text: value?.toString() ?? String(condition.threshold) };
    parsedThresholds.set(condition, parsed);
  }
  return parsed;
}

/**
 * `detailed: false` computes only whether the condition is met: enough for the boundary search,
 * which must not pay for margins and decimal strings it throws away.
 */
function evaluateCondition(condition: Condition, context: MetricContext, detailed: boolean): ConditionResult {
  const metric = condition.metric as MetricName;
  const value = context[metric] ?? null;
  const { value: threshold, text } = thresholdOf(condition);
  const base = { metric, op: condition.op, threshold: text, value: null, margin: null };
  if (value === null) return { ...base, met: null };
  if (value === ABSENT) return { ...base, met: false };
  if (value instanceof Decimal && threshold !== null) {
    const met = compare(value, condition.op, threshold);
    if (!detailed) return { ...base, met };
    const absolute = value.minus(threshold);
    return {
      ...base,
      value: value.toString(),
      met,
      margin: { absolute: absolute.toString(), relative: threshold.isZero() ? null : absolute.dividedBy(threshold).toString() },
    };
  }
  return { ...base, value: String(value), met: value === condition.threshold };
}

function evaluateNode(node: ConditionNode, context: MetricContext, detailed: boolean): NodeResult {
  if ('all' in node || 'any' in node) {
    const kind = 'all' in node ? 'all' : 'any';
    const children = ('all' in node ? node.all : node.any).map((child) => evaluateNode(child, context, detailed));
    const truths = children.map((c) => c.met);
    const decisive = kind === 'all' ? false : true;
    const met = truths.includes(decisive) ? decisive : truths.includes(null) ? null : !decisive;
    return { kind, met, children };
  }
  return { kind: 'condition', ...evaluateCondition(node, context, detailed) };
}

function flatten(node: NodeResult): ConditionResult[] {
  if (node.kind !== 'condition') return node.children.flatMap(flatten);
  const { kind: _kind, ...condition } = node;
  return [condition];
}

type Item = { id: string; title: string; text?: string; classification?: string; when: ConditionNode };

function evaluateItem(item: Item, context: MetricContext, detailed: boolean): ItemResult {
  const when = evaluateNode(item.when, context, detailed);
  return {
    id: item.id,
    title: item.title,
    text: item.text ?? null,
    classification: item.classification ?? null,
    met: when.met,
    conditions: flatten(when),
    when,
  };
}

export type Status = 'controlled' | 'not-controlled' | 'indeterminate';

export interface Classification {
  status: Status;
  classification: string | null;
  /** The clauses of the classification that hold (e.g. 3A090.a.1 and 3A090.a.2). */
  matchedClauses: string[];
  excludedBy: string | null;
  /** Classifications that remain possible when the answer is indeterminate, or a more severe one that is undecided. */
  possibleClassifications: string[];
  /** Items whose truth is unknown and would change the answer. */
  undecided: ItemResult[];
  clauses: ItemResult[];
  exclusions: ItemResult[];
  outcomes: ItemResult[];
}

/**
 * Classifies with three-valued logic. An exclusion that holds settles the matter; otherwise the most
 * severe clause that is not false decides. Unknowns make the answer indeterminate only where they
 * could change it: a clause that is false whatever the unknown metric is, stays false.
 */
export function classify(ruleSet: ResolvedRuleSet, context: MetricContext, detailed = true): Classification {
  const clauses = ruleSet.clauses.map((c) => evaluateItem(c, context, detailed));
  const exclusions = ruleSet.exclusions.map((e) => evaluateItem(e, context, detailed));
  const excludedBy = exclusions.find((e) => e.met === true) ?? null;
  const openExclusions = exclusions.filter((e) => e.met === null);
  const firstTrue = clauses.find((c) => c.met === true) ?? null;
  const unknownAbove = clauses.slice(0, firstTrue ? clauses.indexOf(firstTrue) : clauses.length).filter((c) => c.met === null);

  let status: Status;
  let undecided = unknownAbove;
  if (excludedBy) {
    status = 'not-controlled';
    undecided = [];
  } else if (firstTrue && openExclusions.length === 0) status = 'controlled';
  else if (!firstTrue && unknownAbove.length === 0) status = 'not-controlled';
  else {
    status = 'indeterminate';
    undecided = [...unknownAbove, ...openExclusions];
  }
  const classification = status === 'controlled' ? firstTrue?.classification ?? null : null;
  const possible = new Set([...undecided, ...(firstTrue && status !== 'not-controlled' ? [firstTrue] : [])]
    .flatMap((c) => (c.classification ? [c.classification] : [])));

  const outcomeContext: MetricContext = {
    ...context,
    controlled: status === 'indeterminate' ? null : status === 'controlled',
    classification: status === 'indeterminate' ? null : classification ?? 'none',
  };
  return {
    status,
    classification,
    matchedClauses: classification ? clauses.filter((c) => c.met === true && c.classification === classification).map((c) => c.id) : [],
    excludedBy: excludedBy?.id ?? null,
    possibleClassifications: status === 'not-controlled' ? [] : [...possible],
    undecided,
    clauses,
    exclusions,
    outcomes: ruleSet.outcomes.map((o) => evaluateItem(o, outcomeContext, detailed)),
  };
}
