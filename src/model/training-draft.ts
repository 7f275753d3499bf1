/**
 * The training-run form's model: a training run as the reader typed it, by one route (the cluster,
 * the model, or the total), every number the exact text entered. `trainingSpecOf` reads it into the
 * engine's training-run spec, numbers in any language's convention and in scientific notation
 * ("3.79e25", "3,79e25", "3.79 × 10^25", "10²⁵"), and says where each of the engine's errors belongs.
 */
import { getChip } from '../core/catalog.js';
import { Decimal } from '../core/decimal.js';
import type { FieldError, Path } from '../core/errors.js';
import type { TrainingRunSpec } from '../core/spec.js';
import { readTypedNumber, type SeparatorReading } from './number-input.js';
import type { AmbiguousNumber } from './spec-draft.js';

export type TrainingRoute = 'cluster' | 'model' | 'total';
/** A yes-or-no input that may also be left unsaid. */
export type Tristate = '' | 'yes' | 'no';

export interface TrainingDraft {
  route: TrainingRoute;
  chips: string;
  /** Where the per-chip figure comes from: an entry of a catalog chip's throughput, or typed. */
  perChipSource: 'catalog' | 'typed';
  catalogChip: string;
  /** The index of the entry in the catalog chip's throughput. */
  catalogEntry: number;
  format: string;
  value: string;
  unit: string;
  sparse: boolean;
  /** Utilisation in per cent, as typed ("40"); the engine takes a fraction. */
  utilization: string;
  days: string;
  networkGbps: string;
  singleDatacenter: Tristate;
  parameters: string;
  activeParameters: string;
  tokens: string;
  totalFlop: string;
  fineTuningFlop: string;
  baseModelFlop: string;
  developerRevenueUsd: string;
  biologicalSequenceData: Tristate;
  generatesContent: Tristate;
  /** What the reader said a separator means, by input id, for the text it was said of. */
  meant: Readonly<Record<string, { text: string; as: SeparatorReading }>>;
}

/** The catalog chip a cluster's per-chip figure is first taken from, and its dense BF16 entry (1,979 sparse, 989.5 dense TFLOPS). */
export const DEFAULT_TRAINING_CHIP = 'nvidia-h100-sxm5';

/** The entry of a catalog chip's throughput that a precision picks by default: BF16, else FP16, else the first. */
export function defaultEntry(chipId: string): number {
  const throughput = getChip(chipId)?.spec.throughput ?? [];
  const index = ['BF16', 'FP16'].map((f) => throughput.findIndex((e) => e.format === f)).find((i) => i >= 0);
  return index ?? 0;
}

export function blankTrainingDraft(): TrainingDraft {
  return {
    route: 'model', chips: '', perChipSource: 'catalog', catalogChip: DEFAULT_TRAINING_CHIP, catalogEntry: defaultEntry(DEFAULT_TRAINING_CHIP),
    format: 'BF16', value: '', unit: 'TFLOPS', sparse: false, utilization: '', days: '', networkGbps: '', singleDatacenter: '',
    parameters: '', activeParameters: '', tokens: '', totalFlop: '', fineTuningFlop: '', baseModelFlop: '', developerRevenueUsd: '',
    biologicalSequenceData: '', generatesContent: '', meant: {},
  };
}

/** The examples the view offers, as a reader would type them. */
export const TRAINING_EXAMPLES = {
  /** Llama 3 405B: 6 × 405e9 parameters × 15.6e12 tokens ≈ 3.79 × 10²⁵ FLOP. */
  llama3: (): TrainingDraft => ({ ...blankTrainingDraft(), route: 'model', parameters: '405e9', tokens: '15.6e12' }),
  /** 10,000 H100 at dense BF16 989.5 TFLOP/s and 40% for 90 days ≈ 3.08 × 10²⁵ FLOP. */
  h100Cluster: (): TrainingDraft => ({ ...blankTrainingDraft(), route: 'cluster', chips: '10000', utilization: '40', days: '90' }),
};

/** The id of each input, and the path of the spec field it gives. */
export const TRAINING_INPUTS: Readonly<Record<string, Path>> = {
  'training-chips': ['cluster', 'chips'],
  'training-precision': ['cluster', 'perChip'],
  'training-format': ['cluster', 'perChip', 'format'],
  'training-value': ['cluster', 'perChip', 'value'],
  'training-unit': ['cluster', 'perChip', 'unit'],
  'training-utilization': ['cluster', 'utilization'],
  'training-days': ['cluster', 'durationDays'],
  'training-network': ['cluster', 'networkGbps'],
  'training-parameters': ['model', 'parameters'],
  'training-active': ['model', 'activeParameters'],
  'training-tokens': ['model', 'tokens'],
  'training-total': ['totalFlop'],
  'training-fine-tuning': ['fineTuningFlop'],
  'training-base': ['baseModelFlop'],
  'training-revenue': ['developerRevenueUsd'],
};

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (text: string) => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPT_DIGITS.indexOf(d))).replace('⁻', '-').replace('⁺', '');

/** "3.79e25", "3,79E25", "3.79 × 10^25", "3.79×10²⁵", "10^25", "10²⁵": the mantissa as typed and the exponent; null for a plain number. */
function splitExponent(text: string): { mantissa: string; exponent: string } | null {
  const e = /^(.*\d)\s*[eE]\s*([+\-−]?\d+)$/.exec(text);
  if (e) return { mantissa: e[1]!, exponent: e[2]!.replace('−', '-') };
  const power = /^(?:(.*\d)\s*[×x*·]\s*)?10\s*(?:\^\s*([+\-−]?\d+)|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/.exec(text);
  if (!power) return null;
  const exponent = power[2] !== undefined ? power[2].replace('−', '-') : fromSuperscript(power[3]!);
  return { mantissa: power[1] ?? '1', exponent };
}

/**
 * A number as the reader typed it, as the decimal string the engine reads: any language's
 * convention, in scientific notation too; a lone separator before three digits is reported as
 * ambiguous until the reader has said which it is. Text that is no number is returned as typed,
 * for the engine to refuse with its reason.
 */
export function readTrainingNumber(text: string, meant?: SeparatorReading): { value: string; ambiguous: null } | { value: null; ambiguous: { asGroup: string; asDecimal: string } } {
  const typed = text.trim();
  const split = splitExponent(typed);
  if (!split) {
    const read = readTypedNumber(typed, meant);
    return read.ambiguous ? read : { value: read.value, ambiguous: null };
  }
  const mantissa = readTypedNumber(split.mantissa, meant);
  if (mantissa.ambiguous) {
    return { value: null, ambiguous: { asGroup: `${mantissa.ambiguous.asGroup}e${split.exponent}`, asDecimal: `${mantissa.ambiguous.asDecimal}e${split.exponent}` } };
  }
  return { value: `${mantissa.value}e${split.exponent}`, ambiguous: null };
}

const YES_NO: Record<Tristate, boolean | undefined> = { '': undefined, yes: true, no: false };

/** A typed per cent as the fraction the engine takes: "40" is 0.4; text that is no number is passed on as typed. */
function fraction(percent: string): string {
  return /^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(percent) ? new Decimal(percent).dividedBy(100).toString() : percent;
}

export interface TrainingSpecReading {
  spec: TrainingRunSpec;
  /** Numbers whose separator could be read two ways: the answer waits for the reader to say which. */
  ambiguous: AmbiguousNumber[];
  /** The input an engine error belongs to, or null when none does. */
  locate: (error: FieldError) => string | null;
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((part, i) => part === b[i]);

/** The spec the engine evaluates, from the draft: only the route chosen, and a route with nothing typed is left out (no route). */
export function trainingSpecOf(draft: TrainingDraft): TrainingSpecReading {
  const ambiguous: AmbiguousNumber[] = [];
  /** The number typed in an input; undefined when it is empty. */
  const number = (input: string, typed: string): string | undefined => {
    if (typed.trim() === '') return undefined;
    const meant = draft.meant[input];
    const read = readTrainingNumber(typed, meant?.text === typed ? meant.as : undefined);
    if (read.ambiguous) {
      ambiguous.push({ input, path: TRAINING_INPUTS[input]!, typed, ...read.ambiguous });
      return '0';
    }
    return read.value;
  };
  const spec: TrainingRunSpec = { kind: 'training-run' };
  const d = draft;
  if (d.route === 'cluster') {
    const typedPerChip = d.perChipSource === 'typed';
    if ([d.chips, d.utilization, d.days, d.networkGbps, typedPerChip ? d.value : ''].some((t) => t.trim() !== '')) {
      const entry = getChip(d.catalogChip)?.spec.throughput?.[d.catalogEntry];
      const perChip = typedPerChip
        ? { ...(d.format.trim() ? { format: d.format.trim() } : {}), value: number('training-value', d.value) as string, unit: d.unit, sparse: d.sparse }
        : entry ? { format: entry.format, value: entry.value, unit: entry.unit, sparse: entry.sparse === true } : undefined;
      const utilization = number('training-utilization', d.utilization.replace(/%\s*$/, ''));
      const days = number('training-days', d.days);
      const network = number('training-network', d.networkGbps);
      const single = YES_NO[d.singleDatacenter];
      spec.cluster = {
        chips: number('training-chips', d.chips) as string,
        perChip: perChip as NonNullable<TrainingRunSpec['cluster']>['perChip'],
        utilization: (utilization === undefined ? undefined : fraction(utilization)) as string,
        ...(days !== undefined ? { durationDays: days } : {}),
        ...(network !== undefined ? { networkGbps: network } : {}),
        ...(single !== undefined ? { singleDatacenter: single } : {}),
      };
    }
  } else if (d.route === 'model') {
    if ([d.parameters, d.activeParameters, d.tokens].some((t) => t.trim() !== '')) {
      const parameters = number('training-parameters', d.parameters);
      const active = number('training-active', d.activeParameters);
      spec.model = {
        ...(parameters !== undefined ? { parameters } : {}),
        ...(active !== undefined ? { activeParameters: active } : {}),
        tokens: number('training-tokens', d.tokens) as string,
      };
    }
  } else {
    const total = number('training-total', d.totalFlop);
    if (total !== undefined) spec.totalFlop = total;
  }
  const added = {
    fineTuningFlop: number('training-fine-tuning', d.fineTuningFlop),
    baseModelFlop: number('training-base', d.baseModelFlop),
    developerRevenueUsd: number('training-revenue', d.developerRevenueUsd),
    biologicalSequenceData: YES_NO[d.biologicalSequenceData],
    generatesContent: YES_NO[d.generatesContent],
  };
  for (const [key, value] of Object.entries(added)) if (value !== undefined) (spec as unknown as Record<string, unknown>)[key] = value;

  const catalogPerChip = d.route === 'cluster' && d.perChipSource === 'catalog';
  const locate = (error: FieldError): string | null => {
    // A catalog entry is one choice: whatever the engine says of its parts belongs to the precision picked.
    if (catalogPerChip && error.path[0] === 'cluster' && error.path[1] === 'perChip') return 'training-precision';
    const found = Object.entries(TRAINING_INPUTS).find(([, path]) => samePath(path, error.path));
    if (found) return found[0];
    if (samePath(error.path, ['cluster', 'perChip'])) return 'training-value';
    if (samePath(error.path, ['cluster', 'singleDatacenter'])) return 'training-single-datacenter';
    return null;
  };
  return { spec, ambiguous, locate };
}
