/**
 * The input panel: market, throughput figures, dies, bandwidths and the HBM stack. It renders the
 * draft and hands every edit back as a new draft; it computes nothing.
 */
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FieldError, ResolvedRuleSet } from '../core/index.js';
import { msg } from '../i18n/messages.js';
import { checkboxField, selectField, textField } from './field.js';
import { icons } from './icons.js';
import { marketNotes, testedMetrics } from './rule-set-shape.js';
import {
  KNOWN_FORMATS, KNOWN_UNITS, OTHER_FORMAT, blankDie, blankFigure, updateDie, updateFigure,
  type DieDraft, type SpecDraft, type ThroughputDraft,
} from './spec-draft.js';

export interface InputPanelProps {
  draft: SpecDraft;
  /** Errors by the id of the input they belong to. */
  errors: ReadonlyMap<string, readonly FieldError[]>;
  ruleSet: ResolvedRuleSet;
  /** A new draft, and the id of the control to focus after it renders (after adding or removing a row). */
  onChange: (draft: SpecDraft, focus?: string) => void;
}

const FORMAT_OPTIONS = [...KNOWN_FORMATS.map((f) => ({ value: f, label: f })), { value: OTHER_FORMAT, label: msg.otherFormat }];

const FIGURE_FIELDS: Record<string, string> = {
  format: msg.formatLabel, customFormat: msg.customFormatLabel, bitLength: msg.bitLengthLabel,
  value: msg.valueLabel, unit: msg.unitLabel, sparse: msg.sparseLabel,
};
const DIE_FIELDS: Record<string, string> = { area: msg.dieAreaLabel, nonPlanar: msg.nonPlanarLabel };
const SINGLE_FIELDS: Record<string, string> = {
  'chip-name': msg.chipNameLabel, dram: msg.dramLabel, interconnect: msg.interconnectLabel,
  'hbm-bandwidth': `${msg.hbmSummary}, ${msg.hbmBandwidthLabel}`, 'hbm-area': `${msg.hbmSummary}, ${msg.hbmAreaLabel}`,
};

/** The name of an input as the reader sees it, with its row (e.g. "Figure 2, Value"), for messages shown elsewhere. */
export function inputLabel(draft: SpecDraft, id: string): string {
  const figure = draft.throughput.findIndex((row) => id.startsWith(`${row.key}-`));
  if (figure >= 0) return `${msg.figureTitle(figure + 1)}, ${FIGURE_FIELDS[id.slice(id.indexOf('-') + 1)] ?? ''}`;
  const die = draft.dies.findIndex((d) => id.startsWith(`${d.key}-`));
  if (die >= 0) return `${msg.dieTitle(die + 1)}, ${DIE_FIELDS[id.slice(id.indexOf('-') + 1)] ?? ''}`;
  return SINGLE_FIELDS[id] ?? id;
}

function errorsOf(props: InputPanelProps, id: string): string[] {
  return (props.errors.get(id) ?? []).map((e) => msg.fieldError(e.code, e.message));
}

/** After a row is removed, focus moves to the row that took its place, else to the one before, else to the add button. */
export function focusAfterRemoval(keys: string[], index: number, addButton: string): string {
  const next = keys[index + 1] ?? keys[index - 1];
  return next ? `${next}-remove` : addButton;
}

/** Choosing "Other…" keeps the format's name, so that only its bit length is left to give (e.g. TF32 at 19 bits). */
function formatChange(row: ThroughputDraft, format: string): Partial<ThroughputDraft> {
  const keepName = format === OTHER_FORMAT && row.format !== OTHER_FORMAT && row.customFormat === '';
  return keepName ? { format, customFormat: row.format } : { format };
}

function figureRow(props: InputPanelProps, row: ThroughputDraft, index: number) {
  const { draft, onChange } = props;
  const id = (field: string) => `${row.key}-${field}`;
  const set = (change: Partial<ThroughputDraft>) => onChange(updateFigure(draft, row.key, change));
  const units = KNOWN_UNITS.includes(row.unit) ? KNOWN_UNITS : [...KNOWN_UNITS, row.unit];
  const remove = () => onChange(
    { ...draft, throughput: draft.throughput.filter((r) => r.key !== row.key) },
    focusAfterRemoval(draft.throughput.map((r) => r.key), index, 'add-figure'),
  );
  return html`<div class="row figure" role="group" aria-labelledby=${id('title')}>
    <span class="vh" id=${id('title')}>${msg.figureTitle(index + 1)}</span>
    ${selectField({ id: id('format'), className: 'format', label: msg.formatLabel, value: row.format, options: FORMAT_OPTIONS, onChange: (format) => set(formatChange(row, format)) })}
    ${row.format === OTHER_FORMAT
      ? html`${textField({ id: id('customFormat'), className: 'custom-format', label: msg.customFormatLabel, value: row.customFormat, errors: errorsOf(props, id('customFormat')), onInput: (customFormat) => set({ customFormat }) })}
        ${textField({ id: id('bitLength'), className: 'bit-length', label: msg.bitLengthLabel, value: row.bitLength, decimal: true, errors: errorsOf(props, id('bitLength')), onInput: (bitLength) => set({ bitLength }) })}`
      : nothing}
    ${textField({ id: id('value'), className: 'value', label: msg.valueLabel, value: row.value, decimal: true, placeholder: msg.valuePlaceholder, errors: errorsOf(props, id('value')), onInput: (value) => set({ value }) })}
    ${selectField({ id: id('unit'), className: 'unit', label: msg.unitLabel, value: row.unit, options: units.map((u) => ({ value: u, label: u })), errors: errorsOf(props, id('unit')), onChange: (unit) => set({ unit }) })}
    ${checkboxField({ id: id('sparse'), className: 'sparse', label: msg.sparseLabel, checked: row.sparse, errors: errorsOf(props, id('sparse')), onChange: (sparse) => set({ sparse }) })}
    <button type="button" class="remove" part="button" id=${id('remove')} @click=${remove}>
      ${icons.remove}<span class="vh">${msg.removeFigure(index + 1)}</span>
    </button>
    ${row.processingUnit !== null ? html`<p class="help row-note">${msg.processingUnit(row.processingUnit)}</p>` : nothing}
  </div>`;
}

function dieRow(props: InputPanelProps, die: DieDraft, index: number) {
  const { draft, onChange } = props;
  const id = (field: string) => `${die.key}-${field}`;
  const set = (change: Partial<DieDraft>) => onChange(updateDie(draft, die.key, change));
  const remove = () => onChange(
    { ...draft, dies: draft.dies.filter((d) => d.key !== die.key) },
    focusAfterRemoval(draft.dies.map((d) => d.key), index, 'add-die'),
  );
  return html`<div class="row die" role="group" aria-labelledby=${id('title')}>
    <span class="row-title" id=${id('title')}>${msg.dieTitle(index + 1)}${die.name ? html` <span class="help">${die.name}</span>` : nothing}</span>
    ${textField({ id: id('area'), className: 'area', label: msg.dieAreaLabel, value: die.areaMm2, decimal: true, errors: errorsOf(props, id('area')), onInput: (areaMm2) => set({ areaMm2 }) })}
    ${checkboxField({ id: id('nonPlanar'), className: 'non-planar', label: msg.nonPlanarLabel, checked: die.nonPlanar, errors: errorsOf(props, id('nonPlanar')), onChange: (nonPlanar) => set({ nonPlanar }) })}
    <button type="button" class="remove" part="button" id=${id('remove')} @click=${remove}>
      ${icons.remove}<span class="vh">${msg.removeDie(index + 1)}</span>
    </button>
  </div>`;
}

function market(props: InputPanelProps) {
  const { draft, onChange, ruleSet } = props;
  const notes = marketNotes(ruleSet);
  const radio = (id: string, value: boolean, label: string) => html`<label class="radio" for=${id}>
    <input type="radio" id=${id} name="market" .checked=${live(draft.datacenter === value)} @change=${() => onChange({ ...draft, datacenter: value })} />
    ${label}
  </label>`;
  return html`<fieldset class="market" aria-describedby="market-help">
    <legend>${msg.marketLegend}</legend>
    <div class="radios">
      ${radio('market-datacenter', true, msg.marketDatacenter)}
      ${radio('market-other', false, msg.marketOther)}
    </div>
    <div class="help" id="market-help">
      <p>${msg.marketHelp}</p>
      ${notes.length
        ? notes.map((note) => html`<p>${msg.marketRuleHelp(note.title, note.text)}</p>`)
        : testedMetrics(ruleSet).has('datacenter') ? nothing : html`<p>${msg.marketUnused}</p>`}
    </div>
  </fieldset>`;
}

function bandwidths(props: InputPanelProps) {
  const { draft, onChange, ruleSet } = props;
  const tested = testedMetrics(ruleSet);
  const usage = (metric: string) => (tested.has(metric) ? msg.usedByRuleSet : msg.unusedByRuleSet);
  const usesHbm = tested.has('memoryBandwidthDensity');
  const hbmErrors = [...errorsOf(props, 'hbm-bandwidth'), ...errorsOf(props, 'hbm-area')];
  return html`<fieldset class="bandwidth">
    <legend>${msg.bandwidthLegend}</legend>
    <div class="pair">
      ${textField({ id: 'dram', label: msg.dramLabel, value: draft.dramBandwidthGBps, decimal: true, help: `${msg.dramHelp} ${usage('dramBandwidthGBps')}`, errors: errorsOf(props, 'dram'), onInput: (dramBandwidthGBps) => onChange({ ...draft, dramBandwidthGBps }) })}
      ${textField({ id: 'interconnect', label: msg.interconnectLabel, value: draft.interconnectGBps, decimal: true, help: `${msg.interconnectHelp} ${usage('interconnectGBps')}`, errors: errorsOf(props, 'interconnect'), onInput: (interconnectGBps) => onChange({ ...draft, interconnectGBps }) })}
    </div>
    <details class="hbm" ?open=${usesHbm || hbmErrors.length > 0}>
      <summary>${msg.hbmSummary}</summary>
      <p class="help">${msg.hbmHelp} ${usage('memoryBandwidthDensity')}</p>
      <div class="pair">
        ${textField({ id: 'hbm-bandwidth', label: msg.hbmBandwidthLabel, value: draft.hbmBandwidthGBps, decimal: true, errors: errorsOf(props, 'hbm-bandwidth'), onInput: (hbmBandwidthGBps) => onChange({ ...draft, hbmBandwidthGBps }) })}
        ${textField({ id: 'hbm-area', label: msg.hbmAreaLabel, value: draft.hbmAreaMm2, decimal: true, errors: errorsOf(props, 'hbm-area'), onInput: (hbmAreaMm2) => onChange({ ...draft, hbmAreaMm2 }) })}
      </div>
    </details>
  </fieldset>`;
}

export function renderInputPanel(props: InputPanelProps) {
  const { draft, onChange } = props;
  const addFigure = () => {
    const row = blankFigure();
    onChange({ ...draft, throughput: [...draft.throughput, row] }, `${row.key}-format`);
  };
  const addDie = () => {
    const die = blankDie();
    onChange({ ...draft, dies: [...draft.dies, die] }, `${die.key}-area`);
  };
  return html`<section class="input-panel" part="input-panel" aria-labelledby="input-heading">
    <h3 id="input-heading">${msg.inputHeading}</h3>
    ${textField({ id: 'chip-name', label: msg.chipNameLabel, value: draft.name, errors: errorsOf(props, 'chip-name'), onInput: (name) => onChange({ ...draft, name }) })}
    ${market(props)}
    <fieldset class="throughput" aria-describedby="throughput-help">
      <legend>${msg.throughputLegend}</legend>
      <p class="help" id="throughput-help">${msg.throughputHelp} ${msg.unitHelp}</p>
      ${repeat(draft.throughput, (row) => row.key, (row, index) => figureRow(props, row, index))}
      <button type="button" part="button" class="add" id="add-figure" @click=${addFigure}>${icons.add}${msg.addFigure}</button>
    </fieldset>
    <fieldset class="dies" aria-describedby="dies-help">
      <legend>${msg.diesLegend}</legend>
      <p class="help" id="dies-help">${msg.diesHelp}</p>
      ${repeat(draft.dies, (die) => die.key, (die, index) => dieRow(props, die, index))}
      <button type="button" part="button" class="add" id="add-die" @click=${addDie}>${icons.add}${msg.addDie}</button>
    </fieldset>
    ${bandwidths(props)}
  </section>`;
}

export const inputPanelStyles = css`
  .input-panel {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.6);
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.2rem;
  }
  .radio {
    display: inline-flex;
    gap: 0.45rem;
    align-items: center;
    min-height: 2rem;
  }
  #market-help {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
    padding-top: 0.5rem;
    border-top: 1px dashed var(--_border);
  }
  .row .field {
    flex: 1 1 6rem;
  }
  .row .format {
    flex: 0 1 5.75rem;
  }
  .row .unit {
    flex: 0 1 7rem;
  }
  .row .value,
  .row .area {
    flex: 1 1 4.5rem;
  }
  .row .custom-format {
    flex: 1 1 8rem;
  }
  .row .bit-length {
    flex: 0 1 6rem;
  }
  .row .field.checkbox {
    flex: 0 1 auto;
    min-width: 0;
    margin-top: 1.45rem;
  }
  .row .remove {
    margin-top: 1.45rem;
    padding: 0.3rem 0.6rem;
  }
  .row-title {
    flex-basis: 100%;
    font-size: 0.875em;
    font-weight: 600;
  }
  .row-note {
    flex-basis: 100%;
  }
  .add {
    align-self: flex-start;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.6rem;
  }
  .hbm {
    border-top: 1px dashed var(--_border);
    padding-top: 0.5rem;
    display: block;
  }
  .hbm > * + * {
    margin-top: 0.5rem;
  }
  .hbm summary {
    font-weight: 600;
  }
`;
