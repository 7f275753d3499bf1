import { Decimal, readDecimal, type NumberProblem } from './decimal.js';
import { quoted } from './quote.js';
import { isIsoDate } from './rules/validate.js';
import { FORMAT_BIT_LENGTHS, UNITS, isFormat, isUnit, type Unit } from './units.js';

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

/** An HBM stack sold as such, for 3A090.c. */
export interface HbmStack {
  bandwidthGBps: NumberInput;
  /** Area of the package or stack. */
  areaMm2: NumberInput;
}

/** The public input contract: plain JSON describing one chip (one integrated circuit). */
export interface ChipSpec {
  name?: string;
  /** Designed or marketed for use in datacenters (Note 2 to 3A090). */
  datacenter?: boolean;
  throughput?: ThroughputEntry[];
  dies?: Die[];
  /** Total DRAM (including HBM) bandwidth attached to the chip, GB/s. */
  dramBandwidthGBps?: NumberInput;
  /** Aggregate bidirectional chip-to-chip transfer rate, excluding memory interfaces, GB/s. */
  interconnectGBps?: NumberInput;
  hbmStack?: HbmStack;
  /**
   * When the chip was first commercially available in the United States (YYYY-MM-DD), or false when
   * it never was (parts made for the Chinese market). The January 2026 China review rule covers
   * only chips available in the US when it was published.
   */
  usAvailableSince?: string | false;
}

/** A problem with one field of the input, named by its path (e.g. `throughput[1].unit`). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface NormalizedEntry {
  index: number;
  format: string;
  bitLength: Decimal;
  bitLengthOverridden: boolean;
  value: Decimal;
  unit: Unit;
  sparse: boolean;
  processingUnit: string | null;
}

export interface NormalizedDie {
  index: number;
  name: string | null;
  areaMm2: Decimal;
  nonPlanar: boolean;
}

/** A spec after validation: every number a Decimal, every default applied. */
export interface NormalizedSpec {
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

const PROBLEM_TEXT: Record<NumberProblem, string> = {
  missing: 'is missing',
  'wrong-type': 'must be a number or a decimal string',
  'not-a-number': 'is not a number',
  'not-finite': 'must be a finite number',
  separator: 'is not a number: use "." as the decimal separator and no thousands separators',
  'out-of-range': 'is out of range (beyond 10^400)',
};

const SPEC_KEYS = ['name', 'datacenter', 'throughput', 'dies', 'dramBandwidthGBps', 'interconnectGBps', 'hbmStack', 'usAvailableSince'];
const ENTRY_KEYS = ['format', 'value', 'unit', 'sparse', 'bitLength', 'processingUnit'];
const DIE_KEYS = ['name', 'areaMm2', 'nonPlanar'];
const HBM_KEYS = ['bandwidthGBps', 'areaMm2'];

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** Collects errors while reading one spec; each reader returns null when its field is unusable. */
function createReader() {
  const errors: FieldError[] = [];
  const fail = (field: string, code: string, problem: string) => {
    errors.push({ field, code, message: `${field} ${problem}.` });
    return null;
  };

  const number = (raw: unknown, field: string, opts: { optional?: boolean; positive?: boolean } = {}) => {
    if (opts.optional && (raw === undefined || raw === null || raw === '')) return null;
    const read = readDecimal(raw);
    if ('problem' in read) {
      const shown = typeof raw === 'string' ? ` (${quoted(raw)})` : '';
      return fail(field, read.problem, `${PROBLEM_TEXT[read.problem]}${read.problem === 'missing' ? '' : shown}`);
    }
    if (read.value.isNegative()) return fail(field, 'negative', 'must not be negative');
    if (opts.positive && read.value.isZero()) return fail(field, 'not-positive', 'must be greater than zero');
    return read.value;
  };

  const boolean = (raw: unknown, field: string): boolean | null | undefined => {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'boolean') return raw;
    return fail(field, 'wrong-type', 'must be true or false');
  };

  const text = (raw: unknown, field: string): string | null | undefined => {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'string') return raw;
    return fail(field, 'wrong-type', 'must be a string');
  };

  const unknownKeys = (raw: Record<string, unknown>, known: string[], prefix: string) => {
    for (const key of Object.keys(raw)) {
      if (!known.includes(key)) fail(`${prefix}${key}`, 'unknown-field', `is not a known field (known: ${known.join(', ')})`);
    }
  };

  const list = (raw: unknown, field: string): unknown[] | null => {
    if (raw === undefined || raw === null) return [];
    if (Array.isArray(raw)) return raw;
    return fail(field, 'wrong-type', 'must be a list');
  };

  return { errors, fail, number, boolean, text, unknownKeys, list };
}

type Reader = ReturnType<typeof createReader>;

function readEntry(read: Reader, raw: unknown, index: number): NormalizedEntry | null {
  const at = `throughput[${index}]`;
  if (!isRecord(raw)) return read.fail(at, 'wrong-type', 'must be an object with format, value and unit');
  read.unknownKeys(raw, ENTRY_KEYS, `${at}.`);

  const formatText = read.text(raw.format, `${at}.format`);
  const format = formatText?.trim() ?? '';
  const canonicalFormat = format.toUpperCase();
  const override = read.number(raw.bitLength, `${at}.bitLength`, { optional: true, positive: true });
  if (formatText !== null && format === '') read.fail(`${at}.format`, 'missing', 'is missing');
  else if (format !== '' && !isFormat(canonicalFormat) && raw.bitLength === undefined) {
    read.fail(`${at}.format`, 'unknown-format',
      `${quoted(format)} is not a known format (${Object.keys(FORMAT_BIT_LENGTHS).join(', ')}); give its bitLength`);
  }

  const unitText = read.text(raw.unit, `${at}.unit`);
  const unit = unitText?.trim().toUpperCase() ?? '';
  if (unitText !== null && unit === '') read.fail(`${at}.unit`, 'missing', 'is missing');
  else if (unit !== '' && !isUnit(unit)) {
    read.fail(`${at}.unit`, 'unknown-unit', `${quoted(unitText)} is not a known unit (${Object.keys(UNITS).join(', ')})`);
  }

  const value = read.number(raw.value, `${at}.value`);
  const sparse = read.boolean(raw.sparse, `${at}.sparse`);
  const processingUnit = read.text(raw.processingUnit, `${at}.processingUnit`);

  if (value === null || !isUnit(unit) || sparse === null || processingUnit === null || format === '') return null;
  const bitLength = override ?? (isFormat(canonicalFormat) ? new Decimal(FORMAT_BIT_LENGTHS[canonicalFormat]) : null);
  if (bitLength === null) return null;
  return {
    index,
    format: isFormat(canonicalFormat) ? canonicalFormat : format,
    bitLength,
    bitLengthOverridden: override !== null,
    value,
    unit,
    sparse: sparse ?? false,
    processingUnit: processingUnit?.trim() || null,
  };
}

function readDie(read: Reader, raw: unknown, index: number): NormalizedDie | null {
  const at = `dies[${index}]`;
  if (!isRecord(raw)) return read.fail(at, 'wrong-type', 'must be an object with areaMm2');
  read.unknownKeys(raw, DIE_KEYS, `${at}.`);
  const areaMm2 = read.number(raw.areaMm2, `${at}.areaMm2`, { positive: true });
  const nonPlanar = read.boolean(raw.nonPlanar, `${at}.nonPlanar`);
  const name = read.text(raw.name, `${at}.name`);
  if (areaMm2 === null || nonPlanar === null || name === null) return null;
  return { index, name: name ?? null, areaMm2, nonPlanar: nonPlanar ?? true };
}

function readHbmStack(read: Reader, raw: unknown): NormalizedSpec['hbmStack'] {
  if (raw === undefined || raw === null) return null;
  if (!isRecord(raw)) return read.fail('hbmStack', 'wrong-type', 'must be an object with bandwidthGBps and areaMm2');
  read.unknownKeys(raw, HBM_KEYS, 'hbmStack.');
  const bandwidthGBps = read.number(raw.bandwidthGBps, 'hbmStack.bandwidthGBps');
  const areaMm2 = read.number(raw.areaMm2, 'hbmStack.areaMm2', { positive: true });
  return bandwidthGBps && areaMm2 ? { bandwidthGBps, areaMm2 } : null;
}

function readAvailability(read: Reader, raw: unknown): NormalizedSpec['usAvailableSince'] {
  if (raw === undefined || raw === null) return null;
  if (raw === false) return 'never';
  if (isIsoDate(raw)) return raw;
  return read.fail('usAvailableSince', 'not-a-date', 'must be a date as YYYY-MM-DD, or false when the chip was never sold in the United States');
}

/**
 * Validates a chip spec. Never throws: whatever `raw` is, the answer is either a normalized spec or
 * a list of errors that each name the field and the problem.
 */
export function validateSpec(raw: unknown): { spec: NormalizedSpec; errors: [] } | { spec: null; errors: FieldError[] } {
  const read = createReader();
  if (!isRecord(raw)) {
    read.fail('spec', raw === undefined || raw === null ? 'missing' : 'wrong-type', raw === undefined || raw === null ? 'is missing' : 'must be an object');
    return { spec: null, errors: read.errors };
  }
  read.unknownKeys(raw, SPEC_KEYS, '');
  const name = read.text(raw.name, 'name');
  const datacenter = read.boolean(raw.datacenter, 'datacenter');
  const throughput = (read.list(raw.throughput, 'throughput') ?? []).map((entry, i) => readEntry(read, entry, i));
  const dies = (read.list(raw.dies, 'dies') ?? []).map((die, i) => readDie(read, die, i));
  const dramBandwidthGBps = read.number(raw.dramBandwidthGBps, 'dramBandwidthGBps', { optional: true });
  const interconnectGBps = read.number(raw.interconnectGBps, 'interconnectGBps', { optional: true });
  const hbmStack = readHbmStack(read, raw.hbmStack);
  const usAvailableSince = readAvailability(read, raw.usAvailableSince);

  if (read.errors.length > 0) return { spec: null, errors: read.errors };
  return {
    spec: {
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
