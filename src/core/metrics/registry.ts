/**
 * The metric registry: one definition per metric a rule set may test. Everything else derives from
 * it: the evaluation context, which input settles an unknown metric, how the boundary search moves
 * a metric, the rule-set schema's metric enum (a test ties them) and, through each language's
 * messages (`metric` and `input`, typed by `MetricName` and `InputName`), the labels a reader sees.
 *
 * Adding a metric is one entry here plus its messages; docs/metrics.md shows how.
 */
import { inD5OrMacau, inGroup, isChinaOrMacau, type CountryGroup } from '../countries.js';
import { Decimal } from '../decimal.js';
import {
  H100_EIGHT_BIT_TERA_OPS, H100_TPP, SECONDS_PER_DAY, addedFlopOf, modificationFlopOf, runFlopOf, trainingFlopOf,
  type ChipFigures, type TrainingFigures,
} from './figures.js';

/** A metric that does not exist for this item (PD without a non-planar die): comparisons with it are false, not unknown. */
export const ABSENT = Symbol('absent');

export type MetricValue = Decimal | boolean | string | null | typeof ABSENT;

/**
 * What a reader fills in to know a metric: a field of the spec (`bitLength` stands for an entry's
 * bit length). Each language's messages name every input.
 */
export type InputName =
  | 'kind' | 'throughput' | 'dies' | 'datacenter' | 'dramBandwidthGBps' | 'interconnectGBps' | 'hbmStack' | 'usAvailableSince' | 'bitLength'
  | 'quantity' | 'destinationCountry' | 'buyerHeadquartersCountry' | 'shipFromCountry' | 'tariffExemption' | 'usEndUseQuantity'
  | 'trainingCompute' | 'trainingDuration' | 'baseModelFlop' | 'developerRevenueUsd' | 'biologicalSequenceData' | 'generatesContent'
  | 'clusterNetwork' | 'singleDatacenter';

/** Where in a spec an input is, where that is not a field of its own name (a training cluster's fields). */
export const INPUT_PATHS: Partial<Record<InputName, readonly string[]>> = {
  trainingDuration: ['cluster', 'durationDays'],
  clusterNetwork: ['cluster', 'networkGbps'],
  singleDatacenter: ['cluster', 'singleDatacenter'],
};

/**
 * What the boundary search may change, one figure at a time: the throughput (all figures scaled, so
 * TPP and PD move together, the die area fixed), the die area (PD alone), a bandwidth, or the market.
 */
export type Lever =
  | 'quantity' | 'throughput' | 'dieArea' | 'interconnectGBps' | 'dramBandwidthGBps' | 'memoryBandwidthDensity'
  | 'trainingDays' | 'runCompute' | 'market';
export type NumericLever = Exclude<Lever, 'market'>;

export type MetricKind = 'number' | 'boolean' | 'text' | 'date';

export interface MetricDefinition {
  kind: MetricKind;
  /** The unit symbol shown after a value ('' for none). */
  unit: string;
  /** Decimals a value is shown with (significant digits in scientific notation); more where a threshold needs them (see format.ts). */
  decimals: number;
  /** `scientific`: shown as "3.79 × 10²⁵" (training compute, cluster rates). */
  notation?: 'scientific';
  /** `multiple`: a value is compared with its threshold as a multiple ("1.50× the 790,000,000 line"), not as a difference (caps). */
  compare?: 'multiple';
  /** `outcome` metrics exist only after classification, for outcome conditions. */
  phase: 'classification' | 'outcome';
  /** The input that gives the value; null for a metric computed only from other metrics, or from the classification. */
  input: InputName | null;
  /** Metrics this one is computed from (names checked below): while one of them is unknown, its input decides too. */
  from?: readonly string[];
  /** Inputs a premise metric reads though it is never unknown without them (the destination, for "outside China"). */
  reads?: readonly InputName[];
  /** For a metric computed `from` others: whether its own input is missing (else: whether its value is unknown). */
  inputMissing?: (f: ChipFigures) => boolean;
  /** The inputs that would settle an unknown value, where they depend on the figures (a training run's route). */
  inputs?: (f: ChipFigures) => InputName[];
  /** The value for a chip's figures: null when unknown, ABSENT when it does not exist. */
  value: (f: ChipFigures) => MetricValue;
  /** For each lever that moves this metric, the lever's value that brings the metric to `target`; null when it cannot. */
  inverse?: Partial<Record<NumericLever, (target: Decimal, f: ChipFigures) => Decimal | null>>;
}

const positive = (d: Decimal | null): d is Decimal => d !== null && d.greaterThan(0);
const known = (d: Decimal | null): d is Decimal => d !== null;
const unknown = () => null;

/** A country's membership of a group: unknown while the country is not given. */
const member = (code: string | null, group: CountryGroup) => (code === null ? null : inGroup(code, group));

/** Whether the destination is in a Country Group: unknown until the destination is given. */
const destinationIn = (group: CountryGroup) => ({
  kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'destinationCountry',
  value: (f: ChipFigures) => member(f.destination, group),
}) as const;

/**
 * A training run's figure: ABSENT for an item that is no training run, or (`clusterOnly`) for a
 * run whose compute is not given by its cluster; unknown while no route is given.
 */
function training<T>(f: ChipFigures, read: (t: TrainingFigures) => T | null, clusterOnly = false): T | null | typeof ABSENT {
  const t = f.training;
  if (!t) return ABSENT;
  if (!clusterOnly) return read(t);
  return t.route === null ? null : t.route === 'cluster' ? read(t) : ABSENT;
}

/** The run's compute, within what the figures allow: not below zero (the base model's and the fine-tuning's stay). */
const runTo = (target: Decimal, t: TrainingFigures) => (target.greaterThanOrEqualTo(addedFlopOf(t)) ? target.minus(addedFlopOf(t)) : null);
/** The days at which a cluster's run brings the model's compute to `target`. */
const daysTo = (target: Decimal, t: TrainingFigures | null) => {
  if (!t || t.route !== 'cluster' || !positive(t.rate) || t.override) return null;
  const run = runTo(target, t);
  return run && run.dividedBy(t.rate).dividedBy(SECONDS_PER_DAY);
};
/** The run's compute that brings a modification to `thirds` thirds of the base model's compute. */
const modificationRunTo = (thirds: Decimal, t: TrainingFigures | null) => {
  if (!t || !positive(t.base)) return null;
  const run = thirds.times(t.base).dividedBy(3).minus(t.fineTuning ?? 0);
  return run.isNegative() ? null : run;
};

export const METRICS = {
  tpp: {
    kind: 'number', unit: '', decimals: 0, phase: 'classification', input: 'throughput',
    value: (f) => f.tpp,
    inverse: { throughput: (target, f) => (positive(f.tpp) ? target.dividedBy(f.tpp) : null) },
  },
  performanceDensity: {
    kind: 'number', unit: '', decimals: 2, phase: 'classification', input: 'dies', from: ['tpp'] as const,
    inputMissing: (f) => f.applicableArea === null && !f.noNonPlanarDie,
    value: (f) => (f.noNonPlanarDie ? ABSENT : f.tpp && f.applicableArea ? f.tpp.dividedBy(f.applicableArea) : null),
    inverse: {
      throughput: (target, f) => (positive(f.tpp) && known(f.applicableArea) ? target.times(f.applicableArea).dividedBy(f.tpp) : null),
      dieArea: (target, f) => (known(f.tpp) && known(f.applicableArea) && target.greaterThan(0) ? f.tpp.dividedBy(target) : null),
    },
  },
  applicableDieAreaMm2: {
    kind: 'number', unit: 'mm²', decimals: 0, phase: 'classification', input: 'dies',
    value: (f) => f.applicableArea,
    inverse: { dieArea: (target, f) => (known(f.applicableArea) ? target : null) },
  },
  interconnectGBps: {
    kind: 'number', unit: 'GB/s', decimals: 0, phase: 'classification', input: 'interconnectGBps',
    value: (f) => f.interconnect,
    inverse: { interconnectGBps: (target, f) => (known(f.interconnect) ? target : null) },
  },
  dramBandwidthGBps: {
    kind: 'number', unit: 'GB/s', decimals: 0, phase: 'classification', input: 'dramBandwidthGBps',
    value: (f) => f.dram,
    inverse: { dramBandwidthGBps: (target, f) => (known(f.dram) ? target : null) },
  },
  dramPlusInterconnectGBps: {
    kind: 'number', unit: 'GB/s', decimals: 0, phase: 'classification', input: null, from: ['dramBandwidthGBps', 'interconnectGBps'] as const,
    value: (f) => (f.dram && f.interconnect ? f.dram.plus(f.interconnect) : null),
    inverse: {
      dramBandwidthGBps: (target, f) => (known(f.dram) && known(f.interconnect) && target.greaterThanOrEqualTo(f.interconnect) ? target.minus(f.interconnect) : null),
      interconnectGBps: (target, f) => (known(f.dram) && known(f.interconnect) && target.greaterThanOrEqualTo(f.dram) ? target.minus(f.dram) : null),
    },
  },
  memoryBandwidthDensity: {
    kind: 'number', unit: 'GB/s/mm²', decimals: 2, phase: 'classification', input: 'hbmStack',
    value: (f) => (f.hbmBandwidth && f.hbmArea ? f.hbmBandwidth.dividedBy(f.hbmArea) : null),
    inverse: { memoryBandwidthDensity: (target, f) => (known(f.hbmBandwidth) && known(f.hbmArea) ? target : null) },
  },
  datacenter: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'datacenter',
    value: (f) => f.datacenter,
  },
  quantity: {
    kind: 'number', unit: '', decimals: 0, phase: 'classification', input: 'quantity',
    value: (f) => f.quantity,
    inverse: { quantity: (target, f) => (known(f.quantity) ? target : null) },
  },
  totalTpp: {
    kind: 'number', unit: '', decimals: 0, compare: 'multiple', phase: 'classification', input: 'quantity', from: ['tpp'] as const,
    value: (f) => (f.tpp && f.quantity ? f.tpp.times(f.quantity) : null),
    inverse: {
      quantity: (target, f) => (positive(f.tpp) && known(f.quantity) ? target.dividedBy(f.tpp) : null),
      throughput: (target, f) => (positive(f.tpp) && positive(f.quantity) ? target.dividedBy(f.tpp.times(f.quantity)) : null),
    },
  },
  h100EquivalentsByTpp: {
    kind: 'number', unit: '', decimals: 2, phase: 'classification', input: 'quantity', from: ['tpp'] as const,
    value: (f) => (f.tpp && f.quantity ? f.tpp.times(f.quantity).dividedBy(H100_TPP) : null),
    inverse: {
      quantity: (target, f) => (positive(f.tpp) && known(f.quantity) ? target.times(H100_TPP).dividedBy(f.tpp) : null),
      throughput: (target, f) => (positive(f.tpp) && positive(f.quantity) ? target.times(H100_TPP).dividedBy(f.tpp.times(f.quantity)) : null),
    },
  },
  h100EquivalentsBy8Bit: {
    kind: 'number', unit: '', decimals: 2, phase: 'classification', input: 'quantity',
    inputs: (f) => [...(f.eightBit === null ? ['throughput' as const] : []), ...(f.quantity === null ? ['quantity' as const] : [])],
    value: (f) => (f.eightBit && f.quantity ? f.eightBit.times(f.quantity).dividedBy(H100_EIGHT_BIT_TERA_OPS) : null),
    inverse: { quantity: (target, f) => (positive(f.eightBit) && known(f.quantity) ? target.times(H100_EIGHT_BIT_TERA_OPS).dividedBy(f.eightBit) : null) },
  },
  shareOfUsShipments: {
    kind: 'number', unit: '', decimals: 2, phase: 'classification', input: 'usEndUseQuantity', from: ['quantity'] as const,
    value: (f) => (f.quantity && f.usEndUseQuantity ? f.quantity.dividedBy(f.usEndUseQuantity) : null),
    inverse: { quantity: (target, f) => (known(f.quantity) && positive(f.usEndUseQuantity) ? target.times(f.usEndUseQuantity) : null) },
  },
  destinationCountry: {
    kind: 'text', unit: '', decimals: 0, phase: 'classification', input: 'destinationCountry',
    value: (f) => f.destination,
  },
  buyerHeadquartersCountry: {
    kind: 'text', unit: '', decimals: 0, phase: 'classification', input: 'buyerHeadquartersCountry',
    value: (f) => f.headquarters,
  },
  shipFromCountry: {
    kind: 'text', unit: '', decimals: 0, phase: 'classification', input: 'shipFromCountry',
    value: (f) => f.shipFrom,
  },
  destinationInD1: destinationIn('D:1'),
  destinationInD4: destinationIn('D:4'),
  destinationInD5OrMacau: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'destinationCountry',
    value: (f) => (f.destination === null ? null : inD5OrMacau(f.destination)),
  },
  destinationInA5: destinationIn('A:5'),
  destinationInA6: destinationIn('A:6'),
  buyerHeadquartersInD5OrMacau: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'buyerHeadquartersCountry',
    value: (f) => (f.headquarters === null ? null : inD5OrMacau(f.headquarters)),
  },
  /**
   * Premise metrics, never unknown: a rule set framed for exports from the United States to China
   * or Macau (the January 2026 review) answers for that premise until a destination or a ship-from
   * country given outside it says otherwise.
   */
  destinationOutsideChinaMacau: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: null, reads: ['destinationCountry'],
    value: (f) => f.destination !== null && !isChinaOrMacau(f.destination),
  },
  shippedFromOutsideUs: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: null, reads: ['shipFromCountry'],
    value: (f) => f.shipFrom !== null && f.shipFrom !== 'US',
  },
  tariffExemption: {
    kind: 'text', unit: '', decimals: 0, phase: 'classification', input: 'tariffExemption',
    value: (f) => f.tariffExemption,
  },
  tariffExempt: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'tariffExemption',
    value: (f) => (f.tariffExemption === null ? null : f.tariffExemption !== 'none'),
  },
  trainingFlop: {
    kind: 'number', unit: 'FLOP', decimals: 3, notation: 'scientific', phase: 'classification', input: 'trainingCompute',
    inputs: (f) => [f.training?.route === 'cluster' ? 'trainingDuration' : 'trainingCompute'],
    value: (f) => training(f, trainingFlopOf),
    inverse: {
      trainingDays: (target, f) => daysTo(target, f.training),
      runCompute: (target, f) => (f.training && runFlopOf(f.training) ? runTo(target, f.training) : null),
    },
  },
  modificationThirds: {
    kind: 'number', unit: '', decimals: 2, phase: 'classification', input: 'baseModelFlop',
    inputs: (f) => [f.training?.route === 'cluster' ? 'trainingDuration' : 'trainingCompute'],
    value: (f) => training(f, (t) => {
      if (t.base === null) return ABSENT;
      const modification = modificationFlopOf(t);
      return modification && modification.times(3).dividedBy(t.base);
    }),
    inverse: {
      trainingDays: (target, f) => {
        const run = modificationRunTo(target, f.training);
        return run && daysTo(run.plus(addedFlopOf(f.training!)), f.training);
      },
      runCompute: (target, f) => (f.training && runFlopOf(f.training) ? modificationRunTo(target, f.training) : null),
    },
  },
  clusterPeakOpsPerSecond: {
    kind: 'number', unit: 'op/s', decimals: 3, notation: 'scientific', phase: 'classification', input: 'trainingCompute',
    value: (f) => training(f, (t) => t.peak, true),
  },
  clusterNetworkGbps: {
    kind: 'number', unit: 'Gbit/s', decimals: 0, phase: 'classification', input: 'clusterNetwork',
    value: (f) => training(f, (t) => t.networkGbps, true),
  },
  singleDatacenter: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'singleDatacenter',
    value: (f) => training(f, (t) => t.singleDatacenter, true),
  },
  biologicalSequenceData: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'biologicalSequenceData',
    value: (f) => training(f, (t) => t.biological),
  },
  generatesContent: {
    kind: 'boolean', unit: '', decimals: 0, phase: 'classification', input: 'generatesContent',
    value: (f) => training(f, (t) => t.generative),
  },
  developerRevenueUsd: {
    kind: 'number', unit: 'USD', decimals: 0, phase: 'classification', input: 'developerRevenueUsd',
    value: (f) => training(f, (t) => t.revenue),
  },
  usAvailableSince: {
    kind: 'date', unit: '', decimals: 0, phase: 'classification', input: 'usAvailableSince',
    value: (f) => f.usAvailableSince,
  },
  itemKind: {
    kind: 'text', unit: '', decimals: 0, phase: 'classification', input: 'kind',
    value: (f) => f.kind,
  },
  controlled: { kind: 'boolean', unit: '', decimals: 0, phase: 'outcome', input: null, value: unknown },
  classification: { kind: 'text', unit: '', decimals: 0, phase: 'outcome', input: null, value: unknown },
} satisfies Record<string, MetricDefinition>;

export type MetricName = keyof typeof METRICS;
// A metric computed from another names one that exists.
void (METRICS satisfies Record<MetricName, MetricDefinition & { from?: readonly MetricName[] }>);
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export function isMetricName(name: unknown): name is MetricName {
  return typeof name === 'string' && Object.hasOwn(METRICS, name);
}

/** How `lever` brings `metric` to a target, if it moves it at all. */
export function inverseOf(metric: MetricName, lever: NumericLever): ((target: Decimal, f: ChipFigures) => Decimal | null) | undefined {
  return (METRICS[metric] as MetricDefinition).inverse?.[lever];
}

/** How each lever moves the figures, and the value a boundary reports for it. */
export const LEVERS: Record<NumericLever, { apply: (f: ChipFigures, to: Decimal) => ChipFigures; reported: (to: Decimal) => Decimal }> = {
  quantity: { apply: (f, quantity) => ({ ...f, quantity }), reported: (quantity) => quantity },
  throughput: { apply: (f, factor) => ({ ...f, tpp: f.tpp && f.tpp.times(factor) }), reported: (factor) => factor.minus(1) },
  dieArea: { apply: (f, area) => ({ ...f, applicableArea: area }), reported: (area) => area },
  interconnectGBps: { apply: (f, value) => ({ ...f, interconnect: value }), reported: (value) => value },
  dramBandwidthGBps: { apply: (f, value) => ({ ...f, dram: value }), reported: (value) => value },
  memoryBandwidthDensity: { apply: (f, mbd) => ({ ...f, hbmBandwidth: f.hbmArea && mbd.times(f.hbmArea) }), reported: (mbd) => mbd },
  trainingDays: { apply: (f, days) => ({ ...f, training: f.training && { ...f.training, days } }), reported: (days) => days },
  runCompute: { apply: (f, run) => ({ ...f, training: f.training && { ...f.training, override: run } }), reported: (run) => run },
};

/**
 * The inputs that would settle an unknown metric: those of the metrics it is computed from that are
 * unknown, and its own input if that is missing too. PD with a die area but no throughput is decided
 * by the throughput alone; with neither, by both.
 */
export function decidingInputs(metric: MetricName, f: ChipFigures): InputName[] {
  const def: MetricDefinition = METRICS[metric];
  if (def.inputs) return def.value(f) === null ? def.inputs(f) : [];
  const from = (def.from ?? []) as readonly MetricName[];
  const upstream = from.filter((m) => METRICS[m].value(f) === null).flatMap((m) => decidingInputs(m, f));
  const ownMissing = def.input !== null && (def.inputMissing ? def.inputMissing(f) : def.value(f) === null);
  return [...new Set([...upstream, ...(ownMissing && def.input ? [def.input] : [])])];
}

/** Every input a metric's value reads: its own, those of the metrics it is computed from, and a premise's. */
export function inputsRead(metric: MetricName): InputName[] {
  const def: MetricDefinition = METRICS[metric];
  const from = (def.from ?? []) as readonly MetricName[];
  return [...new Set([...(def.input ? [def.input] : []), ...(def.reads ?? []), ...from.flatMap(inputsRead)])];
}
