import { isCountryCode } from './countries.js';
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

/**
 * The end uses in the United States for which the Section 232 duty of January 2026 does not apply
 * (Proclamation 11002, as quoted): `none` when the chip is imported for none of them.
 */
export const TARIFF_EXEMPTIONS = [
  'none', 'us-data-center', 'us-repair', 'us-research', 'us-startup', 'us-consumer', 'us-industrial', 'us-public-sector', 'secretary-approved',
] as const;
export type TariffExemption = (typeof TARIFF_EXEMPTIONS)[number];

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
  /** How many of the chip a shipment or fleet holds, a whole number: total TPP and H100-equivalents, and the caps, read it. */
  quantity?: NumberInput;
  /** Where the chips go: an ISO 3166-1 alpha-2 code, e.g. "AE". */
  destinationCountry?: string;
  /** Where the buyer, or its ultimate parent, is headquartered: an ISO 3166-1 alpha-2 code. */
  buyerHeadquartersCountry?: string;
  /** Where the chips are shipped from: "US" for an export from the United States, another code for a reexport or an export from abroad. */
  shipFromCountry?: string;
  /** The US end use the chips are imported for, as the Section 232 duty's exemptions list them, or "none". */
  tariffExemption?: TariffExemption;
  /** Units of the same product shipped to customers for end use in the United States (the January 2026 rule's 50% cap). */
  usEndUseQuantity?: NumberInput;
}

/** A per-chip peak rate for a training cluster: a datasheet figure at the training precision. */
export interface PerChipRate {
  /** The precision the figure is for (e.g. "BF16"), shown only. */
  format?: string;
  value: NumberInput;
  /** TFLOPS, PFLOPS, TOPS… as for a chip's throughput; MAC units count double. */
  unit: string;
  /** The figure counts 2:4 sparsity; it is halved. */
  sparse?: boolean;
}

/** How a training run's compute is known, by the hardware: chips × per-chip peak × utilisation × duration. */
export interface TrainingCluster {
  chips: NumberInput;
  perChip: PerChipRate;
  /** The share of the peak achieved on average (model FLOP utilisation), from 0 to 1, e.g. 0.4. */
  utilization: NumberInput;
  /** Days of training; without it the run's compute is unknown, and the days to each line are given instead. */
  durationDays?: NumberInput;
  /** The data-centre networking connecting the machines, Gbit/s (Executive Order 14110's cluster line). */
  networkGbps?: NumberInput;
  /** The machines are physically co-located in a single data centre (Executive Order 14110). */
  singleDatacenter?: boolean;
}

/** How a training run's compute is known, by the model: 6 × parameters × tokens (dense transformers). */
export interface TrainingModel {
  parameters?: NumberInput;
  /** For a mixture-of-experts model, the parameters active per token; they replace `parameters` in 6 × N × D. */
  activeParameters?: NumberInput;
  tokens: NumberInput;
}

/**
 * A training run: the compute used to train a model, by any one route (`cluster`, `model` or
 * `totalFlop`), plus what the rules add to it. Evaluated against rule sets on training compute
 * (EU AI Act Art. 51, SB 53, RAISE, EO 14110).
 */
export interface TrainingRunSpec {
  kind: 'training-run';
  name?: string;
  cluster?: TrainingCluster;
  model?: TrainingModel;
  /** The run's compute, typed: floating-point (or integer) operations. */
  totalFlop?: NumberInput;
  /** Fine-tuning, reinforcement learning and other modifications after the run, operations; added to it. */
  fineTuningFlop?: NumberInput;
  /**
   * When the run modifies an existing model: that model's training compute. The modified model's
   * compute is the sum; the EU guidelines' downstream-modifier line compares the modification with a third of it.
   */
  baseModelFlop?: NumberInput;
  /** The developer's annual gross revenue with its affiliates in the preceding calendar year, US dollars (SB 53, RAISE). */
  developerRevenueUsd?: NumberInput;
  /** Trained primarily on biological sequence data (Executive Order 14110's 10^23 line). */
  biologicalSequenceData?: boolean;
  /** Can generate text, audio, images or video (the EU guidelines' indicative criterion for a general-purpose model). */
  generatesContent?: boolean;
}

/** Any item the engine evaluates. */
export type ItemSpec = ChipSpec | TrainingRunSpec;

/** The spec's fields, and those of its parts, in the order the contract lists them. */
export const SPEC_FIELDS = [
  'kind', 'name', 'datacenter', 'throughput', 'dies', 'dramBandwidthGBps', 'interconnectGBps', 'hbmStack', 'usAvailableSince',
  'quantity', 'destinationCountry', 'buyerHeadquartersCountry', 'shipFromCountry', 'tariffExemption', 'usEndUseQuantity',
] as const;
export const ENTRY_FIELDS = ['format', 'value', 'unit', 'sparse', 'bitLength', 'processingUnit'] as const;
export const DIE_FIELDS = ['name', 'areaMm2', 'nonPlanar'] as const;
export const HBM_FIELDS = ['bandwidthGBps', 'areaMm2'] as const;
export const TRAINING_FIELDS = [
  'kind', 'name', 'cluster', 'model', 'totalFlop', 'fineTuningFlop', 'baseModelFlop', 'developerRevenueUsd', 'biologicalSequenceData', 'generatesContent',
] as const;
export const CLUSTER_FIELDS = ['chips', 'perChip', 'utilization', 'durationDays', 'networkGbps', 'singleDatacenter'] as const;
export const MODEL_FIELDS = ['parameters', 'activeParameters', 'tokens'] as const;
export const PER_CHIP_FIELDS = ['format', 'value', 'unit', 'sparse'] as const;
/** The routes to a training run's compute, of which a spec gives one. */
export const TRAINING_ROUTES = ['cluster', 'model', 'totalFlop'] as const;
export const ITEM_KINDS: readonly ItemKind[] = ['logic', 'hbm-stack', 'training-run'];

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

/** A training run after validation; the route is the one given, or null when none was. */
export interface NormalizedTraining {
  route: 'cluster' | 'model' | 'total' | null;
  cluster: {
    chips: Decimal;
    perChip: { format: string | null; value: Decimal; unit: Unit; sparse: boolean; denseTeraOps: Decimal };
    utilization: Decimal;
    durationDays: Decimal | null;
    networkGbps: Decimal | null;
    singleDatacenter: boolean | null;
  } | null;
  model: { parameters: Decimal | null; activeParameters: Decimal | null; tokens: Decimal } | null;
  totalFlop: Decimal | null;
  fineTuningFlop: Decimal | null;
  baseModelFlop: Decimal | null;
  developerRevenueUsd: Decimal | null;
  biologicalSequenceData: boolean | null;
  generatesContent: boolean | null;
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
  quantity: Decimal | null;
  destinationCountry: string | null;
  buyerHeadquartersCountry: string | null;
  shipFromCountry: string | null;
  tariffExemption: TariffExemption | null;
  usEndUseQuantity: Decimal | null;
  /** Kind "training-run" only. */
  training: NormalizedTraining | null;
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

function readNumber(
  errors: Errors, raw: unknown, at: At, key: string | null,
  opts: { optional?: boolean; positive?: boolean; integer?: boolean; max?: number } = {},
): Decimal | null {
  if (opts.optional && (raw === undefined || raw === null || raw === '')) return null;
  const read = readDecimal(raw);
  if ('problem' in read) {
    return fail(errors, at, key, read.problem, read.problem === 'wrong-type' ? { expected: 'number' } : typeof raw === 'string' ? { given: quoted(raw) } : {});
  }
  if (read.value.isNegative()) return fail(errors, at, key, 'negative');
  if (opts.positive && read.value.isZero()) return fail(errors, at, key, 'not-positive');
  if (opts.integer && !read.value.isInteger()) return fail(errors, at, key, 'not-integer', typeof raw === 'string' ? { given: quoted(raw) } : { given: String(raw) });
  if (opts.max !== undefined && read.value.greaterThan(opts.max)) return fail(errors, at, key, 'above-maximum', { max: opts.max });
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

/** An ISO 3166-1 alpha-2 code, any case, e.g. "ae" read as "AE"; undefined when not given. */
function readCountry(errors: Errors, raw: unknown, key: string): string | null | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') return fail(errors, TOP, key, 'wrong-type', { expected: 'text' });
  const code = raw.trim().toUpperCase();
  return isCountryCode(code) ? code : fail(errors, TOP, key, 'unknown-country', { given: quoted(raw) });
}

function readExemption(errors: Errors, raw: unknown): TariffExemption | null | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (TARIFF_EXEMPTIONS.includes(raw as TariffExemption)) return raw as TariffExemption;
  return fail(errors, TOP, 'tariffExemption', 'unknown-exemption', { given: quoted(raw), known: TARIFF_EXEMPTIONS });
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
  if (raw.kind === 'training-run') return validateTrainingRun(raw);
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
  const quantity = readNumber(errors, raw.quantity, TOP, 'quantity', { optional: true, integer: true });
  const destinationCountry = readCountry(errors, raw.destinationCountry, 'destinationCountry');
  const buyerHeadquartersCountry = readCountry(errors, raw.buyerHeadquartersCountry, 'buyerHeadquartersCountry');
  const shipFromCountry = readCountry(errors, raw.shipFromCountry, 'shipFromCountry');
  const tariffExemption = readExemption(errors, raw.tariffExemption);
  const usEndUseQuantity = readNumber(errors, raw.usEndUseQuantity, TOP, 'usEndUseQuantity', { optional: true, positive: true, integer: true });

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
      quantity,
      destinationCountry: destinationCountry ?? null,
      buyerHeadquartersCountry: buyerHeadquartersCountry ?? null,
      shipFromCountry: shipFromCountry ?? null,
      tariffExemption: tariffExemption ?? null,
      usEndUseQuantity,
      training: null,
    },
    errors: [],
  };
}

const CLUSTER: Path = ['cluster'];
const MODEL: Path = ['model'];
const PER_CHIP: Path = ['cluster', 'perChip'];

function readObject(errors: Errors, raw: unknown, key: string, expected: 'cluster' | 'model'): Record<string, unknown> | null | undefined {
  if (raw === undefined || raw === null) return undefined;
  return isRecord(raw) ? raw : fail(errors, TOP, key, 'wrong-type', { expected });
}

function readPerChip(errors: Errors, raw: unknown): NonNullable<NormalizedTraining['cluster']>['perChip'] | null {
  if (raw === undefined || raw === null) return fail(errors, CLUSTER, 'perChip', 'missing');
  if (!isRecord(raw)) return fail(errors, CLUSTER, 'perChip', 'wrong-type', { expected: 'per-chip' });
  checkKeys(errors, raw, PER_CHIP_FIELDS, PER_CHIP);
  const format = readText(errors, raw.format, PER_CHIP, 'format');
  const value = readNumber(errors, raw.value, PER_CHIP, 'value');
  const unitText = readText(errors, raw.unit, PER_CHIP, 'unit');
  const unit = unitText?.trim().toUpperCase() ?? '';
  if (unitText === undefined || unit === '') fail(errors, PER_CHIP, 'unit', 'missing');
  else if (!isUnit(unit)) fail(errors, PER_CHIP, 'unit', 'unknown-unit', { given: quoted(unitText), known: Object.keys(UNITS) });
  const sparse = readBoolean(errors, raw.sparse, PER_CHIP, 'sparse');
  if (value === null || !isUnit(unit) || sparse === null || format === null) return null;
  const dense = value.times(teraOpsFactor(unit));
  return { format: format?.trim() || null, value, unit, sparse: sparse ?? false, denseTeraOps: sparse ? dense.dividedBy(2) : dense };
}

function readCluster(errors: Errors, raw: Record<string, unknown>): NormalizedTraining['cluster'] {
  checkKeys(errors, raw, CLUSTER_FIELDS, CLUSTER);
  const chips = readNumber(errors, raw.chips, CLUSTER, 'chips', { positive: true, integer: true });
  const perChip = readPerChip(errors, raw.perChip);
  const utilization = readNumber(errors, raw.utilization, CLUSTER, 'utilization', { positive: true, max: 1 });
  const durationDays = readNumber(errors, raw.durationDays, CLUSTER, 'durationDays', { optional: true });
  const networkGbps = readNumber(errors, raw.networkGbps, CLUSTER, 'networkGbps', { optional: true });
  const singleDatacenter = readBoolean(errors, raw.singleDatacenter, CLUSTER, 'singleDatacenter');
  if (chips === null || perChip === null || utilization === null || singleDatacenter === null) return null;
  return { chips, perChip, utilization, durationDays, networkGbps, singleDatacenter: singleDatacenter ?? null };
}

function readModel(errors: Errors, raw: Record<string, unknown>): NormalizedTraining['model'] {
  checkKeys(errors, raw, MODEL_FIELDS, MODEL);
  const parameters = readNumber(errors, raw.parameters, MODEL, 'parameters', { optional: true, positive: true });
  const activeParameters = readNumber(errors, raw.activeParameters, MODEL, 'activeParameters', { optional: true, positive: true });
  const tokens = readNumber(errors, raw.tokens, MODEL, 'tokens', { positive: true });
  if (parameters === null && activeParameters === null && raw.parameters === undefined && raw.activeParameters === undefined) fail(errors, MODEL, 'parameters', 'missing');
  if (tokens === null || (parameters === null && activeParameters === null)) return null;
  return { parameters, activeParameters, tokens };
}

/** Validates a training-run spec; never throws. */
function validateTrainingRun(raw: Record<string, unknown>): { spec: NormalizedSpec; errors: [] } | { spec: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  checkKeys(errors, raw, TRAINING_FIELDS, TOP);
  const name = readText(errors, raw.name, TOP, 'name');
  const given = TRAINING_ROUTES.filter((r) => raw[r] !== undefined && raw[r] !== null && raw[r] !== '');
  for (const extra of given.slice(1)) fail(errors, TOP, extra, 'one-route-only', { known: given });
  const clusterRaw = readObject(errors, raw.cluster, 'cluster', 'cluster');
  const modelRaw = readObject(errors, raw.model, 'model', 'model');
  const cluster = clusterRaw ? readCluster(errors, clusterRaw) : null;
  const model = modelRaw ? readModel(errors, modelRaw) : null;
  const totalFlop = readNumber(errors, raw.totalFlop, TOP, 'totalFlop', { optional: true });
  const fineTuningFlop = readNumber(errors, raw.fineTuningFlop, TOP, 'fineTuningFlop', { optional: true });
  const baseModelFlop = readNumber(errors, raw.baseModelFlop, TOP, 'baseModelFlop', { optional: true, positive: true });
  const developerRevenueUsd = readNumber(errors, raw.developerRevenueUsd, TOP, 'developerRevenueUsd', { optional: true });
  const biologicalSequenceData = readBoolean(errors, raw.biologicalSequenceData, TOP, 'biologicalSequenceData');
  const generatesContent = readBoolean(errors, raw.generatesContent, TOP, 'generatesContent');
  if (errors.length > 0) return { spec: null, errors };
  const route = cluster ? 'cluster' : model ? 'model' : totalFlop !== null ? 'total' : null;
  return {
    spec: {
      kind: 'training-run', name: name ?? null, datacenter: null, throughput: [], dies: [], dramBandwidthGBps: null, interconnectGBps: null,
      hbmStack: null, usAvailableSince: null, quantity: null, destinationCountry: null, buyerHeadquartersCountry: null, shipFromCountry: null,
      tariffExemption: null, usEndUseQuantity: null,
      training: {
        route, cluster, model, totalFlop, fineTuningFlop, baseModelFlop, developerRevenueUsd,
        biologicalSequenceData: biologicalSequenceData ?? null, generatesContent: generatesContent ?? null,
      },
    },
    errors: [],
  };
}
