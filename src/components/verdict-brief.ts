/**
 * A verdict in a table cell: the icon and a few words (never colour alone), and under them the note
 * that takes the chip out, what would decide it, or the consequences; all read from the engine's
 * result.
 */
import { css, html, nothing } from 'lit';
import type { EvaluationResult } from '../core/index.js';
import { msg } from '../i18n/messages.js';
import { VERDICT_ICON } from './result-panel.js';

export const verdictBriefStyles = css`
  .verdict-brief {
    display: inline-flex;
    gap: 0.35rem;
    align-items: baseline;
    text-align: start;
  }
  .verdict-brief > .icon {
    flex: none;
  }
  .verdict-brief.controlled > .icon {
    color: var(--_controlled);
  }
  .verdict-brief.not-controlled > .icon {
    color: var(--_clear);
  }
  .verdict-brief.indeterminate > .icon,
  .verdict-brief.invalid > .icon {
    color: var(--_undecided);
  }
  .verdict-brief strong {
    display: block;
    white-space: nowrap;
  }
  .verdict-brief .detail {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
`;

/** The verdict in a few words: "Controlled: 3A090.a", "Not controlled", "Cannot tell". */
export function verdictBrief(result: EvaluationResult): string {
  switch (result.status) {
    case 'controlled':
      return msg.verdictBriefControlled(result.classification ?? '');
    case 'not-controlled':
      return msg.verdictBriefNotControlled;
    case 'indeterminate':
      return msg.verdictBriefUndecided;
    default:
      return msg.verdictBriefInvalid;
  }
}

/** What the brief verdict leaves out: the note that applies, what would decide it, and the consequences. */
export function verdictDetails(result: EvaluationResult): string[] {
  const note = result.exclusions.find((e) => e.id === result.excludedBy);
  return [
    ...(note ? [msg.verdictBriefExcluded(note.title)] : []),
    ...(result.decidedBy.length ? [msg.verdictBriefNeeds([...new Set(result.decidedBy.map((d) => d.label))])] : []),
    ...(result.status === 'invalid' ? [msg.verdictBriefErrors(result.errors.length)] : []),
    ...result.outcomes.filter((o) => o.met === true).map((o) => o.title),
  ];
}

export function renderVerdictBrief(result: EvaluationResult) {
  const details = verdictDetails(result);
  return html`<span class="verdict-brief ${result.status}">${VERDICT_ICON[result.status]}<span>
    <strong>${verdictBrief(result)}</strong>
    ${details.length ? html`<span class="detail">${details.join('; ')}</span>` : nothing}
  </span></span>`;
}
