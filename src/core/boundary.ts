import { Decimal, readDecimal } from './decimal.js';
import type { MetricValues } from './metrics.js';
import { classify, type Classification, type MetricContext } from './rules/evaluate.js';
import type { MetricName } from './rules/metric-catalog.js';
import type { Condition, ConditionNode, Operator, ResolvedRuleSet } from './rules/types.js';

/**
 * What the user can change: the throughput (TPP and PD move together, the die area fixed), the die
 * area (PD alone), a bandwidth, or the market.
 */
export type Lever = 'throughput' | 'dieArea' | 'interconnectGBps' | 'dramBandwidthGBps' | 'memoryBandwidthDensity' | 'market';

export interface Verdict {
  status: Classification['status'];
  classification: string | null;
  outcomes: string[];
}

/** The nearest change along one lever that changes the verdict. */
export interface Boundary {
  lever: Lever;
  /** The metric whose threshold is crossed, and the item (clause, note or outcome) it belongs to. */
  metric: MetricName | 'datacenter';
  itemId: string;
  op: Operator | '==';
  threshold: string;
  from: string;
  /** The value to reach; with `strict`, the verdict changes only strictly beyond it. */
  to: string;
  strict: boolean;
  direction: 'increase' | 'decrease' | 'switch';
  /** to - from, and as a fraction of from (null when from is zero or the lever is the market). */
  change: string | null;
  relativeChange: string | null;
  /** The lever's own change: the throughput factor minus one, or the die area in mm² after the change. */
  leverTo: string | null;
  verdictAfter: Verdict;
}

export function verdictOf(result: Classification): Verdict {
  return {
    status: result.status,
    classification: result.classification,
    outcomes: result.outcomes.filter((o) => o.met === true).map((o) => o.id),
  };
}

export const sameVerdict = (a: Verdict, b: Verdict) =>
  a.status === b.status && a.classification === b.classification && a.outcomes.join() === b.outcomes.join();

/** Nudge used to step just past a threshold that the rule makes exclusive. */
const NUDGE = new Decimal('1e-9');

function collectConditions(node: ConditionNode, into: { metric: string; op: Operator; threshold: Condition['threshold']; itemId: string }[], itemId: string): void {
  if ('all' in node) node.all.forEach((n) => collectConditions(n, into, itemId));
  else if ('any' in node) node.any.forEach((n) => collectConditions(n, into, itemId));
  else into.push({ ...node, itemId });
}

/** How a lever moves the metrics so that `metric` lands on `target`. */
function moved(lever: Lever, metric: MetricName, target: Decimal, values: MetricValues): { context: MetricContext; leverTo: Decimal } | null {
  const { tpp, performanceDensity: pd, applicableDieAreaMm2: area } = values;
  if (lever === 'throughput' && tpp && tpp.greaterThan(0)) {
    if (metric === 'tpp') return { context: { tpp: target, ...(area ? { performanceDensity: target.dividedBy(area) } : {}) }, leverTo: target.dividedBy(tpp) };
    if (metric === 'performanceDensity' && area) {
      const newTpp = target.times(area);
      return { context: { tpp: newTpp, performanceDensity: target }, leverTo: newTpp.dividedBy(tpp) };
    }
  }
  if (lever === 'dieArea' && metric === 'performanceDensity' && tpp && pd && target.greaterThan(0)) {
    const newArea = tpp.dividedBy(target);
    return { context: { performanceDensity: target, applicableDieAreaMm2: newArea }, leverTo: newArea };
  }
  if (lever === metric && values[metric] !== null) return { context: { [metric]: target }, leverTo: target };
  return null;
}

const LEVER_METRICS: Record<Exclude<Lever, 'market'>, MetricName[]> = {
  throughput: ['tpp', 'performanceDensity'],
  dieArea: ['performanceDensity'],
  interconnectGBps: ['interconnectGBps'],
  dramBandwidthGBps: ['dramBandwidthGBps'],
  memoryBandwidthDensity: ['memoryBandwidthDensity'],
};

/**
 * For each lever, the smallest change that changes the verdict. The verdict is constant between
 * thresholds, so it suffices to test each threshold and a step just past it.
 */
export function findBoundaries(ruleSet: ResolvedRuleSet, values: MetricValues, context: MetricContext, current: Verdict): Boundary[] {
  const conditions: Parameters<typeof collectConditions>[1] = [];
  for (const item of [...ruleSet.clauses, ...ruleSet.exclusions, ...ruleSet.outcomes]) collectConditions(item.when, conditions, item.id);
  const boundaries: Boundary[] = [];

  for (const [lever, metrics] of Object.entries(LEVER_METRICS) as [Exclude<Lever, 'market'>, MetricName[]][]) {
    let best: { boundary: Boundary; distance: Decimal } | null = null;
    const seen = new Set<string>();
    for (const condition of conditions) {
      const metric = condition.metric as MetricName;
      const from = values[metric as keyof MetricValues];
      const threshold = readDecimal(condition.threshold);
      if (!metrics.includes(metric) || !(from instanceof Decimal) || !('value' in threshold)) continue;
      const t = threshold.value;
      if (seen.has(t.toString() + metric)) continue;
      seen.add(t.toString() + metric);
      const below = t.times(Decimal.sub(1, NUDGE));
      const above = t.times(Decimal.add(1, NUDGE));
      const targets: [Decimal, boolean][] = t.greaterThan(from) ? [[t, false], [above, true]]
        : t.lessThan(from) ? [[t, false], [below, true]] : [[below, true], [above, true]];
      for (const [target, strict] of targets) {
        const move = moved(lever, metric, target, values);
        const atThreshold = moved(lever, metric, t, values);
        if (!move || !atThreshold) continue;
        const after = verdictOf(classify(ruleSet, { ...context, ...move.context }, false));
        if (sameVerdict(after, current)) continue;
        const ratio = t.isZero() || from.isZero() ? null : t.dividedBy(from);
        const distance = ratio === null ? new Decimal(Infinity) : Decimal.max(ratio, new Decimal(1).dividedBy(ratio));
        if (!best || distance.lessThan(best.distance)) {
          const change = t.minus(from);
          best = {
            distance,
            boundary: {
              lever, metric, itemId: condition.itemId, op: condition.op, threshold: t.toString(),
              from: from.toString(), to: t.toString(), strict,
              direction: target.greaterThan(from) ? 'increase' : 'decrease',
              change: change.toString(), relativeChange: from.isZero() ? null : change.dividedBy(from).toString(),
              leverTo: (lever === 'throughput' ? atThreshold.leverTo.minus(1) : atThreshold.leverTo).toString(),
              verdictAfter: after,
            },
          };
        }
        break;
      }
    }
    if (best) boundaries.push(best.boundary);
  }

  if (values.datacenter !== null) {
    const after = verdictOf(classify(ruleSet, { ...context, datacenter: !values.datacenter }, false));
    if (!sameVerdict(after, current)) {
      boundaries.push({
        lever: 'market', metric: 'datacenter', itemId: '', op: '==', threshold: String(!values.datacenter),
        from: String(values.datacenter), to: String(!values.datacenter), strict: false, direction: 'switch',
        change: null, relativeChange: null, leverTo: null, verdictAfter: after,
      });
    }
  }
  return boundaries;
}
