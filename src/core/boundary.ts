/**
 * What would change the verdict: for each lever (throughput, die area, a bandwidth, the market),
 * the nearest change of that one figure that changes the answer. Computed on demand from an
 * evaluation, never on the verdict path.
 */
import { Coarse, Decimal, compare } from './decimal.js';
import type { ChipFigures } from './metrics/figures.js';
import { LEVERS, METRICS, METRIC_NAMES, inverseOf, type Lever, type MetricName, type NumericLever } from './metrics/registry.js';
import type { BoundaryTarget, CompiledRuleSet } from './rules/compile.js';
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
function distanceOf(from: InstanceType<typeof Coarse>, to: InstanceType<typeof Coarse>): InstanceType<typeof Coarse> {
  if (to.isZero() || from.isZero()) return new Coarse(Infinity);
  return compare(to, from) > 0 ? to.dividedBy(from) : from.dividedBy(to);
}

/** A compiled threshold at ranking precision, made once: the same lines are ranked in every explanation. */
const coarseThresholds = new WeakMap<Decimal, InstanceType<typeof Coarse>>();
function coarseOf(threshold: Decimal): InstanceType<typeof Coarse> {
  let coarse = coarseThresholds.get(threshold);
  if (!coarse) coarseThresholds.set(threshold, (coarse = new Coarse(threshold)));
  return coarse;
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

/** The context after moving `lever` so that `metric` lands on `target` exactly, and the lever's value there; null when the lever cannot get it there. */
function movedContext(lever: NumericLever, metric: MetricName, target: Decimal, figures: ChipFigures, context: MetricContext, compiled: CompiledRuleSet) {
  const to = inverseOf(metric, lever)?.(target, figures) ?? null;
  if (to === null) return null;
  const moved = LEVERS[lever].apply(figures, to);
  const { tested, moved: changed } = testedOf(compiled);
  // Only the metrics the rule set tests are read by its verdict: copying the others (some fifty) would be waste.
  const after: MetricContext = {};
  for (const m of tested) after[m] = context[m];
  // The metric is set to the target itself: deriving it again could round a quotient onto the wrong side.
  for (const m of changed[lever]) after[m] = m === metric ? target : METRICS[m].value(moved);
  return { context: after, to };
}

/**
 * How far each line is from its metric's value, worked out once per search: a line is ranked along
 * every lever that moves its metric (PD's lines by the throughput and by the die area).
 */
function distancesIn(context: MetricContext) {
  const made = new Map<BoundaryTarget['threshold'], InstanceType<typeof Coarse>>();
  return ({ metric, threshold }: BoundaryTarget) => {
    let distance = made.get(threshold);
    if (!distance) made.set(threshold, (distance = distanceOf(new Coarse(context[metric] as Decimal), coarseOf(threshold))));
    return distance;
  };
}

/**
 * The lines a lever can move a metric to, nearest first (ties in the rule set's order). A line that
 * several items share (the 4,800 of 3A090.a.1 and of 3A090.b.1's upper bound) is a target once, for
 * the first of them (compile.ts): moving to it gives the same verdict whichever item it is read from.
 */
function candidatesFor(lever: NumericLever, compiled: CompiledRuleSet, context: MetricContext, distance: ReturnType<typeof distancesIn>): BoundaryTarget[] {
  const candidates = compiled.targets[lever].filter((t) => context[t.metric] instanceof Decimal);
  // A stable sort keeps the rule set's order among equally near lines; one line needs no ranking, and most levers have one.
  return candidates.length < 2 ? candidates : candidates.sort((a, b) => compare(distance(a), distance(b)));
}

/** The nearest line along one lever whose crossing changes the verdict: the lines are tried nearest first. */
function nearestAlong(lever: NumericLever, compiled: CompiledRuleSet, figures: ChipFigures, context: MetricContext, current: Verdict, distance: ReturnType<typeof distancesIn>): Boundary | null {
  for (const { metric, itemId, op, threshold: t } of candidatesFor(lever, compiled, context, distance)) {
    const from = context[metric] as Decimal;
    const atThreshold = movedContext(lever, metric, t, figures, context, compiled);
    if (!atThreshold) continue;
    const side = compare(t, from);
    // On the line itself, then a step past it (a rule may make the line exclusive); from a line, a step either way.
    const steps = side === 0 ? [JUST_BELOW, JUST_ABOVE] : [null, side > 0 ? JUST_ABOVE : JUST_BELOW];
    for (const step of steps) {
      const target = step ? t.times(step) : t;
      const moved = step ? movedContext(lever, metric, target, figures, context, compiled) : atThreshold;
      if (!moved) continue;
      const after = verdictOf(compiled, moved.context);
      if (sameVerdict(after, current)) continue;
      const change = t.minus(from);
      return {
        lever, metric, itemId, op, threshold: t.toString(),
        from: from.toString(), to: t.toString(), strict: step !== null,
        direction: compare(target, from) > 0 ? 'increase' : 'decrease',
        change: change.toString(), relativeChange: from.isZero() ? null : change.dividedBy(from).toString(),
        leverTo: LEVERS[lever].reported(atThreshold.to).toString(),
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
  const distance = distancesIn(context);
  const boundaries = NUMERIC_LEVERS.flatMap((lever) => nearestAlong(lever, compiled, figures, context, current, distance) ?? []);
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
  const ranked = boundaries.filter((b) => b.relativeChange !== null);
  // Ranking takes divisions: a single boundary is the nearest without them.
  if (ranked.length < 2) return ranked[0] ?? null;
  const distance = (b: Boundary) => distanceOf(new Coarse(new Decimal(b.from)), new Coarse(new Decimal(b.to)));
  let best = { boundary: ranked[0]!, distance: distance(ranked[0]!) };
  for (const b of ranked.slice(1)) {
    const d = distance(b);
    if (compare(d, best.distance) < 0) best = { boundary: b, distance: d };
  }
  return best.boundary;
}
