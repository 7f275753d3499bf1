/**
 * The metric registry: one definition per metric a rule set may test. Everything else derives from
 * it: the evaluation context, which input settles an unknown metric, how the boundary search moves
 * a metric, the rule-set schema's metric enum (a test ties them) and, through each language's
 * messages (`metric` and `input`, typed by `MetricName` and `InputName`), the labels a reader sees.
 *
 * Adding a metric is one entry here plus its messages; docs/metrics.md shows how.
 */
import { Decimal } from '../decimal.js';
import type { ChipFigures } from './figures.js';

/** A metric that does not exist for this item (PD without a non-planar die): comparisons with it are false, not unknown. */
export const ABSENT = Symbol('absent');

export type MetricValue = Decimal | boolean | string | null | typeof ABSENT;

/**
 * What a reader fills in to know a metric: a field of the spec (`bitLength` stands for an entry's
 * bit length). Each language's messages name every input.
 */
export type InputName =
  | 'kind' | 'throughput' | 'dies' | 'datacenter' | 'dramBandwidthGBps' | 'interconnectGBps' | 'hbmStack' | 'usAvailableSince' | 'bitLength';

/**
 * What the boundary search may change, one figure at a time: the throughput (all figures scaled, so
 * TPP and PD move together, the die area fixed), the die area (PD alone), a bandwidth, or the market.
 */
export type Lever = 'throughput' | 'dieArea' | 'interconnectGBps' | 'dramBandwidthGBps' | 'memoryBandwidthDensity' | 'market';
export type NumericLever = Exclude<Lever, 'market'>;

export type MetricKind = 'number' | 'boolean' | 'text' | 'date';

export interface MetricDefinition {
  kind: MetricKind;
  /** The unit symbol shown after a value ('' for none). */
  unit: string;
  /** Decimals a value is shown with; more where a threshold needs them (see format.ts). */
  decimals: number;
  /** `outcome` metrics exist only after classification, for outcome conditions. */
  phase: 'classification' | 'outcome';
  /** The input that gives the value; null for a metric computed only from other metrics, or from the classification. */
  input: InputName | null;
  /** Metrics this one is computed from (names checked below): while one of them is unknown, its input decides too. */
  from?: readonly string[];
  /** For a metric computed `from` others: whether its own input is missing (else: whether its value is unknown). */
  inputMissing?: (f: ChipFigures) => boolean;
  /** The value for a chip's figures: null when unknown, ABSENT when it does not exist. */
  value: (f: ChipFigures) => MetricValue;
  /** For each lever that moves this metric, the lever's value that brings the metric to `target`; null when it cannot. */
  inverse?: Partial<Record<NumericLever, (target: Decimal, f: ChipFigures) => Decimal | null>>;
}

const positive = (d: Decimal | null): d is Decimal => d !== null && d.greaterThan(0);
const known = (d: Decimal | null): d is Decimal => d !== null;
const unknown = () => null;

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
  throughput: { apply: (f, factor) => ({ ...f, tpp: f.tpp && f.tpp.times(factor) }), reported: (factor) => factor.minus(1) },
  dieArea: { apply: (f, area) => ({ ...f, applicableArea: area }), reported: (area) => area },
  interconnectGBps: { apply: (f, value) => ({ ...f, interconnect: value }), reported: (value) => value },
  dramBandwidthGBps: { apply: (f, value) => ({ ...f, dram: value }), reported: (value) => value },
  memoryBandwidthDensity: { apply: (f, mbd) => ({ ...f, hbmBandwidth: f.hbmArea && mbd.times(f.hbmArea) }), reported: (mbd) => mbd },
};

/**
 * The inputs that would settle an unknown metric: those of the metrics it is computed from that are
 * unknown, and its own input if that is missing too. PD with a die area but no throughput is decided
 * by the throughput alone; with neither, by both.
 */
export function decidingInputs(metric: MetricName, f: ChipFigures): InputName[] {
  const def: MetricDefinition = METRICS[metric];
  const from = (def.from ?? []) as readonly MetricName[];
  const upstream = from.filter((m) => METRICS[m].value(f) === null).flatMap((m) => decidingInputs(m, f));
  const ownMissing = def.input !== null && (def.inputMissing ? def.inputMissing(f) : def.value(f) === null);
  return [...new Set([...upstream, ...(ownMissing && def.input ? [def.input] : [])])];
}
