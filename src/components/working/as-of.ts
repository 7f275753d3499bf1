/**
 * The as-of date: the rule set in force on a date, as the engine's `ruleSetInForce` chooses it
 * within the family of the rule set shown, with the engine's reason in the reader's words. A date
 * that is not one, or on which nothing was in force, is said so, and the rule set shown stays.
 *
 * Part: `as-of` (the date field and its sentence).
 */
import { css, html } from 'lit';
import { DEFAULT_FAMILY, asOfSentence, ruleSetInForce, type AsOfChoice } from '../../core/as-of.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import { textField } from '../controls/field.js';
import type { Ui } from '../controls/ui.js';

export const asOfStyles = css`
  .as-of input[type='date'] {
    max-width: 12rem;
  }
`;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export interface AsOfProps {
  ui: Ui;
  date: string | null;
  choice: AsOfChoice | null;
  /** The rule set shown, kept when the date chooses none. */
  shown: ResolvedRuleSet;
  available: readonly ResolvedRuleSet[];
  /** The date was cleared because the reader picked a rule set. */
  cleared: boolean;
  onInput: (date: string) => void;
}

/** The choice for `date` among `available`, in the family of the rule set shown. */
export function asOfChoice(date: string, shown: ResolvedRuleSet, available: readonly ResolvedRuleSet[]): AsOfChoice {
  return ruleSetInForce(date, shown.family ?? DEFAULT_FAMILY, available);
}

export function renderAsOf({ ui, date, choice, shown, available, cleared, onInput }: AsOfProps) {
  const { asOf } = ui.m;
  const reason = choice ? asOfSentence(choice.why, available, ui.m.engine, ui.ruleSetWords.title) : null;
  const failed = choice?.ruleSet === null;
  return html`<div class="as-of" part="as-of">
    ${textField({
      id: 'as-of', type: 'date', label: asOf.label,
      // Only the shape is checked: a year still being typed ("0002-01-15") must stay in the control,
      // and anything else it would drop with a console warning (the message says what was given).
      value: date !== null && DATE_SHAPE.test(date) ? date : '',
      help: failed ? undefined : reason ?? (cleared ? asOf.cleared : asOf.help),
      errors: failed && reason ? [asOf.kept(reason, ui.ruleSetWords.title(shown))] : undefined,
      onInput,
    })}
  </div>`;
}
