/**
 * The rule engine: a compiled rule set against a context of metric values, in three-valued logic.
 * `verdictOf` answers with truths alone (what the boundary search and the second bit-length reading
 * need); `classify` answers with every condition's value, threshold and margin. Both decide by the
 * one function `decide`, so that they cannot disagree.
 */
import { Decimal, compare } from '../decimal.js';
import { ABSENT, type MetricName, type MetricValue } from '../metrics/registry.js';
import type { CompiledCondition, CompiledItem, CompiledNode, CompiledRuleSet } from './compile.js';
import { allOf, anyOf, type Truth } from './logic.js';
import type { Operator } from './types.js';

/** What the rule engine reads. A missing key or null is unknown; ABSENT does not exist. */
export type MetricContext = Partial<Record<MetricName, MetricValue>>;

export type Status = 'controlled' | 'not-controlled' | 'indeterminate';

export interface ConditionResult {
  metric: MetricName;
  op: Operator;
  /** Decimal string, or true/false, a text or an ISO date. */
  threshold: string;
  value: string | null;
  met: Truth;
  /** value - threshold, and that difference as a fraction of the threshold. Null when not numeric or unknown. */
  margin: { absolute: string; relative: string | null } | null;
  /**
   * Set when the rules leave a bit length open and the two readings disagree on this condition
   * (`met` is then null): the value and truth under each reading, in the order of `readings`.
   */
  byReading?: { value: string | null; met: Truth }[];
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

/** The verdict alone: enough to tell whether a change of a figure changes the answer. */
export interface Verdict {
  status: Status;
  classification: string | null;
  outcomes: string[];
}

/**
 * The answer from the items' truths alone: the verdict path. Which item holds is known here; the
 * values, thresholds and margins of each condition (`ItemResults`) are worked out only when asked.
 */
export interface Summary extends Verdict {
  /** The clauses of the classification that hold (e.g. 3A090.a.1 and 3A090.a.2). */
  matchedClauses: string[];
  excludedBy: string | null;
  /** The item is outside what the rule set applies to (its scope is false). */
  outOfScope: boolean;
  /** Classifications that remain possible when the answer is indeterminate, or a more severe one that is undecided. */
  possibleClassifications: string[];
  /** Items whose truth is unknown and would change the answer. */
  undecided: CompiledItem[];
  /** Each item's truth, in the rule set's order. */
  truths: { scope: Truth; clauses: Truth[]; exclusions: Truth[]; outcomes: Truth[] };
}

/** Every item with its conditions' values, thresholds and margins. */
export interface ItemResults {
  scope: ItemResult | null;
  clauses: ItemResult[];
  exclusions: ItemResult[];
  outcomes: ItemResult[];
}

export const sameVerdict = (a: Verdict, b: Verdict) =>
  a.status === b.status && a.classification === b.classification && a.outcomes.join() === b.outcomes.join();

/** A date nobody will reach: 'never' (a chip never sold in the US) compares after every date. */
function compareDates(value: string, threshold: string): number {
  if (value === 'never') return 1;
  return value < threshold ? -1 : value > threshold ? 1 : 0;
}

function holds(order: number, op: Operator): boolean {
  switch (op) {
    case '>=': return order >= 0;
    case '>': return order > 0;
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '==': return order === 0;
  }
}

/** The classification an outcome condition reads (`controlled`, `classification`), once the answer is settled. */
export interface Settled {
  controlled: boolean | null;
  classification: string | null;
}

/** The value a condition reads: an outcome's `controlled` and `classification` read the settled answer, the rest the context. */
function valueFor(c: CompiledCondition, context: MetricContext, settled?: Settled): MetricValue | undefined {
  return settled && (c.metric === 'controlled' || c.metric === 'classification') ? settled[c.metric] : context[c.metric];
}

export function truthOfCondition(c: CompiledCondition, context: MetricContext, settled?: Settled): Truth {
  const value = valueFor(c, context, settled);
  if (value === undefined || value === null) return null;
  if (value === ABSENT) return false;
  if (value instanceof Decimal) return c.threshold instanceof Decimal ? holds(compare(value, c.threshold), c.op) : false;
  if (typeof value === 'string' && typeof c.threshold === 'string' && c.op !== '==') return holds(compareDates(value, c.threshold), c.op);
  return value === 'never' && c.op === '==' ? false : value === c.threshold;
}

/** A node's truth: a group's is `allOf` or `anyOf` its children's, read only until one decides. */
export function truthOf(node: CompiledNode, context: MetricContext, settled?: Settled): Truth {
  if (node.kind === 'condition') return truthOfCondition(node, context, settled);
  const truths = childTruths(node.children, context, settled);
  return node.kind === 'all' ? allOf(truths) : anyOf(truths);
}

/** The children's truths one at a time, without an array of them: the boundary search decides a rule set many times per explanation. */
function* childTruths(children: readonly CompiledNode[], context: MetricContext, settled?: Settled): Generator<Truth> {
  for (const child of children) yield truthOf(child, context, settled);
}

/** Decimal strings of the context's values, made once per classification: many conditions show the same value. */
function valueTexts() {
  const texts = new Map<MetricName, string>();
  return (metric: MetricName, value: MetricValue): string => {
    let text = texts.get(metric);
    if (text === undefined) {
      text = String(value);
      texts.set(metric, text);
    }
    return text;
  };
}

/**
 * value - threshold, and that as a fraction of the threshold. The fraction, a 64-digit division, is
 * worked out when first read: the verdict path makes a dozen margins and a table of verdicts reads none.
 */
function marginOf(value: Decimal, threshold: Decimal): NonNullable<ConditionResult['margin']> {
  const absolute = value.minus(threshold);
  let relative: string | null | undefined;
  return {
    absolute: absolute.toString(),
    get relative() {
      if (relative === undefined) relative = threshold.isZero() ? null : absolute.dividedBy(threshold).toString();
      return relative;
    },
  };
}

function conditionResult(c: CompiledCondition, context: MetricContext, textOf: ReturnType<typeof valueTexts>, settled?: Settled): ConditionResult {
  const value = valueFor(c, context, settled);
  const met = truthOfCondition(c, context, settled);
  if (value === undefined || value === null || value === ABSENT) return { metric: c.metric, op: c.op, threshold: c.text, value: null, margin: null, met };
  const margin = value instanceof Decimal && c.threshold instanceof Decimal ? marginOf(value, c.threshold) : null;
  return { metric: c.metric, op: c.op, threshold: c.text, value: textOf(c.metric, value), margin, met };
}

/** The item's conditions as its groups nest them, from the flat results. */
function nodeResult(node: CompiledNode, flat: readonly ConditionResult[], at: { i: number }): NodeResult {
  if (node.kind === 'condition') {
    const r = flat[at.i++]!;
    return { kind: 'condition', metric: r.metric, op: r.op, threshold: r.threshold, value: r.value, margin: r.margin, met: r.met, ...(r.byReading ? { byReading: r.byReading } : {}) };
  }
  const children = node.children.map((child) => nodeResult(child, flat, at));
  const truths = children.map((c) => c.met);
  return { kind: node.kind, met: node.kind === 'all' ? allOf(truths) : anyOf(truths), children };
}

/**
 * An item in detail, its conditions' tree (`when`) built from the flat list. Built at once: a getter
 * in an object literal costs more than the few nodes of a tree (the engine defines it at run time).
 */
export function itemResultOf(item: CompiledItem, conditions: ConditionResult[], met: Truth): ItemResult {
  return {
    id: item.id, title: item.title, text: item.text, classification: item.classification, met, conditions,
    when: nodeResult(item.node, conditions, { i: 0 }),
  };
}

function itemResult(item: CompiledItem, context: MetricContext, textOf: ReturnType<typeof valueTexts>, settled?: Settled): ItemResult {
  const conditions = item.conditions.map((c) => conditionResult(c, context, textOf, settled));
  return itemResultOf(item, conditions, truthOf(item.node, context, settled));
}

interface Decision {
  status: Status;
  /** Index of the deciding clause, or -1. */
  deciding: number;
  excludedBy: number;
  outOfScope: boolean;
  /** Indices of the unknown clauses above the deciding one, and of the open exclusions, that keep the answer open. */
  undecidedClauses: number[];
  openExclusions: number[];
  scopeOpen: boolean;
}

/**
 * The answer from the items' truths. An item outside the scope is not controlled; an exclusion
 * that holds settles the matter; otherwise the most severe clause that is not false decides.
 * Unknowns make the answer indeterminate only where they could change it.
 */
function decide(scope: Truth, clauses: readonly Truth[], exclusions: readonly Truth[]): Decision {
  if (scope === false) return closed(-1, true);
  const excludedBy = exclusions.indexOf(true);
  if (excludedBy >= 0) return closed(excludedBy, false);
  const deciding = clauses.indexOf(true);
  const undecidedClauses = unknownsOf(clauses, deciding >= 0 ? deciding : clauses.length);
  if (deciding < 0 && undecidedClauses.length === 0) return closed(-1, false);
  const openExclusions = unknownsOf(exclusions, exclusions.length);
  const settled = deciding >= 0 && openExclusions.length === 0 && scope === true;
  return {
    status: settled ? 'controlled' : 'indeterminate',
    deciding, excludedBy: -1, outOfScope: false,
    undecidedClauses: settled ? [] : undecidedClauses,
    openExclusions: settled ? [] : openExclusions,
    scopeOpen: !settled && scope === null,
  };
}

/** Not controlled, and nothing left open: outside the scope, excluded by a note, or no clause can hold. */
function closed(excludedBy: number, outOfScope: boolean): Decision {
  return { status: 'not-controlled', deciding: -1, excludedBy, outOfScope, undecidedClauses: [], openExclusions: [], scopeOpen: false };
}

/** The indices of the unknown truths among the first `count`: a loop, as the boundary search decides many times per explanation. */
function unknownsOf(truths: readonly Truth[], count: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < count; i += 1) if (truths[i] === null) found.push(i);
  return found;
}

/** What outcome conditions read of the answer: nothing while it is open. */
function settledOf(status: Status, classification: string | null): Settled {
  return status === 'indeterminate' ? { controlled: null, classification: null } : { controlled: status === 'controlled', classification: classification ?? 'none' };
}

const idsWhere = (items: readonly CompiledItem[], truths: readonly Truth[], keep: (t: Truth, item: CompiledItem) => boolean) =>
  items.flatMap((item, i) => (keep(truths[i]!, item) ? [item.id] : []));

/** The verdict path: which items hold, and the answer they give. */
export function summarize(compiled: CompiledRuleSet, context: MetricContext): Summary {
  const scope = compiled.scope ? truthOf(compiled.scope.node, context) : true;
  const clauses = compiled.clauses.map((c) => truthOf(c.node, context));
  const exclusions = compiled.exclusions.map((e) => truthOf(e.node, context));
  const decision = decide(scope, clauses, exclusions);
  const deciding = decision.deciding >= 0 ? compiled.clauses[decision.deciding]! : null;
  const classification = decision.status === 'controlled' ? deciding!.classification : null;
  const undecided = [
    ...decision.undecidedClauses.map((i) => compiled.clauses[i]!),
    ...decision.openExclusions.map((i) => compiled.exclusions[i]!),
    ...(decision.scopeOpen && compiled.scope ? [compiled.scope] : []),
  ];
  const possible = new Set([...undecided, ...(deciding && decision.status !== 'not-controlled' ? [deciding] : [])]
    .flatMap((c) => (c.classification ? [c.classification] : [])));
  const settled = settledOf(decision.status, classification);
  const outcomes = compiled.outcomes.map((o) => truthOf(o.node, context, settled));
  return {
    status: decision.status,
    classification,
    outcomes: idsWhere(compiled.outcomes, outcomes, (t) => t === true),
    matchedClauses: classification ? idsWhere(compiled.clauses, clauses, (t, c) => t === true && c.classification === classification) : [],
    excludedBy: decision.excludedBy >= 0 ? compiled.exclusions[decision.excludedBy]!.id : null,
    outOfScope: decision.outOfScope,
    possibleClassifications: decision.status === 'not-controlled' ? [] : [...possible],
    undecided,
    truths: { scope, clauses, exclusions, outcomes },
  };
}

/** The verdict from truths alone, for comparing the answers of many nearby figures. */
export function verdictOf(compiled: CompiledRuleSet, context: MetricContext): Verdict {
  const scope = compiled.scope ? truthOf(compiled.scope.node, context) : true;
  const decision = decide(scope, compiled.clauses.map((c) => truthOf(c.node, context)), compiled.exclusions.map((e) => truthOf(e.node, context)));
  const classification = decision.status === 'controlled' ? compiled.clauses[decision.deciding]!.classification : null;
  const settled = settledOf(decision.status, classification);
  return { status: decision.status, classification, outcomes: compiled.outcomes.filter((o) => truthOf(o.node, context, settled) === true).map((o) => o.id) };
}

/** Every item in detail, its outcomes read in the context of the settled answer `verdict`. */
export function itemResults(compiled: CompiledRuleSet, context: MetricContext, verdict: Pick<Verdict, 'status' | 'classification'>): ItemResults {
  const textOf = valueTexts();
  const settled = settledOf(verdict.status, verdict.classification);
  const outcomeTexts = valueTexts();
  return {
    scope: compiled.scope ? itemResult(compiled.scope, context, textOf) : null,
    clauses: compiled.clauses.map((c) => itemResult(c, context, textOf)),
    exclusions: compiled.exclusions.map((e) => itemResult(e, context, textOf)),
    outcomes: compiled.outcomes.map((o) => itemResult(o, context, outcomeTexts, settled)),
  };
}
