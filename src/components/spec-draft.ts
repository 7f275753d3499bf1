/**
 * The form's model: a chip spec as the user typed it. Every number stays the exact text entered
 * (the engine reads decimal strings), so nothing typed is ever lost or rounded by the view.
 */
import { FORMAT_BIT_LENGTHS, UNITS, type ChipSpec, type FieldError, type ThroughputEntry } from '../core/index.js';

export const OTHER_FORMAT = 'other';
export const KNOWN_FORMATS = Object.keys(FORMAT_BIT_LENGTHS);
export const KNOWN_UNITS = Object.keys(UNITS);

export interface ThroughputDraft {
  /** Stable across edits, for element ids and keyed rendering. */
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

export interface SpecDraft {
  name: string;
  datacenter: boolean | null;
  throughput: ThroughputDraft[];
  dies: DieDraft[];
  dramBandwidthGBps: string;
  interconnectGBps: string;
  hbmBandwidthGBps: string;
  hbmAreaMm2: string;
}

let lastKey = 0;
const nextKey = () => `k${(lastKey += 1)}`;

export function blankFigure(): ThroughputDraft {
  return { key: nextKey(), format: 'FP16', customFormat: '', bitLength: '', value: '', unit: 'TFLOPS', sparse: false, processingUnit: null };
}

export function blankDie(): DieDraft {
  return { key: nextKey(), name: null, areaMm2: '', nonPlanar: true };
}

export function blankDraft(): SpecDraft {
  return {
    name: '', datacenter: null, throughput: [blankFigure()], dies: [blankDie()],
    dramBandwidthGBps: '', interconnectGBps: '', hbmBandwidthGBps: '', hbmAreaMm2: '',
  };
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** A given value as the text a user would have typed; something that is not a number stays visible, so the engine can name it. */
function textOf(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') return raw;
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

function figureOf(raw: unknown): ThroughputDraft {
  const entry = isRecord(raw) ? raw : {};
  const format = textOf(entry.format);
  const known = KNOWN_FORMATS.includes(format.trim().toUpperCase()) && entry.bitLength === undefined;
  return {
    key: nextKey(),
    format: known ? format.trim().toUpperCase() : OTHER_FORMAT,
    customFormat: known ? '' : format,
    bitLength: textOf(entry.bitLength),
    value: textOf(entry.value),
    unit: textOf(entry.unit).trim().toUpperCase() || 'TFLOPS',
    sparse: entry.sparse === true,
    processingUnit: typeof entry.processingUnit === 'string' ? entry.processingUnit : null,
  };
}

function dieOf(raw: unknown): DieDraft {
  const die = isRecord(raw) ? raw : {};
  return { key: nextKey(), name: typeof die.name === 'string' ? die.name : null, areaMm2: textOf(die.areaMm2), nonPlanar: die.nonPlanar !== false };
}

const SPEC_KEYS = ['name', 'datacenter', 'throughput', 'dies', 'dramBandwidthGBps', 'interconnectGBps', 'hbmStack'];

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

/**
 * Reads any value given as a spec into the form. Returns null when it is not an object at all;
 * otherwise the draft and the fields the form cannot hold (they are reported, not silently dropped).
 */
export function draftFromSpec(raw: unknown): { draft: SpecDraft; ignored: string[] } | null {
  if (!isRecord(raw)) return null;
  const ignored = Object.keys(raw).filter((key) => !SPEC_KEYS.includes(key));
  const list = (key: 'throughput' | 'dies'): unknown[] => {
    const value = raw[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    ignored.push(key);
    return [];
  };
  const hbm = isRecord(raw.hbmStack) ? raw.hbmStack : {};
  const figures = list('throughput');
  const dies = list('dies');
  return {
    draft: {
      name: typeof raw.name === 'string' ? raw.name : '',
      datacenter: typeof raw.datacenter === 'boolean' ? raw.datacenter : null,
      // An empty list shows one empty row, inviting the figure; an empty row is not part of the spec.
      throughput: figures.length ? figures.map(figureOf) : [blankFigure()],
      dies: dies.length ? dies.map(dieOf) : [blankDie()],
      dramBandwidthGBps: textOf(raw.dramBandwidthGBps),
      interconnectGBps: textOf(raw.interconnectGBps),
      hbmBandwidthGBps: textOf(hbm.bandwidthGBps),
      hbmAreaMm2: textOf(hbm.areaMm2),
    },
    ignored,
  };
}

const isBlank = (text: string) => text.trim() === '';

function entryOf(row: ThroughputDraft): ThroughputEntry {
  const other = row.format === OTHER_FORMAT;
  return {
    format: other ? row.customFormat : row.format,
    value: row.value,
    unit: row.unit,
    ...(row.sparse ? { sparse: true } : {}),
    ...(other && !isBlank(row.bitLength) ? { bitLength: row.bitLength } : {}),
    ...(row.processingUnit !== null ? { processingUnit: row.processingUnit } : {}),
  };
}

/** Where each engine error belongs in the form: the id of its input, or null for the general list. */
export type ErrorLocator = (error: FieldError) => string | null;

/**
 * The spec the engine evaluates. A row whose number is still empty is a draft the user has not
 * filled in yet: it is left out, rather than turning the whole answer into an error.
 */
export function specFromDraft(draft: SpecDraft): { spec: ChipSpec; locate: ErrorLocator } {
  const figures = draft.throughput.filter((row) => !isBlank(row.value));
  const dies = draft.dies.filter((die) => !isBlank(die.areaMm2));
  const hasHbm = !isBlank(draft.hbmBandwidthGBps) || !isBlank(draft.hbmAreaMm2);
  const spec: ChipSpec = {
    ...(isBlank(draft.name) ? {} : { name: draft.name }),
    ...(draft.datacenter === null ? {} : { datacenter: draft.datacenter }),
    throughput: figures.map(entryOf),
    dies: dies.map((die) => ({ ...(die.name !== null ? { name: die.name } : {}), areaMm2: die.areaMm2, ...(die.nonPlanar ? {} : { nonPlanar: false }) })),
    ...(isBlank(draft.dramBandwidthGBps) ? {} : { dramBandwidthGBps: draft.dramBandwidthGBps }),
    ...(isBlank(draft.interconnectGBps) ? {} : { interconnectGBps: draft.interconnectGBps }),
    ...(hasHbm ? { hbmStack: { bandwidthGBps: draft.hbmBandwidthGBps, areaMm2: draft.hbmAreaMm2 } } : {}),
  };

  const locate: ErrorLocator = ({ field, code }) => {
    const row = /^(throughput|dies)\[(\d+)\]\.(\w+)$/.exec(field);
    if (row) {
      const [, list, index, key] = row;
      const item = (list === 'throughput' ? figures : dies)[Number(index)];
      if (!item) return null;
      if (list === 'dies') return key === 'areaMm2' ? `${item.key}-area` : key === 'nonPlanar' ? `${item.key}-nonPlanar` : null;
      // An unknown format is fixed by giving its bit length; a missing one by naming it.
      if (key === 'format') return `${item.key}-${code === 'unknown-format' ? 'bitLength' : 'customFormat'}`;
      // A known format has no bit-length field until "Other…" is chosen in its format select.
      if (key === 'bitLength' && 'format' in item && item.format !== OTHER_FORMAT) return `${item.key}-format`;
      return ['value', 'unit', 'bitLength', 'sparse'].includes(key ?? '') ? `${item.key}-${key}` : null;
    }
    return FIELD_INPUTS[field] ?? null;
  };
  return { spec, locate };
}

/** Ids of the inputs of the spec's top-level fields. */
const FIELD_INPUTS: Record<string, string> = {
  name: 'chip-name',
  dramBandwidthGBps: 'dram',
  interconnectGBps: 'interconnect',
  'hbmStack.bandwidthGBps': 'hbm-bandwidth',
  'hbmStack.areaMm2': 'hbm-area',
};

/** The engine's errors by the id of the input each belongs to; the others are listed under the verdict. */
export function errorsByInput(errors: FieldError[], locate: ErrorLocator): Map<string, FieldError[]> {
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
  return { ...draft, dies: draft.dies.map((die) => (die.key === key ? { ...die, ...change } : die)) };
}

/**
 * The input to fill in for a spec field the engine says would settle an open answer ('dies',
 * 'throughput', 'datacenter', …): the first empty one of its kind, or the button that adds one.
 */
export function inputForSpecField(draft: SpecDraft, field: string): string | null {
  switch (field) {
    case 'throughput': {
      const row = draft.throughput.find((r) => isBlank(r.value)) ?? draft.throughput[0];
      return row ? `${row.key}-value` : 'add-figure';
    }
    case 'dies': {
      const die = draft.dies.find((d) => isBlank(d.areaMm2)) ?? draft.dies[0];
      return die ? `${die.key}-area` : 'add-die';
    }
    case 'datacenter':
      return 'market-datacenter';
    case 'hbmStack':
      return 'hbm-bandwidth';
    default:
      return FIELD_INPUTS[field] ?? null;
  }
}
