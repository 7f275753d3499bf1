/**
 * What the compare and catalog tables share: a scroll region that keeps a wide table from widening
 * the page (labelled by the table's caption, and focusable so that the keyboard can scroll it), the
 * tables' look with the row headings kept in view while scrolling, and how a metric reads in a cell.
 */
import { css, html, type TemplateResult } from 'lit';
import type { Words } from '../../core/explain/words.js';
import type { EvaluationResult } from '../../core/verdict.js';
import type { Ui } from './ui.js';

export const dataTableStyles = css`
  /* Positioned, so that visually hidden text in the table scrolls with it instead of widening the page. */
  .table-scroll {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .scroll-hint {
    display: none;
    margin-bottom: 0.3rem;
  }
  @container ctc (max-width: 48rem) {
    .scroll-hint {
      display: block;
    }
  }
  /* Separate borders: collapsed ones are drawn a pixel apart in some columns, and leave the sticky column. */
  .data-table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  /* The caption stays in view while the table scrolls under it. */
  .data-table caption {
    position: sticky;
    left: 0;
    max-width: calc(100cqi - 2 * var(--_space) - 2px);
    padding: 0.5rem 0.6rem;
    text-align: start;
    font-weight: 600;
  }
  .data-table th,
  .data-table td {
    padding: 0.4rem 0.6rem;
    text-align: start;
    vertical-align: top;
    border-top: 1px solid var(--_border);
    overflow-wrap: normal;
  }
  .data-table thead th {
    vertical-align: bottom;
    background: var(--_raised);
    font-size: 0.9em;
  }
  .data-table th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    min-width: 8rem;
    background: var(--_surface);
  }
  .data-table thead th:first-child {
    position: sticky;
    left: 0;
    z-index: 2;
  }
  .data-table .num {
    text-align: end;
    white-space: nowrap;
  }
  .data-table .detail {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: normal;
  }
`;

/** A wide table in a region of its own that scrolls sideways; `labelledBy` is the id of the table's caption. */
export function scrollRegion({ m }: Ui, labelledBy: string, table: TemplateResult) {
  return html`<div class="table-region">
    <p class="help scroll-hint">${m.compare.scrollHint}</p>
    <div class="table-scroll" role="region" aria-labelledby=${labelledBy} tabindex="0">${table}</div>
  </div>`;
}

/** TPP or PD as a table shows it: "unknown", or "none" when no die counts. */
export function tableMetric(ui: Ui, words: Words, metric: 'tpp' | 'performanceDensity', result: EvaluationResult): string {
  const metrics = result.metrics;
  const value = metrics?.[metric];
  if (value === null || value === undefined) {
    return metric === 'performanceDensity' && metrics?.performanceDensityGap === 'no-non-planar-die' ? ui.m.table.none : ui.m.table.unknown;
  }
  return words.figure(metric, value);
}
