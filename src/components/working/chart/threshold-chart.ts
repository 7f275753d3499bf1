/**
 * The chart: TPP (log scale) against performance density, the selected rule set's regions shaded,
 * patterned and labelled, and the chips as points: the calculator's chip as a marked point among
 * the catalog's faint ones, or the compared chips each with its name, placed so that no two labels
 * overlap. The figcaption says the same in words. At narrow widths the chart folds behind a button.
 */
import { html, nothing, svg } from 'lit';
import type { Words } from '../../../core/explain/words.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { EvaluationResult } from '../../../core/verdict.js';
import type { Ui } from '../../controls/ui.js';
import {
  catalogPointsOf, firstFree, labelSpots, labelWidth, regionsOf, scalesOf,
  type Rect, type Region, type Scales,
} from './chart-geometry.js';
import {
  BOX, LABEL_HEIGHT, axes, chartFigure, chipMark, classificationsOf, labelText, leaderStart, legend, patterns, placeRegionLabels, regionShapes,
  type PlacedLabel,
} from './chart-parts.js';
export { chartStyles } from './chart-parts.js';

const POINT_RADIUS = 4.5;
const HALO_RADIUS = 10;

/** A compared chip: its name, written beside its point, and its evaluation. */
export interface ChartPoint {
  label: string;
  result: EvaluationResult;
}

interface ChartBase {
  ui: Ui;
  words: Words;
  ruleSet: ResolvedRuleSet;
  /** Whether the folded chart is shown at narrow widths. */
  expanded: boolean;
  onToggle: () => void;
}

/**
 * Either the calculator's chip (`result`), whose regions are drawn as the engine found their other
 * conditions (market, bandwidth) for it; or named chips (`points`), for which those conditions
 * differ from chip to chip, so that such regions are drawn as undecided.
 */
export type ChartProps = ChartBase & ({ result: EvaluationResult } | { points: readonly ChartPoint[] });

const isNumber = (v: number | null): v is number => v !== null;

/** A chip as drawn: its label (none for the calculator's chip) and its position in data units. */
interface Mark {
  label: string | null;
  result: EvaluationResult;
  tpp: number | null;
  pd: number | null;
}

function markOf(label: string | null, result: EvaluationResult): Mark {
  const m = result.metrics;
  return { label, result, tpp: m?.tpp ? Number(m.tpp) : null, pd: m?.performanceDensity ? Number(m.performanceDensity) : null };
}

/** Where a mark sits in pixels, and how it is drawn: a dot, a line (PD unknown) or a triangle at the top (PD off the chart). */
interface Anchor {
  x: number;
  y: number;
  shape: 'dot' | 'line' | 'beyond';
}

function anchorOf(mark: Mark, s: Scales): Anchor | null {
  if (mark.tpp === null) return null;
  const x = s.x(mark.tpp);
  if (mark.pd === null) return { x, y: BOX.top + LABEL_HEIGHT, shape: 'line' };
  if (mark.pd > s.yMax) return { x, y: BOX.top + 6, shape: 'beyond' };
  return { x, y: s.y(mark.pd), shape: 'dot' };
}

/** The space a mark's symbol takes, which labels keep clear of. */
function markBox(a: Anchor, labelled: boolean): Rect {
  const r = (a.shape === 'dot' && !labelled ? HALO_RADIUS : POINT_RADIUS + 2) + 1;
  return { x: a.x - r, y: a.y - r, width: 2 * r, height: 2 * r };
}

/** Each named mark's label beside it, or as near as it clears every other label and mark; null for one that finds no room. */
function placeMarkLabels(marks: { text: string; anchor: Anchor }[], taken: Rect[]): (PlacedLabel | null)[] {
  return marks.map(({ text, anchor }) => {
    const spot = firstFree(labelSpots(anchor, { width: labelWidth(text), height: LABEL_HEIGHT }, POINT_RADIUS + 4, BOX.bottom - BOX.top), taken, BOX);
    if (!spot) return null;
    const { leader, ...box } = spot;
    taken.push(box);
    return { text, box, leaderTo: leader ? anchor : null };
  });
}

/** A named chip, drawn as a point (or a line or a triangle, like the calculator's chip) with its label placed apart. */
function namedMark(a: Anchor) {
  if (a.shape === 'line') return svg`<line class="unknown-pd" x1=${a.x} y1=${BOX.top} x2=${a.x} y2=${BOX.bottom} />`;
  if (a.shape === 'beyond') return svg`<path class="point" d="M ${a.x} ${BOX.top} l 6 10 h -12 z" />`;
  return svg`<circle class="point" cx=${a.x} cy=${a.y} r=${POINT_RADIUS} />`;
}

/** Where a chip is, in words: the same facts as its point, and the regions it lies in per the engine. */
function pointText(ui: Ui, w: Words, ruleSet: ResolvedRuleSet, { label, result }: Mark): string {
  const { chart } = ui.m;
  const m = result.metrics;
  if (!m?.tpp) return label === null ? chart.noPoint : chart.namedNoPoint(label);
  const tpp = w.value('tpp', m.tpp);
  if (m.performanceDensity === null) return label === null ? chart.pointNoPd(tpp) : chart.namedPointNoPd(label, tpp);
  const pd = w.value('performanceDensity', m.performanceDensity);
  const holding = [...result.clauses, ...result.exclusions].filter((c) => c.met === true).map((c) => ui.ruleSetWords.item(ruleSet, c.id).label);
  const where = holding.length ? chart.inside(ui.m.engine.and(holding)) : chart.outside;
  return `${label === null ? chart.point(tpp, pd) : chart.namedPoint(label, tpp, pd)} ${where}`;
}

function caption(ui: Ui, w: Words, ruleSet: ResolvedRuleSet, marks: Mark[], regions: Region[], undrawn: string[], unlabelled: string[]) {
  const { chart, engine } = ui.m;
  const conditionText = (c: Region['drawn'][number]) => w.condition(c.metric, c.op, String(c.threshold));
  const regionText = (r: Region) => {
    const also = r.also.length ? `; ${chart.also(engine.and(r.also.map(conditionText)))}` : '';
    return `${chart.region(r.label, engine.and(r.drawn.map(conditionText)))}${also}`;
  };
  const single = marks.length === 1 && marks[0]!.label === null;
  return html`<p>${chart.intro} ${regions.length ? chart.regions(regions.map(regionText)) : chart.noRegions}
    ${undrawn.length ? chart.undrawn(engine.and(undrawn)) : nothing}</p>
    ${single
      ? html`<p>${pointText(ui, w, ruleSet, marks[0]!)} ${chart.catalog}</p>`
      : html`<ul class="chart-points">${marks.map((m) => html`<li>${pointText(ui, w, ruleSet, m)}</li>`)}</ul>
        ${unlabelled.length ? html`<p>${chart.unlabelled(engine.and(unlabelled))}</p>` : nothing}`}`;
}

export function renderChart(props: ChartProps) {
  const { ui, words: w, ruleSet, expanded, onToggle } = props;
  const calculatorChip = 'result' in props ? props.result : null;
  const marks = 'result' in props ? [markOf(null, props.result)] : props.points.map((p) => markOf(p.label, p.result));
  const { regions, undrawn } = regionsOf(ruleSet, calculatorChip, (id) => ui.ruleSetWords.item(ruleSet, id).label);
  const classifications = classificationsOf(regions);
  const points = calculatorChip ? catalogPointsOf() : [];
  const pds = marks.map((m) => m.pd).filter(isNumber);
  const s = scalesOf(
    BOX,
    [...regions.flatMap((r) => [r.x.min, r.x.max]).filter(isNumber), ...points.map((p) => p.tpp), ...marks.map((m) => m.tpp).filter(isNumber)],
    regions.flatMap((r) => [r.y.min, r.y.max]).filter(isNumber),
    pds.length ? Math.max(...pds) : null,
  );
  const anchored = marks.flatMap((mark) => { const anchor = anchorOf(mark, s); return anchor ? [{ mark, anchor }] : []; });
  const taken = anchored.map(({ mark, anchor }) => markBox(anchor, mark.label !== null));
  const regionLabels = placeRegionLabels(regions, s, taken);
  const named = anchored.filter(({ mark }) => mark.label !== null);
  const markLabels = placeMarkLabels(named.map(({ mark, anchor }) => ({ text: mark.label!, anchor })), taken);
  const unlabelled = named.filter((_, i) => markLabels[i] === null).map(({ mark }) => mark.label!);
  // Least severe first, so that the most severe region and the notes are painted on top.
  const painted = [...regions.filter((r) => r.kind === 'clause').reverse(), ...regions.filter((r) => r.kind === 'exclusion')];
  const chip = marks[0]!;
  const body = svg`${patterns('chart')}
    ${axes(s, { x: ui.m.chart.axisX, y: ui.m.chart.axisY }, { x: (t) => w.number(String(t), 0), y: (t) => w.number(String(t), 2) })}
    ${regionShapes('chart', painted, classifications, s)}
    <g class="catalog">
      ${points.filter((p) => p.pd !== null && p.pd <= s.yMax).map((p) => svg`<circle cx=${s.x(p.tpp)} cy=${s.y(p.pd!)} r="2.6" />`)}
    </g>
    <g class="labels">${regionLabels.map(labelText)}</g>
    ${calculatorChip
      ? chipMark(chip.tpp, chip.pd, { unknown: ui.m.table.unknown, beyond: () => ui.m.chart.beyond(w.value('performanceDensity', calculatorChip.metrics!.performanceDensity!)) }, s)
      : svg`<g class="chip named">
          ${named.map(({ anchor }) => namedMark(anchor))}
          ${markLabels.map((l) => { if (!l?.leaderTo) return nothing; const from = leaderStart(l.box, l.leaderTo);
            return svg`<line class="leader" x1=${from.x} y1=${from.y} x2=${l.leaderTo.x} y2=${l.leaderTo.y} />`; })}
          ${markLabels.map((l) => (l ? labelText(l) : nothing))}
        </g>`}`;
  return chartFigure(ui, {
    chart: 'chart', title: ui.m.chart.title, show: ui.m.chart.show, hide: ui.m.chart.hide, expanded, onToggle, body,
    legend: legend('chart', regions, classifications, (r) => (r.kind === 'exclusion' ? ui.m.chart.legendExclusion(r.label) : r.label)),
    caption: caption(ui, w, ruleSet, marks, regions, undrawn, unlabelled),
  });
}
