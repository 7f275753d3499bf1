/**
 * What would change the verdict: for each lever (throughput, die area, a bandwidth, the market),
 * the nearest change of that one figure that changes the answer. Computed on demand from an
 * evaluation, never on the verdict path.
 */
import { Coarse, Decimal } from './decimal.js';
import type { ChipFigures } from './metrics/figures.js';
import { LEVERS, METRICS, METRIC_NAMES, inverseOf, type Lever, type MetricName, type NumericLever } from './metrics/registry.js';
import type { CompiledRuleSet } from './rules/compile.js';
import { sameVerdict, verdictOf, type MetricContext, type Verdict } from './rules/classify.js';
import type { Operator } from './rules/types.js';

export type { Lever };

/** The nearest change along one lever that changes the verdict. */
export interface Boundary {
  lever: Lever;
  /** The metric whose threshold is crossed, and the item (clause, note or outcome) it belongs to. */
  metric: MetricName;
  itemId: string;
  op: Operator;
  threshold: string;
  from: string;
  /** The value to reach; with `strict`, the verdict changes only strictly beyond it. */
  to: string;
  strict: boolean;
  direction: 'increase' | 'decrease' | 'switch';
  /** to - from, and as a fraction of from (null when from is zero or the lever is the market). */
  change: string | null;
  relativeChange: string | null;
  /** The lever's own change: the throughput factor minus one, the die area after the change, or the bandwidth. */
  leverTo: string | null;
  verdictAfter: Verdict;
}

/** Factors that step just past a threshold that the rule makes exclusive. */
const JUST_ABOVE = new Decimal('1.000000001');
const JUST_BELOW = new Decimal('0.999999999');
const NUMERIC_LEVERS = Object.keys(LEVERS) as NumericLever[];

/** How far a metric must move, as a factor either way: 1.1 is nearer than 1/1.2 (ranking only). */
function distanceOf(from: Decimal, to: Decimal): InstanceType<typeof Coarse> {
  if (to.isZero() || from.isZero()) return new Coarse(Infinity);
  const [a, b] = [new Coarse(to), new Coarse(from)];
  return a.greaterThan(b) ? a.dividedBy(b) : b.dividedBy(a);
}

/** The metrics a lever moves: those with a way back from a target along it. */
const MOVED = Object.fromEntries((Object.keys(LEVERS) as NumericLever[]).map((lever) => [lever, METRIC_NAMES.filter((m) => inverseOf(m, lever))])) as Record<NumericLever, MetricName[]>;

/** For a rule set, the metrics it tests, and those of them each lever moves: a moved context holds only these. */
const testedBy = new WeakMap<CompiledRuleSet, { tested: MetricName[]; moved: Record<NumericLever, MetricName[]> }>();
function testedOf(compiled: CompiledRuleSet) {
  let found = testedBy.get(compiled);
  if (!found) {
    const tested = [...compiled.metrics];
    const moved = Object.fromEntries(NUMERIC_LEVERS.map((lever) => [lever, MOVED[lever].filter((m) => compiled.metrics.has(m))])) as Record<NumericLever, MetricName[]>;
    testedBy.set(compiled, (found = { tested, moved }));
  }
  return found;
}

/** The context after moving `lever` so that `metric` lands on `target` exactly; null when the lever cannot get it there. */
function movedContext(lever: NumericLever, metric: MetricName, target: Decimal, figures: ChipFigures, context: MetricContext, compiled: CompiledRuleSet) {
  const to = inverseOf(metric, lever)?.(target, figures) ?? null;
  if (to === null) return null;
  const moved = LEVERS[lever].apply(figures, to);
  const { tested, moved: changed } = testedOf(compiled);
  // Only the metrics the rule set tests are read by its verdict: copying the others (some fifty) would be waste.
  const after: MetricContext = {};
  for (const m of tested) after[m] = context[m];
  for (const m of changed[lever]) after[m] = METRICS[m].value(moved);
  // The metric is set to the target itself: deriving it again could round a quotient onto the wrong side.
  after[metric] = target;
  return { context: after, leverTo: LEVERS[lever].reported(to) };
}

interface Candidate {
  metric: MetricName;
  itemId: string;
  op: Operator;
  threshold: Decimal;
  from: Decimal;
  distance: InstanceType<typeof Coarse>;
}

/**
 * The lines a lever can move a metric to, nearest first (ties in the rule set's order). A line that
 * several items share (the 4,800 of 3A090.a.1 and of 3A090.b.1's upper bound) is tried once, for
 * the first of them: moving to it gives the same verdict whichever item it is read from.
 */
function candidatesFor(lever: NumericLever, compiled: CompiledRuleSet, context: MetricContext): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const { metric, itemId, op, threshold } of compiled.targets[lever]) {
    const from = context[metric];
    const key = `${metric} ${threshold.toString()}`;
    if (!(from instanceof Decimal) || seen.has(key)) continue;
    seen.add(key);
    candidates.push({ metric, itemId, op, threshold, from, distance: distanceOf(from, threshold) });
  }
  // A stable sort keeps the rule set's order among equally near lines.
  return candidates.sort((a, b) => a.distance.comparedTo(b.distance));
}

/** The nearest line along one lever whose crossing changes the verdict: the lines are tried nearest first. */
function nearestAlong(lever: NumericLever, compiled: CompiledRuleSet, figures: ChipFigures, context: MetricContext, current: Verdict): Boundary | null {
  for (const { metric, itemId, op, threshold: t, from } of candidatesFor(lever, compiled, context)) {
    const atThreshold = movedContext(lever, metric, t, figures, context, compiled);
    if (!atThreshold) continue;
    const targets: [Decimal, boolean][] = t.greaterThan(from) ? [[t, false], [t.times(JUST_ABOVE), true]]
      : t.lessThan(from) ? [[t, false], [t.times(JUST_BELOW), true]] : [[t.times(JUST_BELOW), true], [t.times(JUST_ABOVE), true]];
    for (const [target, strict] of targets) {
      const moved = target === t ? atThreshold : movedContext(lever, metric, target, figures, context, compiled);
      if (!moved) continue;
      const after = verdictOf(compiled, moved.context);
      if (sameVerdict(after, current)) continue;
      const change = t.minus(from);
      return {
        lever, metric, itemId, op, threshold: t.toString(),
        from: from.toString(), to: t.toString(), strict,
        direction: target.greaterThan(from) ? 'increase' : 'decrease',
        change: change.toString(), relativeChange: from.isZero() ? null : change.dividedBy(from).toString(),
        leverTo: atThreshold.leverTo.toString(),
        verdictAfter: after,
      };
    }
  }
  return null;
}

/**
 * For each lever, the smallest change that changes the verdict. The verdict is constant between
 * thresholds, so it suffices to test each threshold and a step just past it.
 */
export function findBoundaries(compiled: CompiledRuleSet, figures: ChipFigures, context: MetricContext, current: Verdict): Boundary[] {
  const boundaries = NUMERIC_LEVERS.flatMap((lever) => nearestAlong(lever, compiled, figures, context, current) ?? []);
  if (figures.datacenter !== null && compiled.metrics.has('datacenter')) {
    const to = !figures.datacenter;
    const after = verdictOf(compiled, { ...context, datacenter: to });
    if (!sameVerdict(after, current)) {
      boundaries.push({
        lever: 'market', metric: 'datacenter', itemId: '', op: '==', threshold: String(to),
        from: String(figures.datacenter), to: String(to), strict: false, direction: 'switch',
        change: null, relativeChange: null, leverTo: null, verdictAfter: after,
      });
    }
  }
  return boundaries;
}

/** Ranks boundaries by how far the lever must move: a factor of 1.1 either way is nearer than 1.2. */
export function nearestOf(boundaries: readonly Boundary[]): Boundary | null {
  let best: { boundary: Boundary; distance: InstanceType<typeof Coarse> } | null = null;
  for (const b of boundaries) {
    if (b.relativeChange === null) continue;
    const distance = distanceOf(new Decimal(b.from), new Decimal(b.to));
    if (!best || distance.lessThan(best.distance)) best = { boundary: b, distance };
  }
  return best?.boundary ?? null;
}
