/**
 * Geometry of the charts: a rule set's regions, read from its conditions on the two metrics a chart
 * plots (TPP against performance density, or against total DRAM bandwidth), and the scales. Pixel
 * positions only: which item holds is always the engine's answer, never read off this geometry.
 */
import { catalog } from '../../../core/catalog.js';
import { computeMetrics } from '../../../core/compute-metrics.js';
import type { MetricName } from '../../../core/metrics/registry.js';
import type { ItemResult } from '../../../core/rules/classify.js';
import { allOf, type Truth } from '../../../core/rules/logic.js';
import type { Condition, ConditionNode, ResolvedRuleSet } from '../../../core/rules/types.js';
import type { EvaluationResult } from '../../../core/verdict.js';
import { conjunctionOf } from '../../../model/rule-set-shape.js';

/** The metrics a chart plots, across and up. */
export interface ChartAxes {
  x: MetricName;
  y: MetricName;
}

export const DENSITY_AXES: ChartAxes = { x: 'tpp', y: 'performanceDensity' };
export const BANDWIDTH_AXES: ChartAxes = { x: 'tpp', y: 'dramBandwidthGBps' };

/** An interval on one axis; null is open-ended. */
export interface Interval {
  min: number | null;
  max: number | null;
}

export interface Region {
  id: string;
  /** The clause id, or a note's or outcome's title. */
  label: string;
  kind: 'clause' | 'exclusion' | 'outcome';
  /** Regions of one classification share a style; exclusions have their own. */
  classification: string | null;
  x: Interval;
  y: Interval;
  /** The conditions drawn, and the others (on the market, bandwidths…) the item also needs. */
  drawn: Condition[];
  also: Condition[];
  /** Whether the engine found the other conditions met: true, false, or unknown. */
  alsoMet: Truth;
}

function intervalOf(conditions: Condition[], metric: string): Interval {
  const interval: Interval = { min: null, max: null };
  for (const c of conditions.filter((x) => x.metric === metric)) {
    const t = Number(c.threshold);
    if (c.op === '>=' || c.op === '>') interval.min = interval.min === null ? t : Math.max(interval.min, t);
    if (c.op === '<' || c.op === '<=') interval.max = interval.max === null ? t : Math.min(interval.max, t);
  }
  return interval;
}

const onAxis = (c: Condition, axes: ChartAxes) => (c.metric === axes.x || c.metric === axes.y) && ['>=', '>', '<', '<='].includes(c.op);

/** Whether the engine found the item's other conditions met: the three-valued "all" of them, unknown without the item's result. */
function alsoMetOf(also: Condition[], item: ItemResult | undefined, axes: ChartAxes): Truth {
  if (also.length === 0) return true;
  const others = item?.conditions.filter((c) => c.metric !== axes.x && c.metric !== axes.y) ?? [];
  return others.length === 0 ? null : allOf(others.map((c) => c.met));
}

interface Drawable {
  kind: Region['kind'];
  item: { id: string; when: ConditionNode };
  classification: string | null;
  evaluated: readonly ItemResult[] | undefined;
}

/** A rule set's clauses and notes, and its outcomes if asked for, each with the engine's results for its kind. */
function drawablesOf(ruleSet: ResolvedRuleSet, result: EvaluationResult | null, withOutcomes: boolean): Drawable[] {
  return [
    ...ruleSet.clauses.map((c) => ({ kind: 'clause' as const, item: c, classification: c.classification, evaluated: result?.clauses })),
    ...ruleSet.exclusions.map((e) => ({ kind: 'exclusion' as const, item: e, classification: null, evaluated: result?.exclusions })),
    ...(withOutcomes ? ruleSet.outcomes.map((o) => ({ kind: 'outcome' as const, item: o, classification: `${ruleSet.id} ${o.id}`, evaluated: result?.outcomes })) : []),
  ];
}

/** An item as a region, when it is a plain conjunction with conditions on the axes: `undrawn` for alternatives (any-of), null for none. */
function regionOf({ kind, item, classification, evaluated }: Drawable, label: string, axes: ChartAxes, needsBoth: boolean): Region | 'undrawn' | null {
  const conditions = conjunctionOf(item.when);
  if (conditions === null) return 'undrawn';
  const drawn = conditions.filter((c) => onAxis(c, axes));
  const metrics = new Set(drawn.map((c) => c.metric));
  if (metrics.size === 0 || (needsBoth && metrics.size < 2)) return null;
  const also = conditions.filter((c) => !drawn.includes(c));
  return {
    id: item.id, label, kind, classification, x: intervalOf(drawn, axes.x), y: intervalOf(drawn, axes.y),
    drawn, also, alsoMet: alsoMetOf(also, evaluated?.find((e) => e.id === item.id), axes),
  };
}

/**
 * Each clause and note that is a plain conjunction with at least one condition on TPP or PD, in
 * the rule set's order (most severe first). Items with alternatives (any-of) are listed as not drawn.
 */
export function regionsOf(ruleSet: ResolvedRuleSet, result: EvaluationResult | null, labelOf: (id: string) => string = (id) => id): { regions: Region[]; undrawn: string[] } {
  const regions: Region[] = [];
  const undrawn: string[] = [];
  for (const drawable of drawablesOf(ruleSet, result, false)) {
    const region = regionOf(drawable, labelOf(drawable.item.id), DENSITY_AXES, false);
    if (region === 'undrawn') undrawn.push(labelOf(drawable.item.id));
    else if (region) regions.push(region);
  }
  return { regions, undrawn };
}

/**
 * The boxes a rule set draws on two metrics at once: every clause, note or outcome that is a plain
 * conjunction with conditions on both axes (the tariff's bands, the China review's box). Outcomes
 * each have a style of their own, apart from the classifications.
 */
export function boxesOf(ruleSet: ResolvedRuleSet, result: EvaluationResult | null, axes: ChartAxes, labelOf: (id: string) => string): Region[] {
  return drawablesOf(ruleSet, result, true).flatMap((d) => {
    const region = regionOf(d, labelOf(d.item.id), axes, true);
    return region && region !== 'undrawn' ? [region] : [];
  });
}

export interface CatalogPoint {
  label: string;
  tpp: number;
  pd: number | null;
  dram: number | null;
}

let catalogPoints: CatalogPoint[] | undefined;

/** The catalog's chips as faint points; computed by the engine once, on first use. */
export function catalogPointsOf(): CatalogPoint[] {
  catalogPoints ??= catalog.flatMap((chip) => {
    const { metrics } = computeMetrics(chip.spec);
    if (!metrics?.tpp) return [];
    const number = (value: string | null) => (value === null ? null : Number(value));
    return [{ label: `${chip.vendor} ${chip.name}`, tpp: Number(metrics.tpp), pd: number(metrics.performanceDensity), dram: number(metrics.dramBandwidthGBps) }];
  });
  return catalogPoints;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Scales {
  x: (value: number) => number;
  y: (value: number) => number;
  xTicks: number[];
  yTicks: number[];
  /** Where the axes end: a value beyond is pinned to the edge. */
  xMax: number;
  yMax: number;
}

/** 1, 2, 2.5 or 5 times a power of ten: the tick step for a span. */
function niceStep(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span));
  const fraction = span / power;
  return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10);
}

/**
 * The powers of ten the axes reach at most. Figures the engine accepts go up to 10^400, beyond what
 * a float holds: past these, a power of ten over- or underflows (to Infinity, or to 0, whose
 * logarithm would make the tick loop endless).
 */
const MAX_POWER = 300;
/** Labelled ticks on the TPP axis at most: a chip typed at 1e300 would otherwise bring 300 of them. */
const MAX_X_TICKS = 10;

const clampPower = (power: number) => Math.min(Math.max(power, -MAX_POWER), MAX_POWER);

/**
 * A linear axis from zero that shows every threshold with room above. A value far above the
 * thresholds does not stretch it beyond `cap` times the highest one: it is pinned to the edge instead.
 */
function linearAxis(thresholds: number[], value: number | null, cap = 4): { max: number; ticks: number[] } {
  const highestThreshold = thresholds.length ? Math.max(...thresholds) : 0;
  const shown = value !== null && Number.isFinite(value) ? Math.min(value, 10 ** MAX_POWER) * 1.1 : 0;
  const wanted = Math.max(highestThreshold * 1.5, shown, 1);
  const capped = highestThreshold > 0 ? Math.min(wanted, highestThreshold * cap) : wanted;
  const step = niceStep(capped / 5);
  const max = Math.ceil(capped / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + step / 1e6; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return { max, ticks };
}

const linear = (max: number, from: number, to: number) => (value: number) => from + (Math.min(Math.max(value, 0), max) / max) * (to - from);

/**
 * A logarithmic TPP axis spanning every threshold and point, and a linear PD axis from zero that
 * shows every PD threshold with room above (see linearAxis).
 */
export function scalesOf(box: Box, tppValues: number[], pdThresholds: number[], chipPd: number | null): Scales {
  const positive = tppValues.filter((v) => v > 0 && Number.isFinite(v));
  // Whole powers of ten, kept as exponents: 10 ** p is only taken for the ticks, within MAX_POWER.
  const logLow = positive.length ? clampPower(Math.floor(Math.log10(Math.min(...positive) / 1.5))) : 2;
  const highest = positive.length ? clampPower(Math.ceil(Math.log10(Math.max(...positive) * 1.5))) : 5;
  const logHigh = Math.max(highest, logLow + 1);
  const x = (tpp: number) => {
    const log = tpp > 0 ? Math.min(Math.max(Math.log10(tpp), logLow), logHigh) : logLow;
    return box.left + ((log - logLow) / (logHigh - logLow)) * (box.right - box.left);
  };
  const xTicks: number[] = [];
  const powersPerTick = Math.ceil((logHigh - logLow) / MAX_X_TICKS);
  for (let p = logLow; p <= logHigh; p += powersPerTick) xTicks.push(10 ** p);
  const { max: yMax, ticks: yTicks } = linearAxis(pdThresholds, chipPd);
  // The logarithmic axis spans every value: nothing lies beyond it.
  return { x, y: linear(yMax, box.bottom, box.top), xTicks, yTicks, xMax: Infinity, yMax };
}

/**
 * Both axes linear from zero, each showing its thresholds with room above (see linearAxis): where
 * lines lie close together, as the tariff's bands do, a logarithmic axis would squeeze them to a hair.
 */
export function linearScalesOf(box: Box, x: { thresholds: number[]; value: number | null }, y: { thresholds: number[]; value: number | null }, cap: number): Scales {
  const across = linearAxis(x.thresholds, x.value, cap);
  const up = linearAxis(y.thresholds, y.value, cap);
  return { x: linear(across.max, box.left, box.right), y: linear(up.max, box.bottom, box.top), xTicks: across.ticks, yTicks: up.ticks, xMax: across.max, yMax: up.max };
}

/** A box in the chart's coordinates, y growing downwards. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function within(r: Rect, box: Box): boolean {
  return r.x >= box.left && r.x + r.width <= box.right && r.y >= box.top && r.y + r.height <= box.bottom;
}

/** The first candidate inside `bounds` that overlaps none of `taken`; null when there is none. */
export function firstFree<R extends Rect>(candidates: Iterable<R>, taken: readonly Rect[], bounds: Box): R | null {
  for (const candidate of candidates) {
    if (within(candidate, bounds) && !taken.some((t) => overlaps(candidate, t))) return candidate;
  }
  return null;
}

const NARROW = /[\s.,:;'’()|!ijlrtf/-]/;
const WIDE = /[MWmw@%]/;

/**
 * The width of a bold label at the chart's font size, overestimated a little per kind of character:
 * the chart inherits the page's font, so the real width is unknown when the chart is laid out.
 */
export function labelWidth(text: string): number {
  let width = 2;
  for (const c of text) width += NARROW.test(c) ? 4.2 : WIDE.test(c) ? 10.5 : /[A-Z]/.test(c) ? 8.2 : 7;
  return width;
}

/** A place for a label; `leader` when it is far enough from its point to need a line to it. */
export type LabelSpot = Rect & { leader: boolean };

/**
 * Where a label may go beside its point, nearest first: right of it, left, above, below; then a
 * line further down or up on either side, and so on up to `reach`, joined to the point by a leader.
 */
export function* labelSpots(anchor: { x: number; y: number }, size: { width: number; height: number }, gap: number, reach: number): Generator<LabelSpot> {
  const { width, height } = size;
  const middle = anchor.y - height / 2;
  yield { x: anchor.x + gap, y: middle, width, height, leader: false };
  yield { x: anchor.x - gap - width, y: middle, width, height, leader: false };
  yield { x: anchor.x - width / 2, y: anchor.y - gap - height, width, height, leader: false };
  yield { x: anchor.x - width / 2, y: anchor.y + gap, width, height, leader: false };
  for (let shift = height; shift <= reach; shift += height) {
    for (const dy of [shift, -shift]) {
      yield { x: anchor.x + gap, y: middle + dy, width, height, leader: true };
      yield { x: anchor.x - gap - width, y: middle + dy, width, height, leader: true };
    }
  }
}
