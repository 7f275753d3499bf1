/**
 * The second chart: TPP against total DRAM bandwidth, with the boxes that rules draw on both (the
 * 2026 China review's, the Section 232 tariff's two bands), read from the rule sets' own conditions,
 * and the chip as a point among the catalog's faint ones. Both axes are linear: the tariff's bands lie
 * a few hundred TPP apart, which a logarithmic axis would squeeze to a hair. The figcaption says the
 * same in words; whether the chip is in a box is always the engine's answer.
 */
import { html, nothing, svg } from 'lit';
import type { Words } from '../../../core/explain/words.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { EvaluationResult } from '../../../core/verdict.js';
import type { Ui } from '../../controls/ui.js';
import { BANDWIDTH_AXES, boxesOf, catalogPointsOf, linearScalesOf, type Region } from './chart-geometry.js';
import { BOX, axes, chartFigure, chipMark, classificationsOf, labelText, legend, patterns, placeRegionLabels, regionShapes } from './chart-parts.js';

/** A rule set and the engine's result for the chip under it. */
export interface RuleSetResult {
  ruleSet: ResolvedRuleSet;
  result: EvaluationResult;
}

export interface BandwidthChartProps {
  ui: Ui;
  words: Words;
  /** The chip under the rule set shown. */
  result: EvaluationResult;
  /** Every rule set the chip was evaluated under: those that draw a box on both axes are drawn. */
  entries: readonly RuleSetResult[];
  expanded: boolean;
  onToggle: () => void;
  /** The chart is chosen or unfolded: hidden, it is not drawn, as most readers never open it and typing redraws it. */
  drawn: boolean;
}

const CHART = 'bandwidth-chart';
const isNumber = (v: number | null): v is number => v !== null;
const number = (value: string | null | undefined) => (value ? Number(value) : null);

/** The boxes with the rule sets that draw them, in the order given (the last painted on top). */
function boxesIn(ui: Ui, entries: readonly RuleSetResult[]): { region: Region; entry: RuleSetResult }[] {
  return entries.flatMap((entry) => boxesOf(entry.ruleSet, entry.result, BANDWIDTH_AXES, (id) => ui.ruleSetWords.item(entry.ruleSet, id).label).map((region) => ({ region, entry })));
}

/** A box by the rule set that draws it: "Section 232 tariff (Jan 2026): band 1". */
const boxName = (ui: Ui) => ({ region, entry }: { region: Region; entry: RuleSetResult }) => ui.m.bandwidthChart.legend(ui.ruleSetWords.shortTitle(entry.ruleSet), region.label);

function caption(ui: Ui, w: Words, result: EvaluationResult, boxes: { region: Region; entry: RuleSetResult }[]) {
  const { chart, bandwidthChart: m, engine } = ui.m;
  const conditionText = (c: Region['drawn'][number]) => w.condition(c.metric, c.op, String(c.threshold));
  const boxText = ({ region, entry }: (typeof boxes)[number]) => {
    const also = region.also.length ? `; ${chart.also(engine.and(region.also.map(conditionText)))}` : '';
    return `${m.box(ui.ruleSetWords.shortTitle(entry.ruleSet), region.label, engine.and(region.drawn.map(conditionText)))}${also}`;
  };
  const metrics = result.metrics;
  const point = () => {
    if (!metrics?.tpp) return chart.noPoint;
    const tpp = w.value('tpp', metrics.tpp);
    if (!metrics.dramBandwidthGBps) return m.pointNoDram(tpp);
    // In a box when the engine says the item holds, as each rule set's own result has it.
    const holding = boxes.filter(({ region, entry: { result: r } }) => [...r.clauses, ...r.exclusions, ...r.outcomes].some((i) => i.id === region.id && i.met === true)).map(boxName(ui));
    return `${m.point(tpp, w.value('dramBandwidthGBps', metrics.dramBandwidthGBps))} ${holding.length ? m.inside(engine.and(holding)) : m.outside}`;
  };
  return html`<p>${m.intro} ${m.boxes(boxes.map(boxText))}</p><p>${point()} ${chart.catalog}</p>`;
}

/** The chart, or nothing where no rule set draws a box on both axes. */
export function renderBandwidthChart({ ui, words: w, result, entries, expanded, onToggle, drawn }: BandwidthChartProps) {
  const boxes = boxesIn(ui, entries);
  if (boxes.length === 0) return null;
  const figure = { chart: CHART, title: ui.m.bandwidthChart.title, show: ui.m.bandwidthChart.show, hide: ui.m.bandwidthChart.hide, expanded, onToggle };
  if (!drawn) return chartFigure(ui, { ...figure, body: svg``, legend: nothing, caption: html`` });
  const regions = boxes.map((b) => b.region);
  // The bands a classification draws take the first pattern, an outcome's box the next.
  const classifications = classificationsOf([...regions.filter((r) => r.kind !== 'outcome'), ...regions.filter((r) => r.kind === 'outcome')]);
  const tpp = number(result.metrics?.tpp);
  const dram = number(result.metrics?.dramBandwidthGBps);
  // The axes fit the boxes; a chip far beyond them is pinned to the edge, its value written beside it.
  const s = linearScalesOf(
    BOX,
    { thresholds: regions.flatMap((r) => [r.x.min, r.x.max]).filter(isNumber), value: tpp },
    { thresholds: regions.flatMap((r) => [r.y.min, r.y.max]).filter(isNumber), value: dram },
    2,
  );
  const points = catalogPointsOf().filter((p) => p.dram !== null && p.tpp <= s.xMax && p.dram <= s.yMax);
  // Labels keep clear of the chip's point.
  const chip = tpp !== null && dram !== null ? [{ x: s.x(tpp) - 11, y: s.y(dram) - 11, width: 22, height: 22 }] : [];
  const regionLabels = placeRegionLabels(regions, s, chip);
  const beyond = () => (tpp !== null && tpp > s.xMax ? ui.m.bandwidthChart.beyondRight(w.value('tpp', result.metrics!.tpp!)) : ui.m.bandwidthChart.beyondUp(w.value('dramBandwidthGBps', result.metrics!.dramBandwidthGBps!)));
  const body = svg`${patterns(CHART)}
    ${axes(s, { x: ui.m.bandwidthChart.axisX, y: ui.m.bandwidthChart.axisY }, { x: (t) => w.number(String(t), 0), y: (t) => w.number(String(t), 0) })}
    ${regionShapes(CHART, regions, classifications, s)}
    <g class="catalog">${points.map((p) => svg`<circle cx=${s.x(p.tpp)} cy=${s.y(p.dram!)} r="2.6" />`)}</g>
    <g class="labels">${regionLabels.map(labelText)}</g>
    ${chipMark(tpp, dram, { unknown: ui.m.table.unknown, beyond }, s)}`;
  return chartFigure(ui, {
    ...figure, body,
    legend: legend(CHART, regions, classifications, (r) => boxName(ui)(boxes.find((b) => b.region === r)!)),
    caption: caption(ui, w, result, boxes),
  });
}
