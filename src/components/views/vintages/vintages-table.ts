/**
 * The chip under every built-in rule set: one row per rule set with its effective date, status and
 * the engine's verdict in words and an icon, so that a reader sees at a glance which rule caught
 * the chip and which did not. A rule set's name selects it. At narrow widths each row stacks into
 * labelled lines.
 *
 * Part: `vintages-table` (the table; the folded section around it is `vintages`).
 */
import { css, html, nothing } from 'lit';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { ChipSpec } from '../../../core/spec.js';
import { evaluateVerdict, prepareSpec, type EvaluationResult } from '../../../core/verdict.js';
import { statusText, type Ui } from '../../controls/ui.js';
import { VERDICT_ICON, verdictBrief, verdictDetails } from '../../controls/verdict-brief.js';

const ownStyles = css`
  .vintages {
    container: vintages / inline-size;
    min-width: 0;
  }
  .vintages table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .vintages caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.4rem;
  }
  .vintages th,
  .vintages td {
    text-align: start;
    vertical-align: top;
    padding: 0.3rem 0.45rem;
    border-top: 1px solid var(--_border);
  }
  .vintages thead th {
    font-size: 0.85em;
    color: var(--_muted);
    border-top: 0;
    border-bottom: 2px solid var(--_border);
  }
  .vintages tbody th {
    font-weight: normal;
  }
  .vintages tr.shown {
    background: var(--_raised);
  }
  .vintages .shown-tag {
    font-weight: 600;
  }
  /* A status may be a phrase ("a withdrawn draft, never published"): only the date stays on one line. */
  .vintages .date {
    white-space: nowrap;
  }
  .vintages .verdict-cell {
    display: flex;
    gap: 0.35rem;
    align-items: baseline;
    font-weight: 600;
  }
  .vintages .controlled .verdict-cell {
    color: var(--_controlled);
  }
  .vintages .not-controlled .verdict-cell {
    color: var(--_clear);
  }
  .vintages .indeterminate .verdict-cell,
  .vintages .invalid .verdict-cell {
    color: var(--_undecided);
  }
  .vintages > .help {
    margin-top: 0.3rem;
  }
  @container vintages (max-width: 30rem) {
    .vintages thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .vintages tbody tr {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.2rem 0.5rem;
      padding: 0.4rem 0.45rem;
      border-top: 1px solid var(--_border);
    }
    .vintages tbody th,
    .vintages tbody td {
      display: flex;
      flex-direction: column;
      padding: 0;
      border: 0;
    }
    .vintages tbody th,
    .vintages tbody td.verdict-col {
      grid-column: 1 / -1;
    }
    .vintages tbody td::before {
      content: attr(data-label);
      color: var(--_muted);
      font-size: 0.8em;
      font-weight: normal;
    }
  }
`;

export interface Vintage {
  ruleSet: ResolvedRuleSet;
  result: EvaluationResult;
}

export interface VintagesProps {
  ui: Ui;
  vintages: readonly Vintage[];
  /** Id of the rule set shown above (its row is evaluated with the reader's thresholds, if any). */
  shown: string;
  onSelect: (id: string) => void;
}

/**
 * One evaluation per built-in rule set, the one shown replaced by `custom` (the shown rule set
 * with the reader's thresholds): run when the spec changes, not on every render.
 */
export function vintagesOf(spec: ChipSpec, ruleSets: readonly ResolvedRuleSet[], custom: ResolvedRuleSet, shownId: string): Vintage[] {
  const prepared = prepareSpec(spec);
  return ruleSets.map((published) => {
    const ruleSet = published.id === shownId ? custom : published;
    return { ruleSet, result: evaluateVerdict(prepared, ruleSet) };
  });
}

function verdictText(ui: Ui, ruleSet: ResolvedRuleSet, result: EvaluationResult): string {
  if (result.status === 'invalid') return ui.m.brief.invalid;
  const brief = verdictBrief(ui, result, ruleSet);
  const detail = verdictDetails(ui, result, ruleSet);
  return detail.length ? ui.m.brief.withDetails(brief, ui.m.brief.details(detail)) : brief;
}

export function renderVintagesTable({ ui, vintages, shown, onSelect }: VintagesProps) {
  const { vintages: v, engine } = ui.m;
  return html`<div class="vintages">
    <table part="vintages-table" aria-describedby="vintages-help">
      <caption>${v.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${v.ruleSet}</th>
          <th scope="col">${v.effective}</th>
          <th scope="col">${v.status}</th>
          <th scope="col">${v.verdict}</th>
        </tr>
      </thead>
      <tbody>
        ${vintages.map(({ ruleSet, result }) => {
          const isShown = ruleSet.id === shown || ruleSet.derivedFrom === shown;
          const id = ruleSet.derivedFrom ?? ruleSet.id;
          return html`<tr class="${result.status} ${isShown ? 'shown' : ''}">
            <th scope="row">
              <span><button type="button" class="link" aria-current=${isShown ? 'true' : 'false'} @click=${() => onSelect(id)}>${ui.ruleSetWords.title(ruleSet)}</button>
              ${isShown ? html`<span class="shown-tag">${v.shown}</span>` : nothing}</span>
            </th>
            <td data-label=${v.effective}><span class="date">${engine.date(ruleSet.effective)}</span></td>
            <td data-label=${v.status}><span class="status">${statusText(ui, ruleSet)}</span></td>
            <td data-label=${v.verdict} class="verdict-col"><span class="verdict-cell">${VERDICT_ICON[result.status]}<span>${verdictText(ui, ruleSet, result)}</span></span></td>
          </tr>`;
        })}
      </tbody>
    </table>
    <p class="help" id="vintages-help">${v.help}</p>
  </div>`;
}

/** Adopted into the shadow root when this chunk arrives. */
export const styles = [ownStyles];
