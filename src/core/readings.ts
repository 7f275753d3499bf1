import { sameVerdict, verdictOf, type Verdict } from './boundary.js';
import { Decimal } from './decimal.js';
import { metricValuesOf, type Metrics, type MetricValues } from './metrics.js';
import { ABSENT, classify, type Classification, type MetricContext } from './rules/evaluate.js';
import type { ResolvedRuleSet } from './rules/types.js';
import type { NormalizedSpec } from './spec.js';

/** The verdict under one reading of the formats whose bit length the rules leave open. */
export interface Reading {
  label: string;
  tpp: string;
  verdict: Verdict;
}

export function contextOf(values: MetricValues): MetricContext {
  return {
    tpp: values.tpp,
    performanceDensity: values.performanceDensityUndefined ? ABSENT : values.performanceDensity,
    applicableDieAreaMm2: values.applicableDieAreaMm2,
    interconnectGBps: values.interconnectGBps,
    dramBandwidthGBps: values.dramBandwidthGBps,
    memoryBandwidthDensity: values.memoryBandwidthDensity,
    datacenter: values.datacenter,
  };
}

/**
 * Evaluates the other reading of every ambiguous bit length (TF32 at 19 bits instead of 32).
 * Null when the spec has no such entry; otherwise both readings, for the caller to see whether the
 * choice the rules leave open changes the answer.
 */
export function bitLengthReadings(spec: NormalizedSpec, metrics: Metrics, ruleSet: ResolvedRuleSet, current: Verdict): Reading[] | null {
  if (metrics.bitLengthAmbiguities.length === 0) return null;
  const alternative = new Map(metrics.bitLengthAmbiguities.map((a) => [a.entryIndex, new Decimal(a.alternativeBitLength)]));
  const other = metricValuesOf({ ...spec, throughput: spec.throughput.map((e) => ({ ...e, bitLength: alternative.get(e.index) ?? e.bitLength })) });
  const describe = (bits: 'bitLength' | 'alternativeBitLength') =>
    metrics.bitLengthAmbiguities.map((a) => `${a.format} at ${a[bits]} bits`).filter((v, i, all) => all.indexOf(v) === i).join(', ');
  return [
    { label: describe('bitLength'), tpp: metrics.tpp ?? '', verdict: current },
    { label: describe('alternativeBitLength'), tpp: other.metrics.tpp ?? '', verdict: verdictOf(classify(ruleSet, contextOf(other.values), false)) },
  ];
}

/**
 * Where the readings disagree, the answer is not settled by the rules: the classification becomes
 * indeterminate, or, if only an outcome differs, that outcome becomes unknown.
 */
export function unsettle(result: Classification, readings: Reading[] | null): Classification {
  const [first, second] = readings ?? [];
  if (!first || !second || sameVerdict(first.verdict, second.verdict)) return result;
  if (first.verdict.status !== second.verdict.status || first.verdict.classification !== second.verdict.classification) {
    const possible = [first.verdict.classification, second.verdict.classification].filter((c): c is string => c !== null);
    return { ...result, status: 'indeterminate', classification: null, matchedClauses: [], possibleClassifications: possible };
  }
  const differing = new Set([...first.verdict.outcomes, ...second.verdict.outcomes]
    .filter((id) => first.verdict.outcomes.includes(id) !== second.verdict.outcomes.includes(id)));
  return { ...result, outcomes: result.outcomes.map((o) => (differing.has(o.id) ? { ...o, met: null } : o)) };
}

export function readingsDiffer(readings: Reading[] | null): boolean {
  const [first, second] = readings ?? [];
  return first !== undefined && second !== undefined && !sameVerdict(first.verdict, second.verdict);
}
