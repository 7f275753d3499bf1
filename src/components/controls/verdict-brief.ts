/**
 * A verdict in a table cell: the icon and a few words (never colour alone), and under them the note
 * that takes the chip out, what would decide it, or the consequences; all read from the engine's
 * result.
 */
import { css, html, nothing } from 'lit';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import type { EvaluationResult } from '../../core/verdict.js';
import { icons } from './icons.js';
import type { CardUi } from './ui.js';

export const VERDICT_ICON = {
  controlled: icons.controlled,
  'not-controlled': icons.notControlled,
  indeterminate: icons.undecided,
  invalid: icons.invalid,
};

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
export function verdictBrief({ m, ruleSetWords }: CardUi, result: EvaluationResult, ruleSet: ResolvedRuleSet): string {
  switch (result.status) {
    case 'controlled':
      return m.brief.controlled(ruleSetWords.classification(ruleSet, result.classification ?? ''));
    case 'not-controlled':
      return m.brief.notControlled;
    case 'indeterminate':
      return m.brief.undecided;
    default:
      return m.brief.invalid;
  }
}

/** The inputs that would settle an open answer, in the reader's words. */
export function neededInputs({ m }: CardUi, result: EvaluationResult): string {
  return m.engine.and([...new Set(result.decidedBy.map((d) => m.engine.input[d.input]))]);
}

/** What the brief verdict leaves out: the note that applies, what would decide it, and the consequences. */
export function verdictDetails(ui: CardUi, result: EvaluationResult, ruleSet: ResolvedRuleSet): string[] {
  const { m } = ui;
  if (result.status === 'invalid') return [m.brief.errors(result.errors.length)];
  const title = (id: string) => ui.ruleSetWords.item(ruleSet, id).title;
  return [
    ...(result.excludedBy ? [m.brief.excluded(title(result.excludedBy))] : []),
    ...(result.decidedBy.length ? [m.brief.needs(neededInputs(ui, result))] : []),
    ...result.outcomes.filter((o) => o.met === true).map((o) => title(o.id)),
  ];
}

/** The verdict in a cell, under `ruleSet` (the rule set the result was evaluated under). */
export function renderVerdictBrief(ui: CardUi, result: EvaluationResult, ruleSet: ResolvedRuleSet) {
  const details = verdictDetails(ui, result, ruleSet);
  return html`<span class="verdict-brief ${result.status}">${VERDICT_ICON[result.status]}<span>
    <strong>${verdictBrief(ui, result, ruleSet)}</strong>
    ${details.length ? html`<span class="detail">${ui.m.brief.details(details)}</span>` : nothing}
  </span></span>`;
}
