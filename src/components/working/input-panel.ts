/**
 * The figures form: what the item is, the market, throughput figures, dies, bandwidths, when it
 * was first sold in the US, or a standalone HBM stack's figures. It renders the draft and hands
 * every edit back as a new draft; it computes nothing. Rows are rendered by position (not with
 * lit's keyed `repeat()`, whose removed rows leave marker comments behind: lit/lit#5298), and each
 * keeps its key in its element ids.
 */
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldError } from '../../core/errors.js';
import type { ItemKind } from '../../core/metrics/figures.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import { TARIFF_EXEMPTIONS } from '../../core/spec.js';
import { inputsRead, type InputName, type MetricName } from '../../core/metrics/registry.js';
import {
  KNOWN_FORMATS, KNOWN_UNITS, OTHER_FORMAT, SHIPMENT_INPUTS, updateDie, updateFigure, withNewDie, withNewFigure,
  type DieDraft, type ShipmentDraft, type SpecDraft, type ThroughputDraft,
} from '../../model/spec-draft.js';
import { countryOptions } from '../controls/country-options.js';
import { marketNotes } from '../../model/rule-set-shape.js';
import { checkboxField, selectField, textField } from '../controls/field.js';
import { visuallyHidden } from '../controls/theme.js';
import { icons } from '../controls/icons.js';
import type { SeparatorReading } from '../../model/number-input.js';
import { fieldErrorText } from '../controls/input-labels.js';
import type { Ui } from '../controls/ui.js';

export interface InputPanelProps {
  ui: Ui;
  draft: SpecDraft;
  /** Errors by the id of the input they belong to. */
  errors: ReadonlyMap<string, readonly FieldError[]>;
  ruleSet: ResolvedRuleSet;
  /** The metrics the rules shown test (the rule set picked and the other rules' lines). */
  tested: ReadonlySet<MetricName>;
  /** A new draft, and the id of the control to focus after it renders (after adding or removing a row). */
  onChange: (draft: SpecDraft, focus?: string) => void;
  /** The reader opened the shipment's fold (it is open anyway while any of its values is given), and its toggling. */
  shipmentOpen: boolean;
  onShipmentToggle: (open: boolean) => void;
}

/**
 * A number field, and, while its separator could mean either ("1,979"), the question which: each
 * answer keeps the text as typed and says how to read it.
 */
function numberField(props: InputPanelProps, field: Parameters<typeof textField>[0]) {
  const ambiguity = props.errors.get(field.id)?.find((e) => e.code === 'ambiguous-separator');
  // One template either way, so that the input (and the reader's focus in it) stays as the question comes and goes.
  return html`${textField(field)}${ambiguity ? meaningPrompt(props, field.id, ambiguity) : nothing}`;
}

function meaningPrompt(props: InputPanelProps, id: string, ambiguity: FieldError) {
  const { form, engine } = props.ui.m;
  const typed = JSON.parse(ambiguity.params.given ?? '""') as string;
  const [asGroup = '', asDecimal = ''] = ambiguity.params.known ?? [];
  const mean = (as: SeparatorReading) => props.onChange({ ...props.draft, meant: { ...props.draft.meant, [id]: { text: typed, as } } }, id);
  return html`<div class="meant row-note" role="group" aria-label=${form.meant(typed)}>
      <button type="button" part="button" @click=${() => mean('group')}>${form.meantGroup(asGroup)}</button>
      <button type="button" part="button" @click=${() => mean('decimal')}>${form.meantDecimal(asDecimal.replace('.', engine.numbers.decimal))}</button>
    </div>`;
}

function errorsOf(props: InputPanelProps, id: string): string[] {
  return (props.errors.get(id) ?? []).map((e) => fieldErrorText(props.ui, e));
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
  const { draft, onChange, ui } = props;
  const { form } = ui.m;
  const id = (field: string) => `${row.key}-${field}`;
  const set = (change: Partial<ThroughputDraft>) => onChange(updateFigure(draft, row.key, change));
  const units = KNOWN_UNITS.includes(row.unit) ? KNOWN_UNITS : [...KNOWN_UNITS, row.unit];
  const formats = [...KNOWN_FORMATS.map((f) => ({ value: f, label: f })), { value: OTHER_FORMAT, label: form.otherFormat }];
  const remove = () => onChange(
    { ...draft, throughput: draft.throughput.filter((r) => r.key !== row.key) },
    focusAfterRemoval(draft.throughput.map((r) => r.key), index, 'add-figure'),
  );
  return html`<div class="row figure" role="group" aria-labelledby=${id('title')}>
    <span class="vh" id=${id('title')}>${form.figure(index + 1)}</span>
    ${selectField({ id: id('format'), className: 'format', label: form.format, value: row.format, options: formats, onChange: (format) => set(formatChange(row, format)) })}
    ${row.format === OTHER_FORMAT
      ? html`${textField({ id: id('customFormat'), className: 'custom-format', label: form.customFormat, value: row.customFormat, errors: errorsOf(props, id('customFormat')), onInput: (customFormat) => set({ customFormat }) })}
        ${numberField(props, { id: id('bitLength'), className: 'bit-length', label: form.bitLength, value: row.bitLength, decimal: true, errors: errorsOf(props, id('bitLength')), onInput: (bitLength) => set({ bitLength }) })}`
      : nothing}
    ${numberField(props, { id: id('value'), className: 'value', label: form.value, value: row.value, decimal: true, placeholder: form.valuePlaceholder, errors: errorsOf(props, id('value')), onInput: (value) => set({ value }) })}
    ${selectField({ id: id('unit'), className: 'unit', label: form.unit, value: row.unit, options: units.map((u) => ({ value: u, label: u })), errors: errorsOf(props, id('unit')), onChange: (unit) => set({ unit }) })}
    ${checkboxField({ id: id('sparse'), className: 'sparse', label: form.sparse, checked: row.sparse, errors: errorsOf(props, id('sparse')), onChange: (sparse) => set({ sparse }) })}
    <button type="button" class="remove" part="button" id=${id('remove')} @click=${remove}>
      ${icons.remove}<span class="vh">${form.removeFigure(index + 1)}</span>
    </button>
    ${row.processingUnit !== null ? html`<p class="help row-note">${form.processingUnit(row.processingUnit)}</p>` : nothing}
  </div>`;
}

function dieRow(props: InputPanelProps, die: DieDraft, index: number) {
  const { draft, onChange, ui } = props;
  const { form } = ui.m;
  const id = (field: string) => `${die.key}-${field}`;
  const set = (change: Partial<DieDraft>) => onChange(updateDie(draft, die.key, change));
  const remove = () => onChange(
    { ...draft, dies: draft.dies.filter((d) => d.key !== die.key) },
    focusAfterRemoval(draft.dies.map((d) => d.key), index, 'add-die'),
  );
  return html`<div class="row die" role="group" aria-labelledby=${id('title')}>
    <span class="row-title" id=${id('title')}>${form.die(index + 1)}${die.name ? html` <span class="help">${die.name}</span>` : nothing}</span>
    ${numberField(props, { id: id('area'), className: 'area', label: form.dieArea, value: die.areaMm2, decimal: true, errors: errorsOf(props, id('area')), onInput: (areaMm2) => set({ areaMm2 }) })}
    ${checkboxField({ id: id('nonPlanar'), className: 'non-planar', label: form.nonPlanar, checked: die.nonPlanar, errors: errorsOf(props, id('nonPlanar')), onChange: (nonPlanar) => set({ nonPlanar }) })}
    <button type="button" class="remove" part="button" id=${id('remove')} @click=${remove}>
      ${icons.remove}<span class="vh">${form.removeDie(index + 1)}</span>
    </button>
  </div>`;
}

function radios<T>(name: string, legend: string, options: readonly { id: string; value: T; label: string }[], current: T | null, onChange: (value: T) => void, describedBy?: string) {
  return html`<fieldset class=${name} aria-describedby=${describedBy ?? nothing}>
    <legend>${legend}</legend>
    <div class="radios">
      ${options.map((o) => html`<label class="radio" for=${o.id}>
        <input type="radio" id=${o.id} name=${name} .checked=${live(current === o.value)} @change=${() => onChange(o.value)} />
        ${o.label}
      </label>`)}
    </div>
  </fieldset>`;
}

function kind(props: InputPanelProps) {
  const { draft, onChange, ui } = props;
  const { form } = ui.m;
  const options = (['logic', 'hbm-stack'] as const).map((value) => ({ id: `kind-${value}`, value, label: form.kindOption[value] }));
  return radios<ItemKind>('kind', form.kindLegend, options, draft.kind, (value) => onChange({ ...draft, kind: value }));
}

function market(props: InputPanelProps) {
  const { draft, onChange, ruleSet, ui } = props;
  const { form } = ui.m;
  const notes = marketNotes(ruleSet).map((note) => ui.ruleSetWords.item(ruleSet, note.id));
  const options = [
    { id: 'market-datacenter', value: true, label: form.marketDatacenter },
    { id: 'market-other', value: false, label: form.marketOther },
  ];
  return html`<div class="market-block">${radios('market', form.marketLegend, options, draft.datacenter, (datacenter) => onChange({ ...draft, datacenter }), 'market-help')}
    <div class="help market-help" id="market-help">
      <p>${form.marketHelp} ${notes.length || props.tested.has('datacenter') ? nothing : form.marketUnused}</p>
      ${notes.length
        ? html`<details class="market-notes"><summary>${form.marketWhy}</summary>
            ${notes.map((note) => html`<p>${form.marketNote(note.title, note.text ?? '')}</p>`)}</details>`
        : nothing}
    </div></div>`;
}

function bandwidths(props: InputPanelProps) {
  const { draft, onChange, ui } = props;
  const { form } = ui.m;
  return html`<fieldset class="bandwidth">
    <legend>${form.bandwidthLegend}</legend>
    <div class="pair">
      ${numberField(props, { id: 'dram', label: form.dram, value: draft.dramBandwidthGBps, decimal: true, help: `${form.dramHelp} ${usage(props, 'dramBandwidthGBps')}`, errors: errorsOf(props, 'dram'), onInput: (dramBandwidthGBps) => onChange({ ...draft, dramBandwidthGBps }) })}
      ${numberField(props, { id: 'interconnect', label: form.interconnect, value: draft.interconnectGBps, decimal: true, help: `${form.interconnectHelp} ${usage(props, 'interconnectGBps')}`, errors: errorsOf(props, 'interconnect'), onInput: (interconnectGBps) => onChange({ ...draft, interconnectGBps }) })}
    </div>
  </fieldset>`;
}

function availability(props: InputPanelProps) {
  const { draft, onChange, ui } = props;
  const { form } = ui.m;
  const never = draft.usAvailableSince === 'never';
  return html`<fieldset class="availability" aria-describedby="us-available-help">
    <legend>${form.availableLegend}</legend>
    <p class="help" id="us-available-help">${form.availableHelp}</p>
    <div class="pair">
      ${never ? nothing : textField({
        id: 'us-available', type: 'date', label: form.available, value: draft.usAvailableSince,
        errors: errorsOf(props, 'us-available'), onInput: (usAvailableSince) => onChange({ ...draft, usAvailableSince }),
      })}
      ${checkboxField({ id: 'us-never', label: form.availableNever, checked: never, onChange: (checked) => onChange({ ...draft, usAvailableSince: checked ? 'never' : '' }) })}
    </div>
  </fieldset>`;
}

/** Whether the rules shown read an input: some metric they test is computed from it. */
function isUsed(props: InputPanelProps, input: InputName): boolean {
  return [...props.tested].some((metric) => inputsRead(metric).includes(input));
}

function usage(props: InputPanelProps, input: InputName): string {
  return isUsed(props, input) ? props.ui.m.form.used : props.ui.m.form.unused;
}

/** The shipment's fieldset says what its fields are for; a field says so only when the rules shown do not read it. */
function unusedNote(props: InputPanelProps, input: InputName): string | undefined {
  return isUsed(props, input) ? undefined : props.ui.m.form.unused;
}

/**
 * A country select: "not known" first, then every country by name. A code given that the engine
 * does not know stays as an option, so the select shows what was given and the engine names it.
 */
function countryField(props: InputPanelProps, key: 'destinationCountry' | 'buyerHeadquartersCountry' | 'shipFromCountry', label: string) {
  const { draft, onChange, ui } = props;
  const { shipment: m } = ui.m;
  const id = SHIPMENT_INPUTS[key];
  const value = draft.shipment[key];
  const known = countryOptions(ui.language);
  const given = value.trim() === '' || known.some((c) => c.value === value) ? [] : [{ value, label: value }];
  return selectField({
    id, label, value, options: [{ value: '', label: m.unknown }, ...given], groups: [{ label: m.countries, options: known }],
    help: unusedNote(props, key), errors: errorsOf(props, id),
    onChange: (code) => onChange({ ...draft, shipment: { ...draft.shipment, [key]: code } }),
  });
}

/** What the shipment holds, a field's label and value each; empty while nothing is given. */
function shipmentGiven(props: InputPanelProps): string[] {
  const { draft: { shipment: given }, ui } = props;
  const { shipment: m, shipmentFold: fold } = ui.m;
  const countries = countryOptions(ui.language);
  const country = (code: string) => countries.find((c) => c.value === code)?.label ?? code;
  const exemption = (value: string) => (m.exemption as Record<string, string | undefined>)[value] ?? value;
  const fields: [keyof ShipmentDraft, string, (value: string) => string][] = [
    ['quantity', m.quantity, (v) => v],
    ['destinationCountry', m.destination, country],
    ['buyerHeadquartersCountry', m.buyerHeadquarters, country],
    ['shipFromCountry', m.shipFrom, country],
    ['tariffExemption', m.tariffExemption, exemption],
    ['usEndUseQuantity', m.usEndUseQuantity, (v) => v],
  ];
  return fields.filter(([key]) => given[key].trim() !== '').map(([key, label, shown]) => fold.item(label, shown(given[key].trim())));
}

/**
 * The shipment is optional, and most readers check a chip, not a sale: its fields fold behind a
 * summary that says what they hold. The fold is open while any value is given (a link's, the
 * page's, the reader's), and whenever the reader opens it; a field that an error or the card's
 * "depends on…" names opens it before taking the focus (`FocusAfterUpdate`).
 */
function shipment(props: InputPanelProps) {
  const given = shipmentGiven(props);
  const { ui } = props;
  return html`<details class="shipment-fold" ?open=${props.shipmentOpen || given.length > 0}
      @toggle=${(e: Event) => props.onShipmentToggle((e.target as HTMLDetailsElement).open)}>
    <summary id="shipment-summary"><span class="fold-title">${ui.m.shipment.legend}</span>
      <span class="help fold-state">${given.length ? ui.m.shipmentFold.list(given) : ui.m.shipmentFold.empty}</span></summary>
    ${shipmentFields(props)}
  </details>`;
}

function shipmentFields(props: InputPanelProps) {
  const { draft, onChange, ui } = props;
  const { shipment: m } = ui.m;
  const set = (change: Partial<ShipmentDraft>) => onChange({ ...draft, shipment: { ...draft.shipment, ...change } });
  const exemption = draft.shipment.tariffExemption;
  const exemptions = [
    { value: '', label: m.unknown },
    ...TARIFF_EXEMPTIONS.map((value) => ({ value, label: m.exemption[value] })),
    ...(exemption.trim() === '' || (TARIFF_EXEMPTIONS as readonly string[]).includes(exemption) ? [] : [{ value: exemption, label: exemption }]),
  ];
  return html`<fieldset class="shipment" id="shipment" aria-describedby="shipment-help">
    <legend class="vh">${m.legend}</legend>
    <p class="help" id="shipment-help">${m.help}</p>
    <div class="pair">
      ${numberField(props, { id: SHIPMENT_INPUTS.quantity, label: m.quantity, value: draft.shipment.quantity, decimal: true, help: unusedNote(props, 'quantity'), errors: errorsOf(props, SHIPMENT_INPUTS.quantity), onInput: (quantity) => set({ quantity }) })}
      ${countryField(props, 'destinationCountry', m.destination)}
      ${countryField(props, 'buyerHeadquartersCountry', m.buyerHeadquarters)}
      ${countryField(props, 'shipFromCountry', m.shipFrom)}
      ${selectField({ id: SHIPMENT_INPUTS.tariffExemption, label: m.tariffExemption, value: exemption, options: exemptions, help: unusedNote(props, 'tariffExemption'), errors: errorsOf(props, SHIPMENT_INPUTS.tariffExemption), onChange: (tariffExemption) => set({ tariffExemption }) })}
      ${numberField(props, { id: SHIPMENT_INPUTS.usEndUseQuantity, label: m.usEndUseQuantity, value: draft.shipment.usEndUseQuantity, decimal: true, help: [m.usEndUseQuantityHelp, unusedNote(props, 'usEndUseQuantity')].filter(Boolean).join(' '), errors: errorsOf(props, SHIPMENT_INPUTS.usEndUseQuantity), onInput: (usEndUseQuantity) => set({ usEndUseQuantity }) })}
    </div>
  </fieldset>`;
}

function hbmStack(props: InputPanelProps) {
  const { draft, onChange, ui } = props;
  const { form } = ui.m;
  return html`<fieldset class="hbm" aria-describedby="hbm-help">
    <legend>${form.hbmLegend}</legend>
    <p class="help" id="hbm-help">${form.hbmHelp}</p>
    <div class="pair">
      ${numberField(props, { id: 'hbm-bandwidth', label: form.hbmBandwidth, value: draft.hbmBandwidthGBps, decimal: true, errors: errorsOf(props, 'hbm-bandwidth'), onInput: (hbmBandwidthGBps) => onChange({ ...draft, hbmBandwidthGBps }) })}
      ${numberField(props, { id: 'hbm-area', label: form.hbmArea, value: draft.hbmAreaMm2, decimal: true, errors: errorsOf(props, 'hbm-area'), onInput: (hbmAreaMm2) => onChange({ ...draft, hbmAreaMm2 }) })}
    </div>
  </fieldset>`;
}

export function renderInputPanel(props: InputPanelProps) {
  const { draft, onChange, ui } = props;
  const { form } = ui.m;
  const addFigure = () => {
    const added = withNewFigure(draft);
    onChange(added.draft, `${added.key}-format`);
  };
  const addDie = () => {
    const added = withNewDie(draft);
    onChange(added.draft, `${added.key}-area`);
  };
  const logic = draft.kind === 'logic';
  return html`<section class="input-panel" part="input-panel" aria-labelledby="input-heading">
    <h3 id="input-heading">${form.heading}</h3>
    <div class="form-pair">
      ${textField({ id: 'chip-name', label: form.name, value: draft.name, errors: errorsOf(props, 'chip-name'), onInput: (name) => onChange({ ...draft, name }) })}
      ${kind(props)}
    </div>
    ${logic
      ? html`<div class="form-pair">${market(props)}${availability(props)}</div>
        <fieldset class="throughput" aria-describedby="throughput-help">
          <legend>${form.throughputLegend}</legend>
          <p class="help" id="throughput-help">${form.throughputHelp}</p>
          ${draft.throughput.map((row, index) => figureRow(props, row, index))}
          <button type="button" part="button" class="add" id="add-figure" @click=${addFigure}>${icons.add}${form.addFigure}</button>
        </fieldset>
        <div class="form-pair">
          <fieldset class="dies" aria-describedby="dies-help">
            <legend>${form.diesLegend}</legend>
            <p class="help" id="dies-help">${form.diesHelp}</p>
            ${draft.dies.map((die, index) => dieRow(props, die, index))}
            <button type="button" part="button" class="add" id="add-die" @click=${addDie}>${icons.add}${form.addDie}</button>
          </fieldset>
          ${bandwidths(props)}
        </div>
        ${shipment(props)}`
      : hbmStack(props)}
  </section>`;
}

export const inputPanelStyles = css`
  .input-panel {
    container: form / inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .form-pair {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    align-items: start;
  }
  @container form (min-width: 34rem) {
    .form-pair {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .form-pair .pair {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .market-block {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
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
    min-height: 1.75rem;
  }
  .market-help {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
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
  }
  /* Rows after the first line up under the first one's labels, which they keep for assistive technology. */
  .row.figure + .row.figure {
    padding-top: 0.35rem;
    border-top: 0;
  }
  .row.figure + .row.figure .field:not(.checkbox) > label {
    ${visuallyHidden}
  }
  .row .remove {
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
  .shipment-fold {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .shipment-fold[open] {
    padding-bottom: calc(var(--_space) * 0.75);
  }
  .shipment-fold > summary .fold-title {
    font-weight: 600;
  }
  .shipment-fold > summary .fold-state {
    margin-inline-start: 0.4rem;
  }
  /* Open, the fields say it themselves. */
  .shipment-fold[open] > summary .fold-state {
    display: none;
  }
  .shipment-fold > .shipment {
    margin-top: calc(var(--_space) * 0.5);
    padding: 0;
    border: 0;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.6rem;
  }
`;
