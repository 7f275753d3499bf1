/**
 * The chart: TPP (log scale) against performance density, the selected rule set's regions shaded,
 * patterned and labelled, the catalog's chips as faint points and this chip as a marked point. The
 * figcaption says the same in words. At narrow widths the chart folds behind a button.
 */
import { css, html, nothing, svg } from 'lit';
import { formatNumber, type EvaluationResult, type ResolvedRuleSet } from '../core/index.js';
import { LOCALE, msg } from '../i18n/messages.js';
import { catalogPointsOf, regionsOf, scalesOf, type Region, type Scales } from './chart-geometry.js';
import { conditionText, metricValue } from './format-condition.js';

export interface ChartProps {
  result: EvaluationResult;
  ruleSet: ResolvedRuleSet;
  /** Whether the folded chart is shown at narrow widths. */
  expanded: boolean;
  onToggle: () => void;
}

const WIDTH = 560;
const HEIGHT = 300;
const BOX = { left: 52, right: WIDTH - 28, top: 10, bottom: HEIGHT - 42 };
const PATTERN_COUNT = 3;
const LABEL_HEIGHT = 13;
/** An approximate label width per character at the chart's font size, for keeping labels apart. */
const CHAR_WIDTH = 6.3;

const isNumber = (v: number | null): v is number => v !== null;

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

/**
 * Puts each label in its region's top-left corner, moved down until it overlaps no earlier label
 * and not the chip's point.
 */
function placeLabels(regions: Region[], s: Scales, point: { x: number; y: number } | null) {
  const placed: { x: number; y: number; width: number; text: string }[] = [];
  if (point) placed.push({ x: point.x - 12, y: point.y + LABEL_HEIGHT / 2, width: 24, text: '' });
  for (const region of regions) {
    const rect = rectOf(region, s);
    if (rect.width <= 0 || rect.height <= 0) continue;
    const width = region.label.length * CHAR_WIDTH;
    const x = Math.min(rect.x + 4, BOX.right - width - 2);
    let y = rect.y + LABEL_HEIGHT;
    const overlaps = (yy: number) => placed.some((p) => Math.abs(p.y - yy) < LABEL_HEIGHT && x < p.x + p.width && p.x < x + width);
    while (overlaps(y) && y + LABEL_HEIGHT <= BOX.bottom) y += LABEL_HEIGHT;
    placed.push({ x, y, width, text: region.label });
  }
  return placed.filter((p) => p.text !== '');
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

function axes(s: Scales) {
  return svg`<g class="axes">
    <line x1=${BOX.left} y1=${BOX.bottom} x2=${BOX.right} y2=${BOX.bottom} />
    <line x1=${BOX.left} y1=${BOX.top} x2=${BOX.left} y2=${BOX.bottom} />
    ${s.xTicks.map((t) => svg`<line class="grid" x1=${s.x(t)} y1=${BOX.top} x2=${s.x(t)} y2=${BOX.bottom} />
      <text x=${s.x(t)} y=${BOX.bottom + 16} text-anchor="middle">${formatNumber(String(t), 0, undefined, LOCALE)}</text>`)}
    ${s.yTicks.map((t) => svg`<line class="grid" x1=${BOX.left} y1=${s.y(t)} x2=${BOX.right} y2=${s.y(t)} />
      <text x=${BOX.left - 6} y=${s.y(t) + 4} text-anchor="end">${formatNumber(String(t), 2, undefined, LOCALE)}</text>`)}
    <text class="title" x=${(BOX.left + BOX.right) / 2} y=${HEIGHT - 6} text-anchor="middle">${msg.chartAxisX}</text>
    <text class="title" transform="translate(14 ${(BOX.top + BOX.bottom) / 2}) rotate(-90)" text-anchor="middle">${msg.chartAxisY}</text>
  </g>`;
}

function chipMark(tpp: number | null, pd: number | null, pdText: string, s: Scales) {
  if (tpp === null) return nothing;
  const x = s.x(tpp);
  if (pd === null) {
    return svg`<g class="chip"><line class="unknown-pd" x1=${x} y1=${BOX.top} x2=${x} y2=${BOX.bottom} />
      <text x=${x + 5} y=${BOX.top + 24}>${msg.valueUnknown}</text></g>`;
  }
  if (pd > s.yMax) {
    return svg`<g class="chip"><path class="point" d="M ${x} ${BOX.top} l 7 12 h -14 z" />
      <text x=${x + 10} y=${BOX.top + 12}>${msg.chartBeyond(pdText)}</text></g>`;
  }
  return svg`<g class="chip"><circle class="halo" cx=${x} cy=${s.y(pd)} r="10" /><circle class="point" cx=${x} cy=${s.y(pd)} r="5.5" /></g>`;
}

function caption(result: EvaluationResult, regions: Region[], undrawn: string[]) {
  const metrics = result.metrics;
  const regionText = (r: Region) => {
    const also = r.also.length ? `; ${msg.chartAlso(r.also.map(conditionText))}` : '';
    return `${msg.chartRegion(r.label, r.drawn.map(conditionText))}${also}`;
  };
  const holding = [
    ...result.clauses.filter((c) => c.met === true).map((c) => c.id),
    ...result.exclusions.filter((e) => e.met === true).map((e) => e.title),
  ];
  const point = !metrics?.tpp
    ? msg.chartNoPoint
    : metrics.performanceDensity === null
      ? msg.chartPointNoPd(metricValue('tpp', metrics.tpp))
      : `${msg.chartPoint(metricValue('tpp', metrics.tpp), metricValue('performanceDensity', metrics.performanceDensity))} ${holding.length ? msg.chartInside(holding) : msg.chartOutside}`;
  return html`<p>${msg.chartIntro} ${regions.length ? msg.chartRegions(regions.map(regionText)) : msg.chartNoRegions}
    ${undrawn.length ? msg.chartUndrawn(undrawn) : nothing}</p>
    <p>${point} ${msg.chartCatalog}</p>`;
}

function legend(regions: Region[], classifications: string[]) {
  if (regions.length === 0) return nothing;
  return html`<ul class="legend" aria-hidden="true">
    ${regions.map((r) => html`<li>
      <svg class="swatch" viewBox="0 0 16 12" width="16" height="12"><rect class="region ${styleClass(r, classifications)} ${stateClass(r)}" x="1" y="1" width="14" height="10" /></svg>
      ${r.label}${r.kind === 'exclusion' ? ` (${msg.chartLegendNote})` : ''}
    </li>`)}
  </ul>`;
}

export function renderChart({ result, ruleSet, expanded, onToggle }: ChartProps) {
  const { regions, undrawn } = regionsOf(ruleSet, result);
  const classifications = [...new Set(regions.map((r) => r.classification).filter((c): c is string => c !== null))];
  const tpp = result.metrics?.tpp ? Number(result.metrics.tpp) : null;
  const pdText = result.metrics?.performanceDensity ?? null;
  const pd = pdText === null ? null : Number(pdText);
  const points = catalogPointsOf();
  const s = scalesOf(
    BOX,
    [...regions.flatMap((r) => [r.tpp.min, r.tpp.max]).filter(isNumber), ...points.map((p) => p.tpp), ...(tpp === null ? [] : [tpp])],
    regions.flatMap((r) => [r.pd.min, r.pd.max]).filter(isNumber),
    pd,
  );
  // Least severe first, so that the most severe region and the notes are painted on top.
  const painted = [...regions.filter((r) => r.kind === 'clause').reverse(), ...regions.filter((r) => r.kind === 'exclusion')];
  return html`<div class="chart" part="chart">
    <button type="button" part="button" class="chart-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="chart-figure" @click=${onToggle}>
      ${expanded ? msg.chartHide : msg.chartShow}
    </button>
    <figure id="chart-figure" class=${expanded ? 'expanded' : ''}>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${msg.chartTitle} aria-describedby="chart-caption">
        ${patterns()}
        ${axes(s)}
        <g class="regions">
          ${painted.map((r) => { const rect = rectOf(r, s); return rect.width > 0 && rect.height > 0
            ? svg`<rect class="region ${styleClass(r, classifications)} ${stateClass(r)}" x=${rect.x} y=${rect.y} width=${rect.width} height=${rect.height} />`
            : nothing; })}
        </g>
        <g class="catalog">
          ${points.filter((p) => p.pd !== null && p.pd <= s.yMax).map((p) => svg`<circle cx=${s.x(p.tpp)} cy=${s.y(p.pd!)} r="2.6" />`)}
        </g>
        <g class="labels">
          ${placeLabels(regions, s, tpp !== null && pd !== null ? { x: s.x(tpp), y: s.y(pd) } : null).map((l) => svg`<text x=${l.x} y=${l.y}>${l.text}</text>`)}
        </g>
        ${chipMark(tpp, pd, pdText === null ? '' : metricValue('performanceDensity', pdText), s)}
      </svg>
      ${legend(regions, classifications)}
      <figcaption id="chart-caption">${caption(result, regions, undrawn)}</figcaption>
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
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
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
    .ink, .region, .chip .halo, .chip .unknown-pd { stroke: CanvasText; }
    .ink-dot, .chip .point, .catalog circle { fill: CanvasText; }
    .labels text, .chip text, .axes text { fill: CanvasText; stroke: Canvas; }
  }
`;
