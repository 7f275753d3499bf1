/**
 * The form's model: a chip spec as the user typed it. Every number stays the exact text entered
 * (the engine reads decimal strings), so nothing typed is ever lost or rounded by the view. Rows
 * have keys that a reload of the same spec gives again, so that nothing is rendered anew.
 */
import type { FieldError, Path } from '../core/errors.js';
import type { ItemKind } from '../core/metrics/figures.js';
import { SPEC_FIELDS, type ChipSpec, type TariffExemption, type ThroughputEntry } from '../core/spec.js';
import { FORMAT_BIT_LENGTHS, UNITS } from '../core/units.js';
import { isRecord } from '../core/util.js';
import { readTypedNumber, type SeparatorReading } from './number-input.js';

export const OTHER_FORMAT = 'other';
export const KNOWN_FORMATS = Object.keys(FORMAT_BIT_LENGTHS);
export const KNOWN_UNITS = Object.keys(UNITS);

export interface ThroughputDraft {
  /** Stable across edits and reloads, for element ids. */
  key: string;
  /** A known format, or OTHER_FORMAT with `customFormat` and `bitLength`. */
  format: string;
  customFormat: string;
  bitLength: string;
  value: string;
  unit: string;
  sparse: boolean;
  /** Kept from a given spec so that it survives editing; the form does not edit it. */
  processingUnit: string | null;
}

export interface DieDraft {
  key: string;
  name: string | null;
  areaMm2: string;
  nonPlanar: boolean;
}

/**
 * Who buys the chips, where they go, how many, and for what US use: the shipment the licence, the
 * tariff and the caps are about. Each is '' while unknown. It is not part of the chip: picking
 * another chip keeps it.
 */
export interface ShipmentDraft {
  quantity: string;
  /** ISO 3166-1 alpha-2 codes, as given (a code the engine does not know stays, so that it can say so). */
  destinationCountry: string;
  buyerHeadquartersCountry: string;
  shipFromCountry: string;
  /** One of TARIFF_EXEMPTIONS, as given. */
  tariffExemption: TariffExemption | string;
  usEndUseQuantity: string;
}

export const SHIPMENT_FIELDS = ['quantity', 'destinationCountry', 'buyerHeadquartersCountry', 'shipFromCountry', 'tariffExemption', 'usEndUseQuantity'] as const;
type ShipmentField = (typeof SHIPMENT_FIELDS)[number];
/** The shipment's numbers, counts of chips; the others are codes. */
const SHIPMENT_NUMBERS: readonly ShipmentField[] = ['quantity', 'usEndUseQuantity'];

/** The id of each shipment field's input. */
export const SHIPMENT_INPUTS: Record<ShipmentField, string> = {
  quantity: 'quantity',
  destinationCountry: 'destination',
  buyerHeadquartersCountry: 'buyer-headquarters',
  shipFromCountry: 'ship-from',
  tariffExemption: 'tariff-exemption',
  usEndUseQuantity: 'us-end-use-quantity',
};

export function blankShipment(): ShipmentDraft {
  return { quantity: '', destinationCountry: '', buyerHeadquartersCountry: '', shipFromCountry: '', tariffExemption: '', usEndUseQuantity: '' };
}

export const isBlankShipment = (shipment: ShipmentDraft) => SHIPMENT_FIELDS.every((key) => shipment[key].trim() === '');

export interface SpecDraft {
  kind: ItemKind;
  name: string;
  datacenter: boolean | null;
  throughput: ThroughputDraft[];
  dies: DieDraft[];
  dramBandwidthGBps: string;
  interconnectGBps: string;
  hbmBandwidthGBps: string;
  hbmAreaMm2: string;
  /** An ISO date, 'never', or '' when unknown. */
  usAvailableSince: string;
  shipment: ShipmentDraft;
  /** The number the next new row's key takes. */
  nextRow: number;
  /** What the reader said a separator means, by input id, for the text it was said of ("1,979": thousands). */
  meant: Readonly<Record<string, { text: string; as: SeparatorReading }>>;
}

/** A number typed with a lone separator before three digits, waiting for the reader to say which it is. */
export interface AmbiguousNumber {
  input: string;
  path: Path;
  typed: string;
  asGroup: string;
  asDecimal: string;
}

const figureKey = (n: number) => `fig${n}`;
const dieKey = (n: number) => `die${n}`;

function figure(key: string, change: Partial<ThroughputDraft> = {}): ThroughputDraft {
  return { key, format: 'FP16', customFormat: '', bitLength: '', value: '', unit: 'TFLOPS', sparse: false, processingUnit: null, ...change };
}

function die(key: string, change: Partial<DieDraft> = {}): DieDraft {
  return { key, name: null, areaMm2: '', nonPlanar: true, ...change };
}

export function blankDraft(): SpecDraft {
  return {
    kind: 'logic', name: '', datacenter: null, throughput: [figure(figureKey(0))], dies: [die(dieKey(0))],
    dramBandwidthGBps: '', interconnectGBps: '', hbmBandwidthGBps: '', hbmAreaMm2: '', usAvailableSince: '', shipment: blankShipment(), nextRow: 1, meant: {},
  };
}

/** The draft with a new empty figure row at the end, and the row's key. */
export function withNewFigure(draft: SpecDraft): { draft: SpecDraft; key: string } {
  const key = figureKey(draft.nextRow);
  return { draft: { ...draft, throughput: [...draft.throughput, figure(key)], nextRow: draft.nextRow + 1 }, key };
}

export function withNewDie(draft: SpecDraft): { draft: SpecDraft; key: string } {
  const key = dieKey(draft.nextRow);
  return { draft: { ...draft, dies: [...draft.dies, die(key)], nextRow: draft.nextRow + 1 }, key };
}

/** A given value as the text a user would have typed; something that is not a number stays visible, so the engine can name it. */
function textOf(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') return raw;
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

function figureOf(raw: unknown, key: string): ThroughputDraft {
  const entry = isRecord(raw) ? raw : {};
  const format = textOf(entry.format);
  const known = KNOWN_FORMATS.includes(format.trim().toUpperCase()) && entry.bitLength === undefined;
  return figure(key, {
    format: known ? format.trim().toUpperCase() : OTHER_FORMAT,
    customFormat: known ? '' : format,
    bitLength: textOf(entry.bitLength),
    value: textOf(entry.value),
    unit: textOf(entry.unit).trim().toUpperCase() || 'TFLOPS',
    sparse: entry.sparse === true,
    processingUnit: typeof entry.processingUnit === 'string' ? entry.processingUnit : null,
  });
}

function dieOf(raw: unknown, key: string): DieDraft {
  const given = isRecord(raw) ? raw : {};
  return die(key, { name: typeof given.name === 'string' ? given.name : null, areaMm2: textOf(given.areaMm2), nonPlanar: given.nonPlanar !== false });
}

/**
 * The most throughput figures, or dies, the form takes from a given spec. A datasheet lists a dozen
 * figures; the page would take minutes to render ten thousand rows, and leaving some out could
 * change the verdict (TPP is the highest of them), so a longer list is refused whole.
 */
export const MAX_ROWS = 100;

/** The list in a given spec that is longer than the form takes, with its length; null when there is none. */
export function overlongList(raw: unknown): { list: 'throughput' | 'dies'; count: number } | null {
  if (!isRecord(raw)) return null;
  for (const list of ['throughput', 'dies'] as const) {
    const value = raw[list];
    if (Array.isArray(value) && value.length > MAX_ROWS) return { list, count: value.length };
  }
  return null;
}

/** The shipment fields of a given spec or shipment object, as text; the others are not read here. */
export function shipmentOf(raw: Record<string, unknown>): ShipmentDraft {
  const shipment = blankShipment();
  for (const key of SHIPMENT_FIELDS) shipment[key] = textOf(raw[key]);
  return shipment;
}

/**
 * Reads any value given as a spec into the form. Returns null when it is not an object at all;
 * otherwise the draft and the fields the form cannot hold (they are reported, not silently dropped).
 */
export function draftFromSpec(raw: unknown): { draft: SpecDraft; ignored: string[] } | null {
  if (!isRecord(raw)) return null;
  const ignored = Object.keys(raw).filter((key) => !(SPEC_FIELDS as readonly string[]).includes(key));
  const list = (key: 'throughput' | 'dies'): unknown[] => {
    const value = raw[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    ignored.push(key);
    return [];
  };
  const hbm = isRecord(raw.hbmStack) ? raw.hbmStack : {};
  // A logic chip's form has no HBM stack fields, and its spec leaves the stack out: say so.
  if (raw.kind !== 'hbm-stack' && raw.hbmStack !== undefined && raw.hbmStack !== null) ignored.push('hbmStack');
  const figures = list('throughput');
  const dies = list('dies');
  // An empty list shows one empty row, inviting the figure; an empty row is not part of the spec.
  const throughput = figures.length ? figures.map((f, i) => figureOf(f, figureKey(i))) : [figure(figureKey(0))];
  const dieRows = dies.length ? dies.map((d, i) => dieOf(d, dieKey(i))) : [die(dieKey(0))];
  return {
    draft: {
      kind: raw.kind === 'hbm-stack' ? 'hbm-stack' : 'logic',
      name: typeof raw.name === 'string' ? raw.name : '',
      datacenter: typeof raw.datacenter === 'boolean' ? raw.datacenter : null,
      throughput,
      dies: dieRows,
      dramBandwidthGBps: textOf(raw.dramBandwidthGBps),
      interconnectGBps: textOf(raw.interconnectGBps),
      hbmBandwidthGBps: textOf(hbm.bandwidthGBps),
      hbmAreaMm2: textOf(hbm.areaMm2),
      usAvailableSince: raw.usAvailableSince === false ? 'never' : textOf(raw.usAvailableSince),
      shipment: shipmentOf(raw),
      nextRow: Math.max(throughput.length, dieRows.length),
      meant: {},
    },
    ignored,
  };
}

const isBlank = (text: string) => text.trim() === '';

/** Reads each number typed, collecting those that wait for the reader to say what a separator means. */
function numberReader(draft: SpecDraft) {
  const ambiguous: AmbiguousNumber[] = [];
  /** A `whole` number (a count of chips) has no decimals: "75,000" groups thousands in any convention. */
  const read = (input: string, path: Path, typed: string, whole = false): string => {
    const meant = draft.meant[input];
    const number = readTypedNumber(typed, meant?.text === typed ? meant.as : whole ? 'group' : undefined);
    if (number.value !== null) return number.value;
    ambiguous.push({ input, path, typed, ...number.ambiguous });
    return typed;
  };
  return { read, ambiguous };
}

function entryOf(row: ThroughputDraft, index: number, read: ReturnType<typeof numberReader>['read']): ThroughputEntry {
  const other = row.format === OTHER_FORMAT;
  return {
    format: other ? row.customFormat : row.format,
    value: read(`${row.key}-value`, ['throughput', index, 'value'], row.value),
    unit: row.unit,
    ...(row.sparse ? { sparse: true } : {}),
    ...(other && !isBlank(row.bitLength) ? { bitLength: read(`${row.key}-bitLength`, ['throughput', index, 'bitLength'], row.bitLength) } : {}),
    ...(row.processingUnit !== null ? { processingUnit: row.processingUnit } : {}),
  };
}

/** The shipment fields given, numbers read as typed in any convention, codes as given. */
function shipmentSpec(shipment: ShipmentDraft, read: ReturnType<typeof numberReader>['read']): Partial<ChipSpec> {
  const spec: Record<string, string> = {};
  for (const key of SHIPMENT_FIELDS) {
    const text = shipment[key].trim();
    if (text !== '') spec[key] = SHIPMENT_NUMBERS.includes(key) ? read(SHIPMENT_INPUTS[key], [key], text, true) : text;
  }
  return spec as Partial<ChipSpec>;
}

/** Where each engine error belongs in the form: the id of its input, or null for the general list. */
export type ErrorLocator = (error: FieldError) => string | null;

/** Ids of the inputs of the spec's top-level fields. */
const FIELD_INPUTS: Record<string, string> = {
  name: 'chip-name',
  dramBandwidthGBps: 'dram',
  interconnectGBps: 'interconnect',
  usAvailableSince: 'us-available',
  hbmStack: 'hbm-bandwidth',
  ...SHIPMENT_INPUTS,
};

/**
 * The spec the engine evaluates. A row whose number is still empty is a draft the user has not
 * filled in yet: it is left out, rather than turning the whole answer into an error. Numbers are
 * read as typed in any language's convention ("989,4", "1 979,5"); `ambiguous` lists those whose
 * lone separator could be either (their text goes to the spec as typed).
 */
export function specFromDraft(draft: SpecDraft): { spec: ChipSpec; locate: ErrorLocator; ambiguous: AmbiguousNumber[] } {
  const stack = draft.kind === 'hbm-stack';
  const figures = stack ? [] : draft.throughput.filter((row) => !isBlank(row.value));
  const dies = stack ? [] : draft.dies.filter((d) => !isBlank(d.areaMm2));
  const available = draft.usAvailableSince.trim();
  const { read, ambiguous } = numberReader(draft);
  const spec: ChipSpec = {
    ...(stack ? { kind: 'hbm-stack' as const } : {}),
    ...(isBlank(draft.name) ? {} : { name: draft.name }),
    ...(draft.datacenter === null || stack ? {} : { datacenter: draft.datacenter }),
    ...(stack ? {} : {
      throughput: figures.map((row, i) => entryOf(row, i, read)),
      dies: dies.map((d, i) => ({ ...(d.name !== null ? { name: d.name } : {}), areaMm2: read(`${d.key}-area`, ['dies', i, 'areaMm2'], d.areaMm2), ...(d.nonPlanar ? {} : { nonPlanar: false }) })),
    }),
    ...(isBlank(draft.dramBandwidthGBps) || stack ? {} : { dramBandwidthGBps: read('dram', ['dramBandwidthGBps'], draft.dramBandwidthGBps) }),
    ...(isBlank(draft.interconnectGBps) || stack ? {} : { interconnectGBps: read('interconnect', ['interconnectGBps'], draft.interconnectGBps) }),
    ...(stack ? {
      hbmStack: {
        bandwidthGBps: isBlank(draft.hbmBandwidthGBps) ? draft.hbmBandwidthGBps : read('hbm-bandwidth', ['hbmStack', 'bandwidthGBps'], draft.hbmBandwidthGBps),
        areaMm2: isBlank(draft.hbmAreaMm2) ? draft.hbmAreaMm2 : read('hbm-area', ['hbmStack', 'areaMm2'], draft.hbmAreaMm2),
      },
    } : {}),
    ...(available === '' || stack ? {} : { usAvailableSince: available === 'never' ? false : available }),
    ...(stack ? {} : shipmentSpec(draft.shipment, read)),
  };

  const locate: ErrorLocator = ({ path, code }) => {
    const [list, index, key] = path;
    if ((list === 'throughput' || list === 'dies') && typeof index === 'number') {
      const item = (list === 'throughput' ? figures : dies)[index];
      if (!item) return null;
      if (list === 'dies') return key === 'areaMm2' ? `${item.key}-area` : key === 'nonPlanar' ? `${item.key}-nonPlanar` : null;
      // An unknown format is fixed by giving its bit length; a missing one by naming it.
      if (key === 'format') return `${item.key}-${code === 'unknown-format' ? 'bitLength' : 'customFormat'}`;
      // A known format has no bit-length field until "Other…" is chosen in its format select.
      if (key === 'bitLength' && 'format' in item && item.format !== OTHER_FORMAT) return `${item.key}-format`;
      return typeof key === 'string' && ['value', 'unit', 'bitLength', 'sparse'].includes(key) ? `${item.key}-${key}` : null;
    }
    if (list === 'hbmStack') return index === 'areaMm2' ? 'hbm-area' : 'hbm-bandwidth';
    return typeof list === 'string' ? FIELD_INPUTS[list] ?? null : null;
  };
  return { spec, locate, ambiguous };
}

/** The engine's errors by the id of the input each belongs to; the others are listed under the verdict. */
export function errorsByInput(errors: readonly FieldError[], locate: ErrorLocator): Map<string, FieldError[]> {
  const byInput = new Map<string, FieldError[]>();
  for (const error of errors) {
    const id = locate(error);
    if (id !== null) byInput.set(id, [...(byInput.get(id) ?? []), error]);
  }
  return byInput;
}

export function updateFigure(draft: SpecDraft, key: string, change: Partial<ThroughputDraft>): SpecDraft {
  return { ...draft, throughput: draft.throughput.map((row) => (row.key === key ? { ...row, ...change } : row)) };
}

export function updateDie(draft: SpecDraft, key: string, change: Partial<DieDraft>): SpecDraft {
  return { ...draft, dies: draft.dies.map((d) => (d.key === key ? { ...d, ...change } : d)) };
}

/**
 * The input to fill in for what the engine says would settle an open answer (['dies'],
 * ['throughput', 1, 'bitLength'], ['datacenter'], …): the first empty one of its kind, or the
 * button that adds one.
 */
export function inputForSpecField(draft: SpecDraft, path: Path): string | null {
  const [field, index] = path;
  switch (field) {
    case 'throughput': {
      if (typeof index === 'number') {
        const row = draft.throughput.filter((r) => !isBlank(r.value))[index];
        return row ? `${row.key}-format` : null;
      }
      const row = draft.throughput.find((r) => isBlank(r.value)) ?? draft.throughput[0];
      return row ? `${row.key}-value` : 'add-figure';
    }
    case 'dies': {
      const first = draft.dies.find((d) => isBlank(d.areaMm2)) ?? draft.dies[0];
      return first ? `${first.key}-area` : 'add-die';
    }
    case 'datacenter':
      return 'market-datacenter';
    default:
      return typeof field === 'string' ? FIELD_INPUTS[field] ?? null : null;
  }
}
