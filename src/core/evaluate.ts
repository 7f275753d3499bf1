import { findBoundaries, verdictOf, type Boundary } from './boundary.js';
import { Decimal } from './decimal.js';
import { explain, warningsFor } from './explain.js';
import { metricValuesOf, type Metrics } from './metrics.js';
import { DEFAULT_RULE_SET_ID, getRuleSet, ruleSets } from './rule-sets.js';
import { classify, type ItemResult, type Status } from './rules/evaluate.js';
import { bitLengthReadings, contextOf, readingsDiffer, unsettle, type Reading } from './readings.js';
import { METRIC_CATALOG, type MetricName } from './rules/metric-catalog.js';
import type { ResolvedRuleSet, RuleSet } from './rules/types.js';
import { validateRuleSet } from './rules/validate.js';
import { validateSpec, type FieldError } from './spec.js';

export type RuleSetSummary = Omit<ResolvedRuleSet, 'clauses' | 'exclusions' | 'outcomes'>;

/** An input that would settle an indeterminate answer. */
export interface DecidingInput {
  metric: MetricName;
  /** The spec field to fill in, e.g. "dies" or "datacenter". */
  field: string | null;
  label: string;
}

/** The public result contract of `evaluate`. Decimal values are decimal strings. */
export interface EvaluationResult {
  ruleSet: RuleSetSummary | null;
  metrics: Metrics | null;
  status: Status | 'invalid';
  classification: string | null;
  matchedClauses: string[];
  excludedBy: string | null;
  possibleClassifications: string[];
  decidedBy: DecidingInput[];
  clauses: ItemResult[];
  exclusions: ItemResult[];
  outcomes: ItemResult[];
  /**
   * The verdict under each reading of bit lengths the rules leave open (TF32 at 32 or 19 bits);
   * empty when the spec has none. Where the readings disagree, the result is not settled.
   */
  readings: Reading[];
  /** The smallest change of a figure that changes the verdict, and the nearest per lever. */
  nearestBoundary: Boundary | null;
  boundaries: Boundary[];
  explanation: string[];
  warnings: string[];
  errors: FieldError[];
}

function summaryOf(ruleSet: ResolvedRuleSet): RuleSetSummary {
  const { clauses: _c, exclusions: _e, outcomes: _o, ...summary } = ruleSet;
  return summary;
}

function resolveRuleSet(ruleSetOrId: string | RuleSet | unknown): { ruleSet: ResolvedRuleSet } | { errors: FieldError[] } {
  if (typeof ruleSetOrId === 'string') {
    const found = getRuleSet(ruleSetOrId);
    if (found) return { ruleSet: found };
    const known = ruleSets.map((r) => r.id).join(', ');
    return { errors: [{ field: 'ruleSet', code: 'unknown-rule-set', message: `ruleSet "${ruleSetOrId}" is not a known rule set (known: ${known}).` }] };
  }
  // The built-in rule sets were validated when loaded; passing one by object is as good as by id.
  if (ruleSets.includes(ruleSetOrId as ResolvedRuleSet)) return { ruleSet: ruleSetOrId as ResolvedRuleSet };
  const checked = validateRuleSet(ruleSetOrId, new Map(ruleSets.map((r) => [r.id, r])));
  if (checked.ruleSet) return { ruleSet: checked.ruleSet };
  return { errors: checked.errors.map((e) => ({ ...e, field: `ruleSet.${e.field}`, message: `ruleSet.${e.message}` })) };
}

function invalid(ruleSet: ResolvedRuleSet | null, errors: FieldError[]): EvaluationResult {
  return {
    ruleSet: ruleSet ? summaryOf(ruleSet) : null, metrics: null, status: 'invalid', classification: null, matchedClauses: [],
    excludedBy: null, possibleClassifications: [], decidedBy: [], clauses: [], exclusions: [], outcomes: [],
    nearestBoundary: null, boundaries: [], readings: [], explanation: [], warnings: [], errors,
  };
}

/** Ranks boundaries by how far the lever must move: a factor of 1.1 either way is nearer than 1.2. */
function nearestOf(boundaries: Boundary[]): Boundary | null {
  let best: { boundary: Boundary; distance: Decimal } | null = null;
  for (const b of boundaries) {
    if (b.relativeChange === null) continue;
    const ratio = new Decimal(b.to).dividedBy(b.from);
    const distance = Decimal.max(ratio, new Decimal(1).dividedBy(ratio));
    if (!best || distance.lessThan(best.distance)) best = { boundary: b, distance };
  }
  return best?.boundary ?? null;
}

export interface EvaluateOptions {
  /**
   * Only the verdict, the metrics and the clause results: no boundary search, explanation or
   * warnings (empty in the result). For tables of many verdicts; about ten times cheaper.
   */
  verdictOnly?: boolean;
}

/**
 * Evaluates a chip spec against a rule set (a built-in id or a rule-set object). Never throws:
 * invalid input gives `status: "invalid"` and `errors` that name each field.
 */
export function evaluate(spec: unknown, ruleSetOrId: string | RuleSet | unknown = DEFAULT_RULE_SET_ID, options: EvaluateOptions = {}): EvaluationResult {
  const resolved = resolveRuleSet(ruleSetOrId);
  const checked = validateSpec(spec);
  if ('errors' in resolved) return invalid(null, [...resolved.errors, ...checked.errors]);
  const { ruleSet } = resolved;
  if (checked.spec === null) return invalid(ruleSet, checked.errors);

  const { values, metrics } = metricValuesOf(checked.spec);
  const context = contextOf(values);
  const firstReading = classify(ruleSet, context);
  const verdict = verdictOf(firstReading);
  const readings = bitLengthReadings(checked.spec, metrics, ruleSet, verdict);
  const result = unsettle(firstReading, readings);
  const full = !options.verdictOnly;
  const boundaries = result.status === 'indeterminate' || !full ? [] : findBoundaries(ruleSet, values, context, verdict);
  const nearestBoundary = nearestOf(boundaries);
  const marketFlip = boundaries.find((b) => b.lever === 'market') ?? null;

  const unknownMetrics = new Set(result.undecided.flatMap((item) => item.conditions.filter((c) => c.met === null).map((c) => c.metric)));
  const decidedBy: DecidingInput[] = [...unknownMetrics].map((metric) => ({ metric, field: METRIC_CATALOG[metric].input, label: METRIC_CATALOG[metric].inputLabel }));
  if (readingsDiffer(readings)) {
    for (const a of metrics.bitLengthAmbiguities) {
      decidedBy.push({ metric: 'tpp', field: `throughput[${a.entryIndex}].bitLength`, label: `the bit length of ${a.format} (${a.alternativeBitLength} or ${a.bitLength})` });
    }
  }

  return {
    ruleSet: summaryOf(ruleSet),
    metrics,
    status: result.status,
    classification: result.classification,
    matchedClauses: result.matchedClauses,
    excludedBy: result.excludedBy,
    possibleClassifications: result.possibleClassifications,
    decidedBy,
    clauses: result.clauses,
    exclusions: result.exclusions,
    outcomes: result.outcomes,
    nearestBoundary,
    boundaries,
    readings: readings ?? [],
    explanation: full ? explain(result, metrics, ruleSet, nearestBoundary, marketFlip, verdict, readingsDiffer(readings) ? readings : null) : [],
    warnings: full ? warningsFor(result, metrics, ruleSet) : [],
    errors: [],
  };
}
