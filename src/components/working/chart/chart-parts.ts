/**
 * What the charts share: their frame and axes, the regions' patterns (never colour alone), their
 * labels placed clear of each other and of the marks, the legend, the fold at narrow widths, and
 * the styles. Each chart passes its own id, so two charts in one shadow root keep their patterns apart.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Ui } from '../../controls/ui.js';
import { firstFree, labelWidth, type Rect, type Region, type Scales } from './chart-geometry.js';

export const WIDTH = 560;
export const HEIGHT = 270;
export const BOX = { left: 52, right: WIDTH - 28, top: 10, bottom: HEIGHT - 42 };
const PATTERN_COUNT = 3;
export const LABEL_HEIGHT = 13;
/** From a label's top to its baseline. */
const ASCENT = 10;

/** A region's pattern: one per classification (three, then again), and one for notes that exclude. */
function styleOf(region: Region, classifications: string[]): string {
  if (region.kind === 'exclusion') return 'note';
  return String(classifications.indexOf(region.classification ?? '') % PATTERN_COUNT);
}

function stateClass(region: Region): string {
  return region.alsoMet === false ? 'inactive' : region.alsoMet === null ? 'maybe' : '';
}

/** The classifications of the regions, in order: each gets its pattern. */
export const classificationsOf = (regions: Region[]) => [...new Set(regions.map((r) => r.classification).filter((c): c is string => c !== null))];

export function rectOf(region: Region, s: Scales): Rect {
  const x1 = region.x.min === null ? BOX.left : s.x(region.x.min);
  const x2 = region.x.max === null ? BOX.right : s.x(region.x.max);
  const y1 = region.y.max === null ? BOX.top : s.y(region.y.max);
  const y2 = region.y.min === null ? BOX.bottom : s.y(region.y.min);
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

function regionShape(chart: string, region: Region, classifications: string[], r: Rect) {
  const style = styleOf(region, classifications);
  return svg`<rect class="region style-${style} ${stateClass(region)}" fill="url(#${chart}-fill-${style})" x=${r.x} y=${r.y} width=${r.width} height=${r.height} />`;
}

/** The regions in the order given (the last on top). */
export function regionShapes(chart: string, regions: Region[], classifications: string[], s: Scales) {
  return svg`<g class="regions">${regions.map((region) => {
    const r = rectOf(region, s);
    return r.width > 0 && r.height > 0 ? regionShape(chart, region, classifications, r) : nothing;
  })}</g>`;
}

export interface PlacedLabel {
  text: string;
  box: Rect;
  /** The point a leader line runs to, when the label had to move away from it. */
  leaderTo: { x: number; y: number } | null;
}

/** Each region's label in its top-left corner, moved down until it clears the labels before it and the marks. */
export function placeRegionLabels(regions: Region[], s: Scales, taken: Rect[]): PlacedLabel[] {
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


/** Where a leader line from `to` meets the label's box. */
export function leaderStart(box: Rect, to: { x: number; y: number }) {
  return { x: Math.min(Math.max(to.x, box.x), box.x + box.width), y: Math.min(Math.max(to.y, box.y), box.y + box.height) };
}

export function labelText(l: PlacedLabel) {
  return svg`<text x=${l.box.x} y=${l.box.y + ASCENT}>${l.text}</text>`;
}


export function patterns(chart: string) {
  return svg`<defs>
    <pattern id=${`${chart}-fill-0`} class="fill-0" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect class="bg" width="8" height="8" /><line class="ink" x1="0" y1="0" x2="0" y2="8" />
    </pattern>
    <pattern id=${`${chart}-fill-1`} class="fill-1" patternUnits="userSpaceOnUse" width="7" height="7">
      <rect class="bg" width="7" height="7" /><circle class="ink-dot" cx="3.5" cy="3.5" r="1.2" />
    </pattern>
    <pattern id=${`${chart}-fill-2`} class="fill-2" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(-45)">
      <rect class="bg" width="8" height="8" /><line class="ink" x1="0" y1="0" x2="0" y2="8" />
    </pattern>
    <pattern id=${`${chart}-fill-note`} class="fill-note" patternUnits="userSpaceOnUse" width="8" height="8">
      <rect class="bg" width="8" height="8" /><line class="ink" x1="0" y1="4" x2="8" y2="4" />
    </pattern>
  </defs>`;
}

/**
 * The calculator's chip: a ringed point; a dashed line at its first figure where the second is
 * unknown; a triangle at the edge, with its value, where it lies beyond the chart.
 */
export function chipMark(x: number | null, y: number | null, words: { unknown: string; beyond: () => string }, s: Scales) {
  if (x === null) return nothing;
  const across = s.x(x);
  if (y === null) {
    return svg`<g class="chip"><line class="unknown-pd" x1=${across} y1=${BOX.top} x2=${across} y2=${BOX.bottom} />
      <text x=${across + 5} y=${BOX.top + 24}>${words.unknown}</text></g>`;
  }
  if (x > s.xMax) {
    const up = s.y(y);
    return svg`<g class="chip"><path class="point" d="M ${BOX.right} ${up} l -12 -7 v 14 z" />
      <text x=${BOX.right - 14} y=${up - 10} text-anchor="end">${words.beyond()}</text></g>`;
  }
  if (y > s.yMax) {
    return svg`<g class="chip"><path class="point" d="M ${across} ${BOX.top} l 7 12 h -14 z" />
      <text x=${across + 10} y=${BOX.top + 12}>${words.beyond()}</text></g>`;
  }
  return svg`<g class="chip"><circle class="halo" cx=${across} cy=${s.y(y)} r="10" /><circle class="point" cx=${across} cy=${s.y(y)} r="5.5" /></g>`;
}

/** The frame, the grid and the ticks, and the axes' titles. */
export function axes(s: Scales, titles: { x: string; y: string }, ticks: { x: (t: number) => string; y: (t: number) => string }) {
  return svg`<g class="axes">
    <line x1=${BOX.left} y1=${BOX.bottom} x2=${BOX.right} y2=${BOX.bottom} />
    <line x1=${BOX.left} y1=${BOX.top} x2=${BOX.left} y2=${BOX.bottom} />
    ${s.xTicks.map((t) => svg`<line class="grid" x1=${s.x(t)} y1=${BOX.top} x2=${s.x(t)} y2=${BOX.bottom} />
      <text x=${s.x(t)} y=${BOX.bottom + 16} text-anchor="middle">${ticks.x(t)}</text>`)}
    ${s.yTicks.map((t) => svg`<line class="grid" x1=${BOX.left} y1=${s.y(t)} x2=${BOX.right} y2=${s.y(t)} />
      <text x=${BOX.left - 6} y=${s.y(t) + 4} text-anchor="end">${ticks.y(t)}</text>`)}
    <text class="title" x=${(BOX.left + BOX.right) / 2} y=${HEIGHT - 6} text-anchor="middle">${titles.x}</text>
    <text class="title" transform="translate(14 ${(BOX.top + BOX.bottom) / 2}) rotate(-90)" text-anchor="middle">${titles.y}</text>
  </g>`;
}

/** The regions' patterns with their names; hidden from assistive technology, as the caption says it all. */
export function legend(chart: string, regions: Region[], classifications: string[], nameOf: (region: Region) => string) {
  if (regions.length === 0) return nothing;
  return html`<ul class="legend" aria-hidden="true">
    ${regions.map((r) => html`<li>
      <svg class="swatch" viewBox="0 0 16 12" width="16" height="12">${regionShape(chart, r, classifications, { x: 1, y: 1, width: 14, height: 10 })}</svg>
      ${nameOf(r)}
    </li>`)}
  </ul>`;
}

/** A chart in its figure, folded behind a button at narrow widths, with its caption in words. */
export function chartFigure(ui: Ui, p: { chart: string; title: string; show: string; hide: string; expanded: boolean; onToggle: () => void; body: TemplateResult; legend: unknown; caption: TemplateResult }) {
  const figure = `${p.chart}-figure`;
  const caption = `${p.chart}-caption`;
  return html`<div class="chart" part="chart">
    <button type="button" part="button" class="chart-toggle" aria-expanded=${p.expanded ? 'true' : 'false'} aria-controls=${figure} @click=${p.onToggle}>
      ${p.expanded ? p.hide : p.show}
    </button>
    <figure id=${figure} class=${p.expanded ? 'expanded' : ''}>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${p.title} aria-describedby=${caption}>${p.body}</svg>
      ${p.legend}
      <figcaption><details><summary>${ui.m.chart.inWords}</summary>
        <div class="chart-caption" id=${caption}>${p.caption}</div></details></figcaption>
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
  .region.style-0 { stroke: var(--_controlled); }
  .region.style-1 { stroke: var(--_accent); }
  .region.style-2 { stroke: var(--_undecided); }
  .region.style-note { stroke: var(--_clear); }
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
  .chart-caption {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-top: 0.3rem;
  }
  /* Two charts, one at a time: the radio group that chooses, its legend on the same line. */
  .chart-column.switchable {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .chart-switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1.2rem;
  }
  .chart-switch-label {
    font-weight: 600;
  }
  .chart-pane:not(.chosen) {
    display: none;
  }
  @container ctc (max-width: 30rem) {
    /* Each chart folds behind its own button instead: both are there, and no group to choose. */
    .chart-column.switchable {
      gap: 0;
    }
    .chart-switch {
      display: none;
    }
    .chart-pane:not(.chosen) {
      display: block;
    }
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
