/**
 * The training run's figures: the route to its compute (the cluster, the model, or the total), the
 * compute added to it (fine-tuning; the original model's, with the EU guidelines' one-third line),
 * and the facts the rules ask about the developer and the model. It renders the draft and hands
 * every edit back as a new draft; it computes nothing.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { catalog, getChip } from '../../../core/catalog.js';
import { computeMetrics } from '../../../core/compute-metrics.js';
import type { FieldError } from '../../../core/errors.js';
import type { Words } from '../../../core/explain/words.js';
import type { SeparatorReading } from '../../../model/number-input.js';
import { KNOWN_FORMATS, KNOWN_UNITS } from '../../../model/spec-draft.js';
import { defaultEntry, type TrainingDraft, type TrainingRoute, type Tristate } from '../../../model/training-draft.js';
import { checkboxField, selectField, textField } from '../../controls/field.js';
import { fieldErrorText } from '../../controls/input-labels.js';
import type { Ui } from '../../controls/ui.js';
import type { TrainingMessages } from './training-messages.js';

export interface TrainingFormProps {
  ui: Ui;
  t: TrainingMessages;
  w: Words;
  draft: TrainingDraft;
  /** Errors by the id of the input they belong to. */
  errors: ReadonlyMap<string, readonly FieldError[]>;
  /** The EU guidelines' downstream-modifier line, worded, when the original model's compute is given. */
  modifier: string | null;
  onChange: (draft: TrainingDraft, focus?: string) => void;
}

/** An engine error in the form's words: its own for a percentage or a count of chips, else the widget's, else the engine's. */
export function trainingErrorText(ui: Ui, t: TrainingMessages, error: FieldError): string {
  return t.errors[error.code] ?? fieldErrorText(ui, error);
}

/** The name of an input as the reader sees it, for the card's list of errors. */
export function trainingInputLabel(t: TrainingMessages, id: string): string {
  const labels: Record<string, string> = {
    'training-chips': t.chips, 'training-precision': t.precision, 'training-format': t.format, 'training-value': t.value, 'training-unit': t.unit,
    'training-utilization': t.utilization, 'training-days': t.days, 'training-network': t.network, 'training-single-datacenter': t.singleDatacenter,
    'training-parameters': t.parameters, 'training-active': t.activeParameters, 'training-tokens': t.tokens, 'training-total': t.totalFlop,
    'training-fine-tuning': t.fineTuning, 'training-base': t.baseModel, 'training-revenue': t.revenue,
  };
  return labels[id] ?? id;
}

function errorsOf(p: TrainingFormProps, id: string): string[] {
  return (p.errors.get(id) ?? []).map((e) => trainingErrorText(p.ui, p.t, e));
}

/** While a separator could mean either ("10,000"), the question which: each answer keeps the text as typed and says how to read it. */
function meaningPrompt(p: TrainingFormProps, id: string, ambiguity: FieldError) {
  const { form, engine } = p.ui.m;
  const typed = JSON.parse(ambiguity.params.given ?? '""') as string;
  const [asGroup = '', asDecimal = ''] = ambiguity.params.known ?? [];
  const mean = (as: SeparatorReading) => p.onChange({ ...p.draft, meant: { ...p.draft.meant, [id]: { text: typed, as } } }, id);
  return html`<div class="meant" role="group" aria-label=${form.meant(typed)}>
      <button type="button" part="button" @click=${() => mean('group')}>${form.meantGroup(asGroup)}</button>
      <button type="button" part="button" @click=${() => mean('decimal')}>${form.meantDecimal(asDecimal.replace('.', engine.numbers.decimal))}</button>
    </div>`;
}

type NumberKey = 'chips' | 'value' | 'utilization' | 'days' | 'networkGbps' | 'parameters' | 'activeParameters' | 'tokens' | 'totalFlop' | 'fineTuningFlop' | 'baseModelFlop' | 'developerRevenueUsd';

/** A number input of the draft; `scientific` numbers (FLOP, parameters, tokens) take an "e" the decimal keypad has not. */
function numberField(p: TrainingFormProps, id: string, key: NumberKey, label: string, options: { help?: string; scientific?: boolean; placeholder?: string } = {}) {
  const ambiguity = p.errors.get(id)?.find((e) => e.code === 'ambiguous-separator');
  return html`${textField({
    id, label, value: p.draft[key], decimal: !options.scientific, help: options.help, errors: errorsOf(p, id),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    onInput: (value) => p.onChange({ ...p.draft, [key]: value }),
  })}${ambiguity ? meaningPrompt(p, id, ambiguity) : nothing}`;
}

function tristateField(p: TrainingFormProps, id: string, key: 'singleDatacenter' | 'biologicalSequenceData' | 'generatesContent', label: string, help?: string) {
  const options = (['', 'yes', 'no'] as const).map((value) => ({ value, label: p.t.tristate[value]! }));
  return selectField({ id, label, value: p.draft[key], options, help, errors: errorsOf(p, id), onChange: (value) => p.onChange({ ...p.draft, [key]: value as Tristate }) });
}

function radios<T extends string>(name: string, legend: string, options: readonly { value: T; label: string }[], current: T, onChange: (value: T) => void) {
  return html`<fieldset class=${name}>
    <legend>${legend}</legend>
    <div class="radios">
      ${options.map((o) => html`<label class="radio" for="${name}-${o.value}">
        <input type="radio" id="${name}-${o.value}" name=${name} .checked=${live(current === o.value)} @change=${() => onChange(o.value)} />
        ${o.label}
      </label>`)}
    </div>
  </fieldset>`;
}

/** The catalog's chips with a throughput figure, and the chosen chip's figures as precisions (each with its dense rate, from the engine). */
function catalogPerChip(p: TrainingFormProps) {
  const { ui, t, draft } = p;
  const chips = catalog.filter((c) => (c.spec.throughput ?? []).length > 0).map((c) => ({ value: c.id, label: ui.m.picker.option(c.vendor, c.name, c.year) }));
  const chip = getChip(draft.catalogChip);
  const entries = chip ? computeMetrics(chip.spec).metrics?.entries ?? [] : [];
  const precisions = entries.map((e) => ({
    value: String(e.index),
    label: t.precisionOption(e.format, p.w.number(e.value, 3), e.unit, e.sparse, p.w.number(e.denseTeraOps, 3)),
  }));
  return html`<div class="pair wide">
    ${selectField({ id: 'training-chip', label: t.catalogChip, value: draft.catalogChip, options: chips,
      onChange: (id) => p.onChange({ ...draft, catalogChip: id, catalogEntry: defaultEntry(id) }) })}
    ${selectField({ id: 'training-precision', label: t.precision, value: String(draft.catalogEntry), options: precisions, errors: errorsOf(p, 'training-precision'),
      onChange: (index) => p.onChange({ ...draft, catalogEntry: Number(index) }) })}
  </div>`;
}

function typedPerChip(p: TrainingFormProps) {
  const { t, draft } = p;
  const formats = [{ value: '', label: t.tristate['']! }, ...KNOWN_FORMATS.map((f) => ({ value: f, label: f }))];
  return html`<div class="per-chip-row">
    ${selectField({ id: 'training-format', className: 'format', label: t.format, value: draft.format, options: formats, onChange: (format) => p.onChange({ ...draft, format }) })}
    ${numberField(p, 'training-value', 'value', t.value)}
    ${selectField({ id: 'training-unit', className: 'unit', label: t.unit, value: draft.unit, options: KNOWN_UNITS.map((u) => ({ value: u, label: u })), errors: errorsOf(p, 'training-unit'),
      onChange: (unit) => p.onChange({ ...draft, unit }) })}
    ${checkboxField({ id: 'training-sparse', className: 'sparse', label: t.sparse, checked: draft.sparse, onChange: (sparse) => p.onChange({ ...draft, sparse }) })}
  </div>`;
}

function cluster(p: TrainingFormProps) {
  const { t, draft } = p;
  const sources = (['catalog', 'typed'] as const).map((value) => ({ value, label: t.perChipSource[value]! }));
  return html`<div class="pair">
      ${numberField(p, 'training-chips', 'chips', t.chips)}
      ${numberField(p, 'training-utilization', 'utilization', t.utilization, { help: t.utilizationHelp })}
      ${numberField(p, 'training-days', 'days', t.days, { help: t.daysHelp })}
    </div>
    <fieldset class="per-chip" aria-describedby="training-per-chip-help">
      <legend>${t.perChipLegend}</legend>
      <p class="help" id="training-per-chip-help">${t.perChipHelp}</p>
      ${radios('training-per-chip-source', t.perChipSourceLegend, sources, draft.perChipSource, (perChipSource) => p.onChange({ ...draft, perChipSource }))}
      ${draft.perChipSource === 'catalog' ? catalogPerChip(p) : typedPerChip(p)}
    </fieldset>
    <fieldset class="cluster-line" aria-describedby="training-cluster-line-help">
      <legend>${t.clusterLineLegend}</legend>
      <p class="help" id="training-cluster-line-help">${t.clusterLineHelp}</p>
      <div class="pair">
        ${numberField(p, 'training-network', 'networkGbps', t.network)}
        ${tristateField(p, 'training-single-datacenter', 'singleDatacenter', t.singleDatacenter)}
      </div>
    </fieldset>`;
}

function route(p: TrainingFormProps) {
  const { t, draft } = p;
  if (draft.route === 'cluster') return cluster(p);
  if (draft.route === 'total') return html`<div class="pair">${numberField(p, 'training-total', 'totalFlop', t.totalFlop, { scientific: true, placeholder: t.placeholder['flop'] })}</div>`;
  return html`<div class="pair">
    ${numberField(p, 'training-parameters', 'parameters', t.parameters, { scientific: true, placeholder: t.placeholder['parameters'] })}
    ${numberField(p, 'training-tokens', 'tokens', t.tokens, { scientific: true, placeholder: t.placeholder['tokens'] })}
    ${numberField(p, 'training-active', 'activeParameters', t.activeParameters, { scientific: true, help: t.activeHelp })}
  </div>`;
}

export function renderTrainingForm(p: TrainingFormProps) {
  const { t, draft } = p;
  const routes = (['model', 'cluster', 'total'] as const).map((value) => ({ value, label: t.route[value]! }));
  return html`<section class="training-form" part="training-form" aria-labelledby="training-form-heading">
    <h4 id="training-form-heading">${t.formHeading}</h4>
    <p class="help">${t.numbersHelp}</p>
    ${radios<TrainingRoute>('training-route', t.routeLegend, routes, draft.route, (value) => p.onChange({ ...draft, route: value }))}
    ${route(p)}
    <fieldset class="added">
      <legend>${t.addedLegend}</legend>
      <div class="pair">
        ${numberField(p, 'training-fine-tuning', 'fineTuningFlop', t.fineTuning, { scientific: true, help: t.fineTuningHelp, placeholder: t.placeholder['flop'] })}
        ${numberField(p, 'training-base', 'baseModelFlop', t.baseModel, { scientific: true, help: t.baseModelHelp, placeholder: t.placeholder['flop'] })}
      </div>
      ${p.modifier ? html`<p class="modifier" id="training-modifier">${p.modifier}</p>` : nothing}
    </fieldset>
    <fieldset class="facts">
      <legend>${t.factsLegend}</legend>
      <div class="pair">
        ${numberField(p, 'training-revenue', 'developerRevenueUsd', t.revenue, { scientific: true, help: t.revenueHelp })}
        ${tristateField(p, 'training-biological', 'biologicalSequenceData', t.biological)}
        ${tristateField(p, 'training-generates', 'generatesContent', t.generates)}
      </div>
    </fieldset>
  </section>`;
}
