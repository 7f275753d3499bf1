/**
 * Inputs and their errors in the reader's words, for the form and for the card, which lists the
 * errors of a working it may not have unfolded yet (once the working's messages, which word them,
 * have arrived), and takes the reader to the input an error names.
 */
import type { FieldError } from '../../core/errors.js';
import { SHIPMENT_INPUTS, type SpecDraft } from '../../model/spec-draft.js';
import type { Ui } from './ui.js';

/** An engine error in the reader's words: the widget's own text for its code, else the engine's message in the language. */
export function fieldErrorText({ m }: Ui, error: FieldError): string {
  return m.fieldErrors[error.code] ?? m.engine.errors[error.code](error);
}

/** The name of an input as the reader sees it, with its row (e.g. "Figure 2, Value"), for messages shown elsewhere. */
export function inputLabel({ m }: Ui, draft: SpecDraft, id: string): string {
  const { form } = m;
  const figureFields: Record<string, string> = {
    format: form.format, customFormat: form.customFormat, bitLength: form.bitLength, value: form.value, unit: form.unit, sparse: form.sparse,
  };
  const dieFields: Record<string, string> = { area: form.dieArea, nonPlanar: form.nonPlanar };
  const { shipment } = m;
  const single: Record<string, string> = {
    'chip-name': form.name, dram: form.dram, interconnect: form.interconnect, 'us-available': form.available,
    'hbm-bandwidth': `${form.hbmLegend}, ${form.hbmBandwidth}`, 'hbm-area': `${form.hbmLegend}, ${form.hbmArea}`,
    [SHIPMENT_INPUTS.quantity]: shipment.quantity, [SHIPMENT_INPUTS.destinationCountry]: shipment.destination,
    [SHIPMENT_INPUTS.buyerHeadquartersCountry]: shipment.buyerHeadquarters, [SHIPMENT_INPUTS.shipFromCountry]: shipment.shipFrom,
    [SHIPMENT_INPUTS.tariffExemption]: shipment.tariffExemption, [SHIPMENT_INPUTS.usEndUseQuantity]: shipment.usEndUseQuantity,
  };
  const field = id.slice(id.indexOf('-') + 1);
  const figure = draft.throughput.findIndex((row) => id.startsWith(`${row.key}-`));
  if (figure >= 0) return `${form.figure(figure + 1)}, ${figureFields[field] ?? ''}`;
  const die = draft.dies.findIndex((d) => id.startsWith(`${d.key}-`));
  if (die >= 0) return `${form.die(die + 1)}, ${dieFields[field] ?? ''}`;
  return single[id] ?? id;
}


/** An engine error as the card lists it: in the reader's words, named by its field, with the id of its input. */
export function errorLine(ui: Ui, draft: SpecDraft, input: string | null, error: FieldError) {
  const text = fieldErrorText(ui, error);
  return { input, text: input === null ? text : ui.m.form.fieldError(inputLabel(ui, draft, input), text) };
}
