import { Decimal, readDecimal } from './decimal.js';
import { pathText, type ErrorCode, type ErrorParams, type FieldError, type Path } from './errors.js';
import type { ItemKind } from './metrics/figures.js';
import { errorMessage } from './explain/en-words.js';
import { FORMAT_BIT_LENGTHS, UNITS, bitLengthOf, isFormat, isUnit, teraOpsFactor, type Unit } from './units.js';
import { isIsoDate, isRecord, quoted } from './util.js';

/** A number as a chip spec may carry it: a JSON number or a decimal string. */
export type NumberInput = number | string;

/** One throughput figure from a datasheet. */
export interface ThroughputEntry {
  /** FP64, FP32, TF32, FP16, BF16, FP8, FP6, FP4, INT32, INT16, INT8, INT4, or any name with `bitLength`. */
  format: string;
  value: NumberInput;
  /** GOPS, TOPS, POPS, GFLOPS, TFLOPS, PFLOPS, or GMACS, TMACS (multiply-accumulates, counted double). */
  unit: string;
  /** The figure includes 2:4 structured sparsity; the engine halves it. */
  sparse?: boolean;
  /** Overrides the format's bit length; required for a format the engine does not know. */
  bitLength?: NumberInput;
  /** Entries on distinct, concurrently working units are summed; those on one unit give their maximum. */
  processingUnit?: string;
}

export interface Die {
  name?: string;
  areaMm2: NumberInput;
  /** Made with a non-planar (FinFET, GAA) transistor architecture; only such logic dies count. */
  nonPlanar?: boolean;
}

/** The bandwidth and area of an HBM stack sold as such (a spec of kind "hbm-stack"), for 3A090.c. */
export interface HbmStack {
  bandwidthGBps: NumberInput;
  /** Area of the package or stack. */
  areaMm2: NumberInput;
}

/** The public input contract: plain JSON describing one item, a logic chip (the default) or a standalone HBM stack. */
export interface ChipSpec {
  /**
   * `logic` (the default): an integrated circuit with digital processing units (GPU, accelerator,
   * ASIC). `hbm-stack`: a high-bandwidth memory stack sold as such, described by `hbmStack`.
   */
  kind?: ItemKind;
  name?: string;
  /** Designed or marketed for use in datacenters (Note 2 to 3A090). */
  datacenter?: boolean;
  throughput?: ThroughputEntry[];
  dies?: Die[];
  /** Total DRAM (including HBM) bandwidth attached to the chip, GB/s. */
  dramBandwidthGBps?: NumberInput;
  /** Aggregate bidirectional chip-to-chip transfer rate, excluding memory interfaces, GB/s. */
  interconnectGBps?: NumberInput;
  /** Required for kind "hbm-stack"; not used for a logic chip (its co-packaged HBM is outside 3A090.c). */
  hbmStack?: HbmStack;
  /**
   * When the chip was first commercially available in the United States (YYYY-MM-DD), or false when
   * it never was (parts made for the Chinese market). The January 2026 China review rule covers
   * only chips available in the US when it was published.
   */
  usAvailableSince?: string | false;
}

/** The spec's fields, and those of its parts, in the order the contract lists them. */
export const SPEC_FIELDS = ['kind', 'name', 'datacenter', 'throughput', 'dies', 'dramBandwidthGBps', 'interconnectGBps', 'hbmStack', 'usAvailableSince'] as const;
export const ENTRY_FIELDS = ['format', 'value', 'unit', 'sparse', 'bitLength', 'processingUnit'] as const;
export const DIE_FIELDS = ['name', 'areaMm2', 'nonPlanar'] as const;
export const HBM_FIELDS = ['bandwidthGBps', 'areaMm2'] as const;
export const ITEM_KINDS: readonly ItemKind[] = ['logic', 'hbm-stack'];

export interface NormalizedEntry {
  index: number;
  format: string;
  bitLength: Decimal;
  bitLengthOverridden: boolean;
  value: Decimal;
  unit: Unit;
  sparse: boolean;
  processingUnit: string | null;
  /** Dense tera-operations per second: MACs counted double, a sparse figure halved. */
  denseTeraOps: Decimal;
}

export interface NormalizedDie {
  index: number;
  name: string | null;
  areaMm2: Decimal;
  nonPlanar: boolean;
}

/** A spec after validation: every number a Decimal, every default applied. */
export interface NormalizedSpec {
  kind: ItemKind;
  name: string | null;
  datacenter: boolean | null;
  throughput: NormalizedEntry[];
  dies: NormalizedDie[];
  dramBandwidthGBps: Decimal | null;
  interconnectGBps: Decimal | null;
  hbmStack: { bandwidthGBps: Decimal; areaMm2: Decimal } | null;
  /** An ISO date, 'never', or null when unknown. */
  usAvailableSince: string | 'never' | null;
}

/** Builds a structured error; its English message comes from the one English catalogue. */
export function fieldError(path: Path, code: ErrorCode, params: ErrorParams = {}, item?: { at: number; id: string }): FieldError {
  const error: FieldError = { path, field: pathText(path, item), code, params, message: '' };
  error.message = errorMessage(error);
  return error;
}

/**
 * Reads the fields of one spec, collecting errors; each reader returns null when its field is
 * unusable. A field's path is built only for an error: reading a valid spec allocates none.
 */
type Errors = FieldError[];
type At = Path;

function fail(errors: Errors, at: At, key: string | number | null, code: ErrorCode, params: ErrorParams = {}): null {
  errors.push(fieldError(key === null ? at : [...at, key], code, params));
  return null;
}

function readNumber(errors: Errors, raw: unknown, at: At, key: string | null, opts: { optional?: boolean; positive?: boolean } = {}): Decimal | null {
  if (opts.optional && (raw === undefined || raw === null || raw === '')) return null;
  const read = readDecimal(raw);
  if ('problem' in read) {
    return fail(errors, at, key, read.problem, read.problem === 'wrong-type' ? { expected: 'number' } : typeof raw === 'string' ? { given: quoted(raw) } : {});
  }
  if (read.value.isNegative()) return fail(errors, at, key, 'negative');
  if (opts.positive && read.value.isZero()) return fail(errors, at, key, 'not-positive');
  return read.value;
}

function readBoolean(errors: Errors, raw: unknown, at: At, key: string): boolean | null | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'boolean') return raw;
  return fail(errors, at, key, 'wrong-type', { expected: 'boolean' });
}

function readText(errors: Errors, raw: unknown, at: At, key: string): string | null | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  return fail(errors, at, key, 'wrong-type', { expected: 'text' });
}

function checkKeys(errors: Errors, raw: Record<string, unknown>, known: readonly string[], at: At) {
  for (const key in raw) {
    if (Object.hasOwn(raw, key) && !known.includes(key)) fail(errors, at, key, 'unknown-field', { known });
  }
}

function readList(errors: Errors, raw: unknown, key: string): unknown[] | null {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw;
  return fail(errors, [], key, 'wrong-type', { expected: 'list' });
}

function readEntry(errors: Errors, raw: unknown, index: number): NormalizedEntry | null {
  const at: Path = ['throughput', index];
  if (!isRecord(raw)) return fail(errors, at, null, 'wrong-type', { expected: 'entry' });
  checkKeys(errors, raw, ENTRY_FIELDS, at);

  const formatText = readText(errors, raw.format, at, 'format');
  const format = formatText?.trim() ?? '';
  const canonicalFormat = format.toUpperCase();
  const override = readNumber(errors, raw.bitLength, at, 'bitLength', { optional: true, positive: true });
  if (formatText !== null && format === '') fail(errors, at, 'format', 'missing');
  else if (format !== '' && !isFormat(canonicalFormat) && raw.bitLength === undefined) {
    fail(errors, at, 'format', 'unknown-format', { given: quoted(format), known: Object.keys(FORMAT_BIT_LENGTHS) });
  }

  const unitText = readText(errors, raw.unit, at, 'unit');
  const unit = unitText?.trim().toUpperCase() ?? '';
  if (unitText !== null && unit === '') fail(errors, at, 'unit', 'missing');
  else if (unit !== '' && !isUnit(unit)) fail(errors, at, 'unit', 'unknown-unit', { given: quoted(unitText), known: Object.keys(UNITS) });

  const value = readNumber(errors, raw.value, at, 'value');
  const sparse = readBoolean(errors, raw.sparse, at, 'sparse');
  const processingUnit = readText(errors, raw.processingUnit, at, 'processingUnit');

  if (value === null || !isUnit(unit) || sparse === null || processingUnit === null || format === '') return null;
  const bitLength = override ?? (isFormat(canonicalFormat) ? bitLengthOf(canonicalFormat) : null);
  if (bitLength === null) return null;
  const dense = value.times(teraOpsFactor(unit));
  return {
    index,
    format: isFormat(canonicalFormat) ? canonicalFormat : format,
    bitLength,
    bitLengthOverridden: override !== null,
    value,
    unit,
    sparse: sparse ?? false,
    processingUnit: processingUnit?.trim() || null,
    denseTeraOps: sparse ? dense.dividedBy(2) : dense,
  };
}

function readDie(errors: Errors, raw: unknown, index: number): NormalizedDie | null {
  const at: Path = ['dies', index];
  if (!isRecord(raw)) return fail(errors, at, null, 'wrong-type', { expected: 'die' });
  checkKeys(errors, raw, DIE_FIELDS, at);
  const areaMm2 = readNumber(errors, raw.areaMm2, at, 'areaMm2', { positive: true });
  const nonPlanar = readBoolean(errors, raw.nonPlanar, at, 'nonPlanar');
  const name = readText(errors, raw.name, at, 'name');
  if (areaMm2 === null || nonPlanar === null || name === null) return null;
  return { index, name: name ?? null, areaMm2, nonPlanar: nonPlanar ?? true };
}

const TOP: Path = [];
const STACK: Path = ['hbmStack'];

function readHbmStack(errors: Errors, raw: unknown, kind: ItemKind): NormalizedSpec['hbmStack'] {
  if (raw === undefined || raw === null) return kind === 'hbm-stack' ? fail(errors, TOP, 'hbmStack', 'missing') : null;
  if (!isRecord(raw)) return fail(errors, TOP, 'hbmStack', 'wrong-type', { expected: 'hbm-stack' });
  checkKeys(errors, raw, HBM_FIELDS, STACK);
  const bandwidthGBps = readNumber(errors, raw.bandwidthGBps, STACK, 'bandwidthGBps');
  const areaMm2 = readNumber(errors, raw.areaMm2, STACK, 'areaMm2', { positive: true });
  return bandwidthGBps && areaMm2 ? { bandwidthGBps, areaMm2 } : null;
}

function readKind(errors: Errors, raw: unknown): ItemKind | null {
  if (raw === undefined || raw === null) return 'logic';
  if (ITEM_KINDS.includes(raw as ItemKind)) return raw as ItemKind;
  return fail(errors, TOP, 'kind', 'unknown-kind', { given: quoted(raw), known: ITEM_KINDS });
}

function readAvailability(errors: Errors, raw: unknown): NormalizedSpec['usAvailableSince'] {
  if (raw === undefined || raw === null) return null;
  if (raw === false) return 'never';
  if (isIsoDate(raw)) return raw;
  return fail(errors, TOP, 'usAvailableSince', 'not-a-date', { expected: 'date-or-false', given: quoted(raw) });
}

/**
 * Validates a chip spec. Never throws: whatever `raw` is, the answer is either a normalized spec or
 * a list of errors that each name the field and the problem.
 */
export function validateSpec(raw: unknown): { spec: NormalizedSpec; errors: [] } | { spec: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isRecord(raw)) {
    fail(errors, TOP, 'spec', raw === undefined || raw === null ? 'missing' : 'wrong-type', { expected: 'spec' });
    return { spec: null, errors };
  }
  checkKeys(errors, raw, SPEC_FIELDS, TOP);
  const kind = readKind(errors, raw.kind);
  const name = readText(errors, raw.name, TOP, 'name');
  const datacenter = readBoolean(errors, raw.datacenter, TOP, 'datacenter');
  const throughput = (readList(errors, raw.throughput, 'throughput') ?? []).map((entry, i) => readEntry(errors, entry, i));
  const dies = (readList(errors, raw.dies, 'dies') ?? []).map((die, i) => readDie(errors, die, i));
  const dramBandwidthGBps = readNumber(errors, raw.dramBandwidthGBps, TOP, 'dramBandwidthGBps', { optional: true });
  const interconnectGBps = readNumber(errors, raw.interconnectGBps, TOP, 'interconnectGBps', { optional: true });
  const hbmStack = readHbmStack(errors, raw.hbmStack, kind ?? 'logic');
  const usAvailableSince = readAvailability(errors, raw.usAvailableSince);

  if (errors.length > 0 || kind === null) return { spec: null, errors };
  return {
    spec: {
      kind,
      name: name ?? null,
      datacenter: datacenter ?? null,
      throughput: throughput.filter((e): e is NormalizedEntry => e !== null),
      dies: dies.filter((d): d is NormalizedDie => d !== null),
      dramBandwidthGBps,
      interconnectGBps,
      hbmStack,
      usAvailableSince,
    },
    errors: [],
  };
}
