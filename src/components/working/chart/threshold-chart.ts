/**
 * The chart: TPP (log scale) against performance density, the selected rule set's regions shaded,
 * patterned and labelled, and the chips as points: the calculator's chip as a marked point among
 * the catalog's faint ones, or the compared chips each with its name, placed so that no two labels
 * overlap. The figcaption says the same in words. At narrow widths the chart folds behind a button.
 */
import { css, html, nothing, svg } from 'lit';
import type { Words } from '../../../core/explain/words.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { EvaluationResult } from '../../../core/verdict.js';
import type { Ui } from '../../controls/ui.js';
import {
  catalogPointsOf, firstFree, labelSpots, labelWidth, regionsOf, scalesOf,
  type Rect, type Region, type Scales,
} from './chart-geometry.js';

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

const WIDTH = 560;
const HEIGHT = 270;
const BOX = { left: 52, right: WIDTH - 28, top: 10, bottom: HEIGHT - 42 };
const PATTERN_COUNT = 3;
const LABEL_HEIGHT = 13;
/** From a label's top to its baseline. */
const ASCENT = 10;
const POINT_RADIUS = 4.5;
const HALO_RADIUS = 10;

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

function styleClass(region: Region, classifications: string[]): string {
  if (region.kind === 'exclusion') return 'style-note';
  return `style-${classifications.indexOf(region.classification ?? '') % PATTERN_COUNT}`;
}

function stateClass(region: Region): string {
  return region.alsoMet === false ? 'inactive' : region.alsoMet === null ? 'maybe' : '';
}

function rectOf(region: Region, s: Scales) {
  const x1 = region.tpp.min === null ? BOX.left : s.x(region.tpp.min);
  const x2 = region.tpp.max === null ? BOX.right : s.x(region.tpp.max);
  const y1 = region.pd.max === null ? BOX.top : s.y(region.pd.max);
  const y2 = region.pd.min === null ? BOX.bottom : s.y(region.pd.min);
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

interface PlacedLabel {
  text: string;
  box: Rect;
  /** The point a leader line runs to, when the label had to move away from it. */
  leaderTo: { x: number; y: number } | null;
}

/** Each region's label in its top-left corner, moved down until it clears the labels before it and the marks. */
function placeRegionLabels(regions: Region[], s: Scales, taken: Rect[]): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const region of regions) {
    const rect = rectOf(region, s);
    if (rect.width <= 0 || rect.height <= 0) continue;
    const width = labelWidth(region.label);
    const x = Math.min(rect.x + 4, BOX.right - width - 2);
    const spots: Rect[] = [];
    // Down the region's left edge first; where that is full, down columns further right within the region.
    for (let cx = x; cx === x || cx + width <= Math.min(rect.x + rect.width, BOX.right) - 2; cx += width + 6) {
      for (let y = rect.y + LABEL_HEIGHT - ASCENT; y + LABEL_HEIGHT <= BOX.bottom; y += LABEL_HEIGHT) spots.push({ x: cx, y, width, height: LABEL_HEIGHT });
    }
    const box = firstFree(spots, taken, BOX) ?? spots[0];
    if (!box) continue;
    taken.push(box);
    placed.push({ text: region.label, box, leaderTo: null });
  }
  return placed;
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

/** Where a leader line from `to` meets the label's box. */
function leaderStart(box: Rect, to: { x: number; y: number }) {
  return { x: Math.min(Math.max(to.x, box.x), box.x + box.width), y: Math.min(Math.max(to.y, box.y), box.y + box.height) };
}

function labelText(l: PlacedLabel) {
  return svg`<text x=${l.box.x} y=${l.box.y + ASCENT}>${l.text}</text>`;
}

function patterns() {
  return svg`<defs>
    <pattern id="ctc-fill-0" class="fill-0" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect class="bg" width="8" height="8" /><line class="ink" x1="0" y1="0" x2="0" y2="8" />
    </pattern>
    <pattern id="ctc-fill-1" class="fill-1" patternUnits="userSpaceOnUse" width="7" height="7">
      <rect class="bg" width="7" height="7" /><circle class="ink-dot" cx="3.5" cy="3.5" r="1.2" />
    </pattern>
    <pattern id="ctc-fill-2" class="fill-2" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(-45)">
      <rect class="bg" width="8" height="8" /><line class="ink" x1="0" y1="0" x2="0" y2="8" />
    </pattern>
    <pattern id="ctc-fill-note" class="fill-note" patternUnits="userSpaceOnUse" width="8" height="8">
      <rect class="bg" width="8" height="8" /><line class="ink" x1="0" y1="4" x2="8" y2="4" />
    </pattern>
  </defs>`;
}

function axes(ui: Ui, w: Words, s: Scales) {
  return svg`<g class="axes">
    <line x1=${BOX.left} y1=${BOX.bottom} x2=${BOX.right} y2=${BOX.bottom} />
    <line x1=${BOX.left} y1=${BOX.top} x2=${BOX.left} y2=${BOX.bottom} />
    ${s.xTicks.map((t) => svg`<line class="grid" x1=${s.x(t)} y1=${BOX.top} x2=${s.x(t)} y2=${BOX.bottom} />
      <text x=${s.x(t)} y=${BOX.bottom + 16} text-anchor="middle">${w.number(String(t), 0)}</text>`)}
    ${s.yTicks.map((t) => svg`<line class="grid" x1=${BOX.left} y1=${s.y(t)} x2=${BOX.right} y2=${s.y(t)} />
      <text x=${BOX.left - 6} y=${s.y(t) + 4} text-anchor="end">${w.number(String(t), 2)}</text>`)}
    <text class="title" x=${(BOX.left + BOX.right) / 2} y=${HEIGHT - 6} text-anchor="middle">${ui.m.chart.axisX}</text>
    <text class="title" transform="translate(14 ${(BOX.top + BOX.bottom) / 2}) rotate(-90)" text-anchor="middle">${ui.m.chart.axisY}</text>
  </g>`;
}

/** The calculator's chip, with what it needs said beside it. */
function chipMark(ui: Ui, tpp: number | null, pd: number | null, pdText: string, s: Scales) {
  if (tpp === null) return nothing;
  const x = s.x(tpp);
  if (pd === null) {
    return svg`<g class="chip"><line class="unknown-pd" x1=${x} y1=${BOX.top} x2=${x} y2=${BOX.bottom} />
      <text x=${x + 5} y=${BOX.top + 24}>${ui.m.table.unknown}</text></g>`;
  }
  if (pd > s.yMax) {
    return svg`<g class="chip"><path class="point" d="M ${x} ${BOX.top} l 7 12 h -14 z" />
      <text x=${x + 10} y=${BOX.top + 12}>${ui.m.chart.beyond(pdText)}</text></g>`;
  }
  return svg`<g class="chip"><circle class="halo" cx=${x} cy=${s.y(pd)} r="10" /><circle class="point" cx=${x} cy=${s.y(pd)} r="5.5" /></g>`;
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

function legend(ui: Ui, regions: Region[], classifications: string[]) {
  if (regions.length === 0) return nothing;
  return html`<ul class="legend" aria-hidden="true">
    ${regions.map((r) => html`<li>
      <svg class="swatch" viewBox="0 0 16 12" width="16" height="12"><rect class="region ${styleClass(r, classifications)} ${stateClass(r)}" x="1" y="1" width="14" height="10" /></svg>
      ${r.kind === 'exclusion' ? ui.m.chart.legendExclusion(r.label) : r.label}
    </li>`)}
  </ul>`;
}

export function renderChart(props: ChartProps) {
  const { ui, words: w, ruleSet, expanded, onToggle } = props;
  const calculatorChip = 'result' in props ? props.result : null;
  const marks = 'result' in props ? [markOf(null, props.result)] : props.points.map((p) => markOf(p.label, p.result));
  const { regions, undrawn } = regionsOf(ruleSet, calculatorChip, (id) => ui.ruleSetWords.item(ruleSet, id).label);
  const classifications = [...new Set(regions.map((r) => r.classification).filter((c): c is string => c !== null))];
  const points = calculatorChip ? catalogPointsOf() : [];
  const pds = marks.map((m) => m.pd).filter(isNumber);
  const s = scalesOf(
    BOX,
    [...regions.flatMap((r) => [r.tpp.min, r.tpp.max]).filter(isNumber), ...points.map((p) => p.tpp), ...marks.map((m) => m.tpp).filter(isNumber)],
    regions.flatMap((r) => [r.pd.min, r.pd.max]).filter(isNumber),
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
  return html`<div class="chart" part="chart">
    <button type="button" part="button" class="chart-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="chart-figure" @click=${onToggle}>
      ${expanded ? ui.m.chart.hide : ui.m.chart.show}
    </button>
    <figure id="chart-figure" class=${expanded ? 'expanded' : ''}>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${ui.m.chart.title} aria-describedby="chart-caption">
        ${patterns()}
        ${axes(ui, w, s)}
        <g class="regions">
          ${painted.map((r) => { const rect = rectOf(r, s); return rect.width > 0 && rect.height > 0
            ? svg`<rect class="region ${styleClass(r, classifications)} ${stateClass(r)}" x=${rect.x} y=${rect.y} width=${rect.width} height=${rect.height} />`
            : nothing; })}
        </g>
        <g class="catalog">
          ${points.filter((p) => p.pd !== null && p.pd <= s.yMax).map((p) => svg`<circle cx=${s.x(p.tpp)} cy=${s.y(p.pd!)} r="2.6" />`)}
        </g>
        <g class="labels">${regionLabels.map(labelText)}</g>
        ${calculatorChip
          ? chipMark(ui, marks[0]!.tpp, marks[0]!.pd, calculatorChip.metrics?.performanceDensity ? w.value('performanceDensity', calculatorChip.metrics.performanceDensity) : '', s)
          : svg`<g class="chip named">
              ${named.map(({ anchor }) => namedMark(anchor))}
              ${markLabels.map((l) => { if (!l?.leaderTo) return nothing; const from = leaderStart(l.box, l.leaderTo);
                return svg`<line class="leader" x1=${from.x} y1=${from.y} x2=${l.leaderTo.x} y2=${l.leaderTo.y} />`; })}
              ${markLabels.map((l) => (l ? labelText(l) : nothing))}
            </g>`}
      </svg>
      ${legend(ui, regions, classifications)}
      <figcaption><details><summary>${ui.m.chart.inWords}</summary>
        <div id="chart-caption">${caption(ui, w, ruleSet, marks, regions, undrawn, unlabelled)}</div></details></figcaption>
    </figure>
  </div>`;
}

export const chartStyles = css`
  .chart figure {
    margin: 0;
  }
  .chart-toggle {
    display: none;
  }
  .chart figure > svg {
    display: block;
    width: 100%;
    height: auto;
    font-size: 11px;
  }
  .axes line {
    stroke: var(--_border);
  }
  .axes .grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }
  .axes text {
    fill: var(--_muted);
  }
  .axes .title {
    fill: var(--_text);
    font-weight: 600;
  }
  .bg {
    fill-opacity: 0.14;
  }
  .ink {
    stroke-width: 2;
    stroke-opacity: 0.5;
  }
  .ink-dot {
    fill-opacity: 0.6;
  }
  .fill-0 .bg, .fill-0 .ink { fill: var(--_controlled); stroke: var(--_controlled); }
  .fill-1 .bg, .fill-1 .ink-dot { fill: var(--_accent); }
  .fill-2 .bg, .fill-2 .ink { fill: var(--_undecided); stroke: var(--_undecided); }
  .fill-note .bg, .fill-note .ink { fill: var(--_clear); stroke: var(--_clear); }
  .region {
    stroke-width: 1.5;
  }
  .region.style-0 { fill: url(#ctc-fill-0); stroke: var(--_controlled); }
  .region.style-1 { fill: url(#ctc-fill-1); stroke: var(--_accent); }
  .region.style-2 { fill: url(#ctc-fill-2); stroke: var(--_undecided); }
  .region.style-note { fill: url(#ctc-fill-note); stroke: var(--_clear); }
  .region.maybe {
    stroke-dasharray: 6 3;
  }
  .region.inactive {
    fill: none;
    stroke-dasharray: 2 4;
  }
  .catalog circle {
    fill: var(--_muted);
    fill-opacity: 0.45;
  }
  .labels text,
  .chip text {
    fill: var(--_text);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .chip .point {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .chip .halo {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .chip .unknown-pd {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 5 4;
  }
  .named .unknown-pd {
    stroke-width: 1.5;
    stroke-opacity: 0.7;
  }
  .chip .leader {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .chart-points {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    margin: 0.4rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .chart figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  #chart-caption {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-top: 0.3rem;
  }
  @container ctc (max-width: 30rem) {
    .chart-toggle {
      display: inline-flex;
    }
    .chart figure:not(.expanded) {
      display: none;
    }
    .chart figure {
      margin-top: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    .bg { fill: Canvas; }
    .ink, .region, .chip .halo, .chip .unknown-pd, .chip .leader { stroke: CanvasText; }
    .ink-dot, .chip .point, .catalog circle { fill: CanvasText; }
    .labels text, .chip text, .axes text { fill: CanvasText; stroke: Canvas; }
  }
`;
