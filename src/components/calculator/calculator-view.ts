/**
 * The calculator's layout: notices, the answer card, and, once unfolded, the working's parts beside
 * it (the figures form, the clause-by-clause table, the chart, the explanation, the sources, and the
 * folded extras). Wide, the H20's full layout keeps within 1,600 px (design.md). At narrow widths a bar keeps the verdict in view above the form. Everything is
 * rendered from what the host worked out; nothing here evaluates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { icons } from '../controls/icons.js';
import type { CardUi } from '../controls/ui.js';
import { VERDICT_ICON } from '../controls/verdict-brief.js';
import { renderCard, verdictHeadline, type CardProps } from '../card/answer-card.js';

/** The working's parts, each rendered once (working/working.ts) and placed by the layout. */
export interface WorkingParts {
  figures: TemplateResult;
  check: TemplateResult;
  chart: TemplateResult | typeof nothing;
  why: TemplateResult;
  source: TemplateResult;
  extras: TemplateResult;
}

export interface CalculatorProps {
  ui: CardUi;
  /** Wide enough for two columns (see controllers/width.ts). */
  wide: boolean;
  notices: readonly string[];
  card: CardProps;
  /** The working's parts, once unfolded; "loading" while its chunk is on its way. */
  working: WorkingParts | 'loading' | null;
  /** Printing: one column, and the working only if its code is there (a printed page has no "Loading…"). */
  printing: boolean;
}

function renderNotices(ui: CardUi, notices: readonly string[]) {
  return html`<div class="notices ${notices.length ? '' : 'empty'}" part="notices" role="status" aria-label=${ui.m.noticesLabel}>${notices.length
    ? html`<ul>${notices.map((text) => html`<li>${icons.warning}<span>${text}</span></li>`)}</ul>`
    : nothing}</div>`;
}

/** The verdict in one line, kept in view above the form while the reader types (narrow widths). */
function verdictBar(props: CalculatorProps) {
  const shown = props.card.shown;
  if (!shown) return nothing;
  return html`<div class="verdict-bar ${shown.status} ${props.card.errors.length ? 'stale' : ''}" aria-hidden="true">
    ${VERDICT_ICON[shown.status]}<span>${verdictHeadline(props.ui, shown, props.card.ruleSet)}</span>
  </div>`;
}

export function renderCalculator(props: CalculatorProps) {
  const { ui, card } = props;
  const working = props.printing && props.working === 'loading' && !card.working ? null : props.working;
  const answer = html`<div class="answer-column">${renderCard(card)}</div>`;
  if (!working) {
    return html`<div class="calculator" part="base" lang=${ui.language}>${renderNotices(ui, props.notices)}${answer}</div>`;
  }
  if (working === 'loading') {
    return html`<div class="calculator unfolded" part="base" lang=${ui.language}>${renderNotices(ui, props.notices)}${answer}
      <div class="working" id="working" part="working"><p class="help">${ui.m.working.loading}</p></div></div>`;
  }
  const p = working;
  // Wide: two columns, each read top to bottom (the answer and its checks; the figures, the chart and
  // the extras, which the shorter column has room for: a row of their own under both cost 170 px).
  // Narrow: one column, the form right under the answer, the verdict kept in view above it.
  return props.wide && !props.printing
    ? html`<div class="calculator unfolded wide" part="base" lang=${ui.language}>
        ${renderNotices(ui, props.notices)}
        <div class="columns" id="working" part="working">
          <div class="column">${answer}${p.check}${p.why}${p.source}</div>
          <div class="column">${p.figures}${p.chart}${p.extras}</div>
        </div>
      </div>`
    : html`<div class="calculator unfolded" part="base" lang=${ui.language}>
        ${renderNotices(ui, props.notices)}${answer}${verdictBar(props)}
        <div class="working" id="working" part="working">${p.figures}${p.check}${p.chart}${p.why}${p.source}${p.extras}</div>
      </div>`;
}
