/**
 * The threshold editor: a folded section with the comparison and threshold of every condition on
 * a number in the selected rule set, and above it, whenever something was changed, a marker that
 * says what differs from the published rule set and which thresholds the verdict uses while a
 * typed one is invalid, with a reset. It renders the host's `CustomThresholds` and hands every
 * change back; the engine derives and checks the rule set.
 *
 * Parts: `threshold-editor` (the folded section), `custom-marker`.
 */
import { css, html, nothing } from 'lit';
import type { Words } from '../../../core/explain/words.js';
import { METRICS } from '../../../core/metrics/registry.js';
import type { ConditionRef, ThresholdChange } from '../../../core/rules/edit.js';
import type { Condition, Operator } from '../../../core/rules/types.js';
import { conditionKey, editOf, editableItems, type CustomThresholds, type EditableItem } from '../../../model/threshold-edits.js';
import { selectField, textField } from '../../controls/field.js';
import { visuallyHidden } from '../../controls/theme.js';
import { icons } from '../../controls/icons.js';
import type { Ui } from '../../controls/ui.js';
import { fieldErrorText } from '../../controls/input-labels.js';

const ownStyles = css`
  .custom-marker {
    grid-column: 1 / -1;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.35rem;
    padding: 0.5rem 0.75rem;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
  }
  .custom-marker .headline {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    font-weight: 600;
  }
  .custom-marker ul {
    margin: 0;
    padding-inline-start: 1.4rem;
  }
  .threshold-editor > summary {
    font-weight: 600;
  }
  .threshold-editor > * + * {
    margin-top: 0.5rem;
  }
  .threshold-items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: var(--_space);
    align-items: start;
  }
  .threshold-item {
    margin: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .threshold-item legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  /* One line per condition: its name, the comparison, the threshold; the name labels both visibly,
     so their own labels are for assistive technology only. */
  .condition-edit {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.5rem;
    align-items: center;
  }
  .condition-edit .field {
    display: contents;
  }
  .condition-edit label {
    ${visuallyHidden}
  }
  .condition-title {
    flex: 0 1 auto;
    min-width: 2.5rem;
    font-weight: 600;
  }
  .condition-title::first-letter,
  .threshold-item > .help::first-letter {
    text-transform: uppercase;
  }
  .condition-edit select {
    flex: 0 0 7rem;
  }
  .condition-edit input {
    flex: 1 1 4rem;
  }
  .condition-edit .help,
  .condition-edit .error {
    flex-basis: 100%;
  }
`;

export interface ThresholdEditorProps {
  ui: Ui;
  words: Words;
  custom: CustomThresholds;
  onEdit: (ref: ConditionRef, change: { op?: Operator; threshold?: string }) => void;
  onReset: () => void;
  onFocusInput: (id: string) => void;
}

/** What wording a change needs. */
type ChangeWords = Pick<ThresholdEditorProps, 'ui' | 'words' | 'custom'>;

/** Ids by position: item ids ("3A090.a.1") do not make safe element ids. */
const fieldId = (position: number, index: number) => `edit-${position}-${index}`;

function conditionText({ words }: ChangeWords, c: Pick<Condition, 'metric' | 'op' | 'threshold'>): string {
  return words.condition(c.metric, c.op, String(c.threshold));
}

function changeText(props: ChangeWords, { item, metric, from, to }: ThresholdChange): string {
  const m = metric as Condition['metric'];
  const label = props.ui.ruleSetWords.item(props.custom.base, item).label;
  return props.ui.m.thresholds.change(label, conditionText(props, { metric: m, ...to }), props.words.requirement(m, from.op, from.threshold));
}

function conditionRow(props: ThresholdEditorProps, item: EditableItem, position: number, c: EditableItem['conditions'][number]) {
  const { thresholds } = props.ui.m;
  if (!c.editable) return html`<p class="help">${thresholds.fixed(conditionText(props, c.condition))}</p>`;
  const ref = { item: item.id, index: c.index };
  const id = fieldId(position, c.index);
  const edit = editOf(props.custom.draft, ref);
  const title = thresholds.conditionTitle(props.ui.m.engine.metric[c.condition.metric], METRICS[c.condition.metric].unit);
  const operators = Object.entries(thresholds.operator).map(([value, label]) => ({ value, label }));
  return html`<div class="condition-edit">
    <span class="condition-title">${title}</span>
    ${selectField({
      id: `${id}-op`, label: thresholds.operatorLabel(title), value: edit?.op ?? c.condition.op, options: operators,
      onChange: (op) => props.onEdit(ref, { op: op as Operator }),
    })}
    ${textField({
      id: `${id}-threshold`, label: thresholds.thresholdLabel(title), value: edit?.threshold ?? String(c.condition.threshold), decimal: true,
      help: edit ? thresholds.published(props.words.requirement(c.condition.metric, c.condition.op, String(c.condition.threshold))) : undefined,
      errors: props.custom.errors.get(conditionKey(ref))?.map((e) => fieldErrorText(props.ui, e)),
      onInput: (threshold) => props.onEdit(ref, { threshold }),
    })}
  </div>`;
}

/** Buttons that take the reader to each threshold the engine refused, opening the editor. */
function invalidFields(props: ThresholdEditorProps, items: EditableItem[]) {
  const { errors } = props.custom;
  const fields = items.flatMap((item, position) => item.conditions
    .filter((c) => errors.has(conditionKey({ item: item.id, index: c.index })))
    .map((c) => html`<button type="button" class="link" @click=${() => props.onFocusInput(`${fieldId(position, c.index)}-threshold`)}>${props.ui.m.thresholds.field(props.ui.ruleSetWords.item(props.custom.base, item.id).label, c.index, props.ui.m.engine.metric[c.condition.metric])}</button>`));
  return html`${fields.map((f, i) => html`${i ? ', ' : ''}${f}`)}${(errors.get('') ?? []).map((e) => html` ${fieldErrorText(props.ui, e)}`)}`;
}

export function renderCustomMarker(props: ThresholdEditorProps) {
  const items = editableItems(props.custom.base);
  const { custom } = props;
  const { thresholds } = props.ui.m;
  if (custom.draft.length === 0) return nothing;
  const customInUse = custom.ruleSet !== custom.base;
  return html`<div class="custom-marker" part="custom-marker">
    <p class="headline">${icons.custom}<span>${customInUse ? thresholds.custom : thresholds.publishedInUse}</span></p>
    ${custom.errors.size
      ? html`<p class="error">${icons.warning}<span>${customInUse ? thresholds.invalidLast : thresholds.invalidOriginal} ${invalidFields(props, items)}</span></p>`
      : nothing}
    ${custom.changes.length ? html`<ul class="changes">${custom.changes.map((c) => html`<li>${changeText(props, c)}</li>`)}</ul>` : nothing}
    <button type="button" part="button" id="reset-thresholds" @click=${props.onReset}>${thresholds.reset}</button>
  </div>`;
}

/** The changes in words for the copied result, e.g. "3A090.a.1: TPP ≥ 4,000 (was ≥ 4,800)". */
export function changeLines(props: ChangeWords): string[] {
  return props.custom.changes.map((c) => changeText(props, c));
}

/** The editor's fields, rendered once the reader opens "Edit thresholds". */
export function renderThresholdEditor(props: ThresholdEditorProps) {
  const items = editableItems(props.custom.base);
  const { thresholds, table } = props.ui.m;
  const kindLabel = { clause: table.clause, exclusion: table.note, outcome: table.outcome };
  return html`<p class="help">${thresholds.help}</p>
      <div class="threshold-items">
        ${items.map((item, position) => html`<fieldset class="threshold-item">
          <legend>${thresholds.item(kindLabel[item.kind], props.ui.ruleSetWords.item(props.custom.base, item.id).label, props.ui.ruleSetWords.item(props.custom.base, item.id).title)}</legend>
          ${item.conditions.map((c) => conditionRow(props, item, position, c))}
        </fieldset>`)}
      </div>`;
}

/** Adopted into the shadow root when this chunk arrives. */
export const styles = [ownStyles];
