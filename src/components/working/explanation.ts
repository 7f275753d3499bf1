/**
 * Why: the engine's explanation and warnings as steps, worded in the reader's language; and the
 * rule set's citation, sources and caveats. Only http(s) addresses become links.
 *
 * Parts: `explanation`, `warnings`, `citation`.
 */
import { css, html, nothing } from 'lit';
import { renderSteps } from '../../core/evaluate.js';
import type { Words } from '../../core/explain/words.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import { isWebUrl } from '../../core/util.js';
import type { EvaluatedResult } from '../../core/verdict.js';
import { icons } from '../controls/icons.js';
import { statusText, type Ui } from '../controls/ui.js';

/** A link only for an http(s) address; anything else is shown as plain text. */
export function webLink(ui: Ui, url: string, text: string) {
  return isWebUrl(url)
    ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}<span class="vh"> ${ui.m.working.opensInNewTab}</span></a>`
    : html`<span>${text}</span>`;
}

export function renderExplanation(ui: Ui, w: Words, result: EvaluatedResult) {
  const { working } = ui.m;
  const explanation = renderSteps(result.steps, w, ui.m.engineSteps);
  const warnings = renderSteps(result.warningSteps, w, ui.m.engineSteps);
  return html`
    ${explanation.length
      ? html`<details class="explanation" part="explanation">
          <summary>${working.why(explanation.length)}</summary>
          <ul>${explanation.map((s) => html`<li>${s}</li>`)}</ul>
        </details>`
      : nothing}
    ${warnings.length
      ? html`<section class="warnings" part="warnings" aria-labelledby="warnings-heading">
          <h4 id="warnings-heading">${working.check}</h4>
          <ul>${warnings.map((s) => html`<li>${icons.warning}<span>${s}</span></li>`)}</ul>
        </section>`
      : nothing}`;
}

export function renderCitation(ui: Ui, ruleSet: ResolvedRuleSet) {
  const { working, engine } = ui.m;
  const caveats = ui.ruleSetWords.caveats(ruleSet);
  return html`<section class="citation-block" part="citation" aria-labelledby="citation-heading">
    <h4 id="citation-heading">${working.source}</h4>
    <p>${webLink(ui, ruleSet.citation.url, ui.ruleSetWords.title(ruleSet))}:
      ${working.citation(ruleSet.citation.document, engine.date(ruleSet.citation.published), engine.date(ruleSet.effective), statusText(ui, ruleSet))}</p>
    ${ruleSet.sources.length
      ? html`<p class="sources"><span>${working.sources}:</span>
          ${ruleSet.sources.map((s, i) => html`${i ? '; ' : ''}${webLink(ui, s.url, s.title)}`)}</p>`
      : nothing}
    ${caveats.length
      ? html`<details class="caveats">
          <summary>${working.caveats(caveats.length)}</summary>
          <ul>${caveats.map((c) => html`<li>${c}</li>`)}</ul>
        </details>`
      : nothing}
  </section>`;
}

export const explanationStyles = css`
  .explanation ul,
  .warnings ul,
  .caveats ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .explanation > summary {
    font-weight: 600;
  }
  .explanation > ul {
    margin-top: 0.4rem;
  }
  .explanation li + li,
  .warnings li + li {
    margin-top: 0.25rem;
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
  .citation-block {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    font-size: 0.9em;
  }
  .sources > span {
    font-weight: 600;
  }
`;
