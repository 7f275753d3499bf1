/**
 * The result panel: the verdict in words, the metrics with their formulas, what would change the
 * verdict, the chart, the clause table, the engine's explanation, warnings and the rule set's
 * source. Everything shown is read from the engine's `EvaluationResult`.
 */
import { css, html, nothing } from 'lit';
import {
  formatNumber, formatPercent, isWebUrl,
  type Boundary, type EvaluationResult, type FieldError, type Metrics, type ResolvedRuleSet,
} from '../core/index.js';
import { LOCALE, msg, verdictSentence } from '../i18n/messages.js';
import { renderClauseTable } from './clause-table.js';
import { metricDecimals, metricLabel, metricValue, signedNumber } from './format-condition.js';
import { icons } from './icons.js';
import { renderChart } from './threshold-chart.js';

export interface ResultPanelProps {
  result: EvaluationResult;
  ruleSet: ResolvedRuleSet;
  showChart: boolean;
  chartExpanded: boolean;
  onToggleChart: () => void;
  /** An engine error in the reader's words, and the id of its input when it has one. */
  describeError: (error: FieldError) => { text: string; input: string | null };
  /** The id of the input that settles a spec field the engine names ('dies', 'throughput', …). */
  inputForField: (field: string) => string | null;
  onFocusInput: (id: string) => void;
}

export const VERDICT_ICON = {
  controlled: icons.controlled,
  'not-controlled': icons.notControlled,
  indeterminate: icons.undecided,
  invalid: icons.invalid,
};

/** A link only for an http(s) address; anything else is shown as plain text. */
function webLink(url: string, text: string) {
  return isWebUrl(url)
    ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}<span class="vh"> ${msg.opensInNewTab}</span></a>`
    : html`<span>${text}</span>`;
}

function jumpButton(label: string, id: string | null, onFocus: (id: string) => void) {
  return id === null ? html`<span>${label}</span>` : html`<button type="button" class="link" @click=${() => onFocus(id)}>${label}</button>`;
}

function verdictDetails(props: ResultPanelProps) {
  const { result } = props;
  if (result.status === 'invalid') {
    return html`<ul class="verdict-errors">
      ${result.errors.map((e) => {
        const { text, input } = props.describeError(e);
        return html`<li>${jumpButton(text, input, props.onFocusInput)}</li>`;
      })}
    </ul>`;
  }
  const consequences = result.outcomes.filter((o) => o.met === true);
  return html`
    ${result.status === 'indeterminate' && result.possibleClassifications.length
      ? html`<p>${msg.verdictPossible(result.possibleClassifications)}</p>` : nothing}
    ${result.decidedBy.length
      ? html`<p class="decide">${msg.decideBy}
          ${result.decidedBy.map((d, i) => html`${i ? ', ' : ''}${jumpButton(d.label, props.inputForField(d.field ?? ''), props.onFocusInput)}`)}</p>`
      : nothing}
    ${consequences.length
      ? html`<p class="consequences"><span class="label">${msg.outcomesLabel}:</span> ${consequences.map((o) => o.title).join('; ')}</p>`
      : nothing}`;
}

/** The verdict block keeps one structure in every state, so that its live region is never replaced. */
function verdict(props: ResultPanelProps) {
  const { result, ruleSet } = props;
  return html`<div class="verdict ${result.status}" part="verdict">
    <span class="verdict-icon">${VERDICT_ICON[result.status]}</span>
    <div class="verdict-body">
      <p class="verdict-text" id="verdict-text" aria-live="polite">${verdictSentence(result)}</p>
      <p class="verdict-rule-set">${msg.verdictRuleSet(ruleSet.title)}</p>
      ${verdictDetails(props)}
    </div>
  </div>`;
}

function tppFormula(m: Metrics): string {
  if (m.tpp === null) return '';
  if (m.processingUnits.length > 1) {
    return msg.tppFromUnits(m.processingUnits.map((u) => msg.unitPart(u.name, metricValue('tpp', u.tpp))));
  }
  const basis = m.tppBasis;
  return basis ? msg.tppFromEntry(formatNumber(basis.denseTeraOps, 3, undefined, LOCALE), basis.bitLength, basis.format) : '';
}

function metrics(result: EvaluationResult) {
  const m = result.metrics;
  if (!m) return nothing;
  // The nearest boundary's threshold is the one a rounded figure could blur; show enough decimals to keep its side.
  const near = (metric: string) => (result.nearestBoundary?.metric === metric ? result.nearestBoundary.threshold : undefined);
  const extras = (['interconnectGBps', 'dramBandwidthGBps', 'memoryBandwidthDensity'] as const).filter((k) => m[k] !== null);
  return html`<section class="metrics" part="metrics" aria-labelledby="metrics-heading">
    <h4 id="metrics-heading">${msg.metricsHeading}</h4>
    <dl>
      <div class="metric">
        <dt>${msg.tppName}</dt>
        <dd>${m.tpp === null
          ? html`<span class="formula">${msg.tppUnknown}</span>`
          : html`<strong class="figure" id="tpp-value">${metricValue('tpp', m.tpp, near('tpp'))}</strong> <span class="formula">${tppFormula(m)}</span>`}</dd>
      </div>
      <div class="metric">
        <dt>${msg.pdName}</dt>
        <dd>${m.performanceDensity === null || m.tpp === null || m.applicableDieAreaMm2 === null
          ? html`<span class="formula">${msg.pdGap[m.performanceDensityGap ?? 'no-throughput']}</span>`
          : html`<strong class="figure" id="pd-value">${metricValue('performanceDensity', m.performanceDensity, near('performanceDensity'))}</strong>
              <span class="formula">${msg.pdFormula(metricValue('tpp', m.tpp), formatNumber(m.applicableDieAreaMm2, 2, undefined, LOCALE))}</span>`}</dd>
      </div>
      ${extras.map((k) => html`<div class="metric"><dt>${metricLabel(k)}</dt><dd>${metricValue(k, m[k] ?? '')}</dd></div>`)}
    </dl>
    ${m.entries.length
      ? html`<details class="entries">
          <summary>${msg.entriesLabel} (${m.entries.length})</summary>
          <ol>
            ${m.entries.map((e) => html`<li class=${e.decides ? 'decides' : ''}>
              ${msg.entryLine(e.format, formatNumber(e.value, 3, undefined, LOCALE), e.unit, e.sparse, formatNumber(e.denseTeraOps, 3, undefined, LOCALE), e.bitLength, formatNumber(e.tpp, 3, undefined, LOCALE))}
              ${e.decides ? html`<strong class="decides-tag">${icons.star} ${msg.decidesTpp}</strong>` : nothing}
            </li>`)}
          </ol>
        </details>`
      : nothing}
  </section>`;
}

function afterText(b: Boundary, result: EvaluationResult): string {
  const after = msg.verdictAfter(b.verdictAfter.status, b.verdictAfter.classification);
  const same = b.verdictAfter.status === result.status && b.verdictAfter.classification === result.classification;
  return same ? msg.sameVerdictOtherOutcome(after) : after;
}

function boundaryText(b: Boundary, result: EvaluationResult): string {
  if (b.lever === 'market') return msg.marketSwitch(b.to === 'true', afterText(b, result));
  const target = msg.boundaryTarget(b.strict, b.direction, metricValue(b.metric, b.to));
  const change = `${b.change === null ? '' : signedNumber(b.change, metricDecimals(b.metric))}${b.relativeChange === null ? '' : `, ${formatPercent(b.relativeChange, LOCALE)}`}`;
  const lever = b.lever === 'throughput'
    ? b.metric === 'tpp' ? msg.leverThroughputSameArea : msg.leverThroughput(formatPercent(b.leverTo ?? '0', LOCALE))
    : b.lever === 'dieArea' ? msg.leverDieArea(formatNumber(b.leverTo ?? '0', 2, undefined, LOCALE)) : '';
  return msg.boundaryLine(metricLabel(b.metric), target, change, lever, afterText(b, result));
}

function boundaries(result: EvaluationResult) {
  if (result.status === 'invalid' || result.status === 'indeterminate') return nothing;
  const nearest = result.nearestBoundary;
  const ordered = nearest ? [nearest, ...result.boundaries.filter((b) => b !== nearest)] : result.boundaries;
  return html`<section class="boundaries" part="boundaries" aria-labelledby="boundaries-heading">
    <h4 id="boundaries-heading">${msg.boundariesHeading}</h4>
    ${ordered.length
      ? html`<ul>${ordered.map((b) => html`<li class=${b === nearest ? 'nearest' : ''}>
          ${b === nearest ? html`<strong class="tag">${msg.nearest}:</strong>` : nothing} ${boundaryText(b, result)}
        </li>`)}</ul>`
      : html`<p>${msg.noBoundary}</p>`}
  </section>`;
}

function sentences(result: EvaluationResult, ruleSet: ResolvedRuleSet) {
  return html`
    ${result.explanation.length
      ? html`<section class="explanation" aria-labelledby="explanation-heading">
          <h4 id="explanation-heading">${msg.explanationHeading}</h4>
          <ul>${result.explanation.map((s) => html`<li>${s}</li>`)}</ul>
        </section>`
      : nothing}
    ${result.warnings.length
      ? html`<section class="warnings" part="warnings" aria-labelledby="warnings-heading">
          <h4 id="warnings-heading">${msg.warningsHeading}</h4>
          <ul>${result.warnings.map((w) => html`<li>${icons.warning}<span>${w}</span></li>`)}</ul>
        </section>`
      : nothing}
    <section class="citation" part="citation" aria-labelledby="citation-heading">
      <h4 id="citation-heading">${msg.citationHeading}</h4>
      <p>${webLink(ruleSet.citation.url, ruleSet.title)}:
        ${msg.citation(ruleSet.citation.document, ruleSet.citation.published, ruleSet.effective, ruleSet.status)}</p>
      ${ruleSet.sources.length
        ? html`<p class="sources"><span>${msg.sourcesLabel}:</span>
            ${ruleSet.sources.map((s, i) => html`${i ? '; ' : ''}${webLink(s.url, s.title)}`)}</p>`
        : nothing}
      ${ruleSet.caveats.length
        ? html`<details class="caveats">
            <summary>${msg.caveatsSummary(ruleSet.caveats.length)}</summary>
            <ul>${ruleSet.caveats.map((c) => html`<li>${c}</li>`)}</ul>
          </details>`
        : nothing}
    </section>`;
}

export function renderResultPanel(props: ResultPanelProps) {
  const { result, ruleSet } = props;
  const evaluated = result.status !== 'invalid';
  return html`<section class="result-panel" part="result-panel" aria-labelledby="result-heading">
    <h3 id="result-heading" class="vh">${msg.resultHeading}</h3>
    ${verdict(props)}
    ${evaluated ? metrics(result) : nothing}
    ${boundaries(result)}
    ${evaluated && props.showChart
      ? renderChart({ result, ruleSet, expanded: props.chartExpanded, onToggle: props.onToggleChart })
      : nothing}
    ${evaluated ? renderClauseTable(result) : nothing}
    ${sentences(result, ruleSet)}
  </section>`;
}

export const resultPanelStyles = css`
  .result-panel {
    container: result / inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
    min-width: 0;
  }
  .verdict {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: var(--_space);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .verdict.controlled {
    color: var(--_controlled);
  }
  .verdict.not-controlled {
    color: var(--_clear);
  }
  .verdict.indeterminate,
  .verdict.invalid {
    color: var(--_undecided);
  }
  .verdict-icon {
    font-size: 2rem;
    line-height: 1;
  }
  .verdict-body {
    color: var(--_text);
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    min-width: 0;
  }
  .verdict-text {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .verdict-rule-set {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .verdict-errors {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  button.link {
    display: inline;
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .consequences .label {
    font-weight: 600;
  }
  .metrics dl {
    display: grid;
    gap: 0.4rem;
    margin: 0;
  }
  .metric {
    display: grid;
    grid-template-columns: minmax(7rem, 13rem) 1fr;
    gap: 0.2rem 0.75rem;
  }
  .metric dt {
    font-weight: 600;
  }
  .metric dt::first-letter {
    text-transform: uppercase;
  }
  .metric dd {
    margin: 0;
  }
  .figure {
    font-size: 1.15em;
    font-variant-numeric: tabular-nums;
  }
  .formula {
    color: var(--_muted);
  }
  .entries {
    margin-top: 0.5rem;
    font-size: 0.9em;
  }
  .entries ol {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.4rem;
  }
  .entries li.decides {
    font-weight: 600;
  }
  .decides-tag {
    white-space: nowrap;
  }
  .boundaries ul,
  .explanation ul,
  .warnings ul,
  .caveats ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .boundaries li + li,
  .explanation li + li,
  .warnings li + li {
    margin-top: 0.25rem;
  }
  .boundaries li::first-letter {
    text-transform: uppercase;
  }
  .boundaries .nearest {
    font-weight: 600;
  }
  .warnings ul {
    list-style: none;
    padding: 0;
  }
  .warnings li {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
  }
  .warnings .icon {
    color: var(--_undecided);
  }
  .citation {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    font-size: 0.9em;
  }
  .sources > span {
    font-weight: 600;
  }
  @container result (max-width: 30rem) {
    .metric {
      grid-template-columns: 1fr;
    }
    .verdict {
      gap: 0.5rem;
      padding: calc(var(--_space) * 0.75);
    }
    .verdict-icon {
      font-size: 1.5rem;
    }
    .verdict-text {
      font-size: 1.1em;
    }
  }
`;
