/**
 * Labelled form controls. Each control names its help text and its errors with aria-describedby
 * and marks itself aria-invalid, so a message is read with the field it belongs to.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import { isWhatIf } from '../../model/rule-set-shape.js';
import { icons } from './icons.js';
import { statusText, type CardUi } from './ui.js';

interface FieldBase {
  id: string;
  label: string | TemplateResult;
  help?: string | undefined;
  errors?: readonly string[] | undefined;
  className?: string;
}

function describedBy({ id, help, errors }: FieldBase): string | undefined {
  const ids = [help ? `${id}-help` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function notes({ id, help, errors }: FieldBase) {
  return html`${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}${errors?.length
    ? html`<p class="error" id="${id}-error">${icons.warning}<span>${errors.join(' ')}</span></p>`
    : nothing}`;
}

/** `type: 'date'` gives the browser's date control; its value is an ISO date, or '' until a whole date is entered. */
export function textField(field: FieldBase & { value: string; type?: 'text' | 'date'; decimal?: boolean; placeholder?: string; onInput: (value: string) => void }) {
  return html`<div class="field ${field.className ?? ''}">
    <label for=${field.id}>${field.label}</label>
    <input
      id=${field.id}
      type=${field.type ?? 'text'}
      inputmode=${field.decimal ? 'decimal' : 'text'}
      autocomplete="off"
      spellcheck="false"
      placeholder=${ifDefined(field.placeholder)}
      .value=${live(field.value)}
      aria-invalid=${field.errors?.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      @input=${(e: Event) => field.onInput((e.target as HTMLInputElement).value)}
    />
    ${notes(field)}
  </div>`;
}

interface SelectOption {
  value: string;
  label: string;
}

function options(list: readonly SelectOption[], value: string) {
  return list.map((o) => html`<option value=${o.value} .selected=${live(o.value === value)}>${o.label}</option>`);
}

/**
 * A select; `groups` (labelled option groups) follow the ungrouped `options`. A group's options
 * render again only when its list or the value changes: keep a long list (the countries) as one array.
 */
export function selectField(field: FieldBase & { value: string; options: readonly SelectOption[]; groups?: readonly { label: string; options: readonly SelectOption[] }[]; onChange: (value: string) => void }) {
  return html`<div class="field ${field.className ?? ''}">
    <label for=${field.id}>${field.label}</label>
    <select
      id=${field.id}
      aria-invalid=${field.errors?.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      @change=${(e: Event) => field.onChange((e.target as HTMLSelectElement).value)}
    >
      ${options(field.options, field.value)}
      ${(field.groups ?? []).filter((g) => g.options.length).map((g) => html`<optgroup label=${g.label}>${guard([g.options, field.value], () => options(g.options, field.value))}</optgroup>`)}
    </select>
    ${notes(field)}
  </div>`;
}

/**
 * The rule-set selector: every rule set by title, bills and drafts in a group of their own, and
 * (unless `brief`) the selected one's citation, date and status under it.
 */
export function ruleSetField(ui: CardUi, field: { id: string; value: string; described: ResolvedRuleSet; ruleSets: readonly ResolvedRuleSet[]; brief?: boolean; onChange: (id: string) => void }) {
  const { m, ruleSetWords } = ui;
  const described = field.described;
  const option = (r: ResolvedRuleSet) => ({ value: r.id, label: m.ruleSet.option(ruleSetWords.title(r)) });
  return selectField({
    id: field.id,
    label: m.ruleSet.label,
    value: field.value,
    options: field.ruleSets.filter((r) => !isWhatIf(r)).map(option),
    groups: [{ label: m.ruleSet.whatIf, options: field.ruleSets.filter(isWhatIf).map(option) }],
    help: field.brief ? undefined : m.ruleSet.summary(m.engine.date(described.effective), statusText(ui, described), described.citation.document),
    onChange: field.onChange,
  });
}

export function checkboxField(field: FieldBase & { checked: boolean; onChange: (checked: boolean) => void }) {
  return html`<div class="field checkbox ${field.className ?? ''}">
    <input
      id=${field.id}
      type="checkbox"
      .checked=${live(field.checked)}
      aria-invalid=${field.errors?.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      @change=${(e: Event) => field.onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${field.id}>${field.label}</label>
    ${notes(field)}
  </div>`;
}

export const fieldStyles = css`
  /* A group of fields (the chip's figures, the shipment, a training run's route), framed with its legend. */
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .field > label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .field.checkbox {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.25rem;
  }
  .field.checkbox > label {
    font-weight: normal;
  }
  .field.checkbox > .help,
  .field.checkbox > .error {
    flex-basis: 100%;
  }
`;
