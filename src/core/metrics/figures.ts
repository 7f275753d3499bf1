import { groupsOf, type CountryGroup } from '../countries.js';
import { Decimal } from '../decimal.js';
import type { NormalizedEntry, NormalizedSpec, NormalizedTraining, TariffExemption } from '../spec.js';
import { AMBIGUOUS_FORMATS, UNITS, isFormat } from '../units.js';

/** What kind of item a spec describes; rule sets say which kinds they apply to. */
export type ItemKind = 'logic' | 'hbm-stack' | 'training-run';

/**
 * The H100 (SXM) as the unit of H100-equivalents: its TPP, 1,979 dense FP8/INT8 tera-operations/s
 * × 8 bits, as the AI Diffusion rule's analyses count (15,831.2 from the unrounded 1,978.9 gives
 * the 49,901 of SemiAnalysis); and its peak dense 8-bit rate, as Epoch AI counts.
 */
export const H100_TPP = new Decimal(15832);
export const H100_EIGHT_BIT_TERA_OPS = new Decimal(1979);
export const SECONDS_PER_DAY = new Decimal(86400);
const TERA = new Decimal('1e12');
const SIX = new Decimal(6);

/** A training run's figures: what its compute follows from. */
export interface TrainingFigures {
  route: NormalizedTraining['route'];
  /** The run's compute by the model route (6 × N × D) or as typed. */
  fixedFlop: Decimal | null;
  /** The run's compute set by the boundary search, whatever the route. */
  override: Decimal | null;
  /** A cluster's theoretical peak (chips × per-chip rate) and its rate at the given utilisation, operations/s. */
  peak: Decimal | null;
  rate: Decimal | null;
  days: Decimal | null;
  fineTuning: Decimal | null;
  base: Decimal | null;
  revenue: Decimal | null;
  biological: boolean | null;
  generative: boolean | null;
  networkGbps: Decimal | null;
  singleDatacenter: boolean | null;
}

/** The run's own compute: null without a route, or for a cluster without a duration. */
export function runFlopOf(t: TrainingFigures): Decimal | null {
  if (t.override) return t.override;
  if (t.route === 'cluster') return t.rate && t.days ? t.rate.times(t.days).times(SECONDS_PER_DAY) : null;
  return t.fixedFlop;
}

/** What the run's compute adds to: the base model's and the fine-tuning after it. */
export function addedFlopOf(t: TrainingFigures): Decimal {
  return (t.base ?? new Decimal(0)).plus(t.fineTuning ?? 0);
}

/** The model's cumulative training compute: the base model's, the run's and the fine-tuning's. */
export function trainingFlopOf(t: TrainingFigures): Decimal | null {
  const run = runFlopOf(t);
  return run === null ? null : run.plus(addedFlopOf(t));
}

/** A modification's compute (the run and its fine-tuning), when the run modifies a base model. */
export function modificationFlopOf(t: TrainingFigures): Decimal | null {
  const run = runFlopOf(t);
  return run === null || t.base === null ? null : run.plus(t.fineTuning ?? 0);
}

/**
 * A chip's figures as the metrics are computed from them: the exact values the rule engine reads,
 * before any metric is derived. The boundary search moves one of them and derives the metrics again.
 */
export interface ChipFigures {
  kind: ItemKind;
  /** Total processing performance: each processing unit's highest entry, summed over the units. */
  tpp: Decimal | null;
  /** Summed area of the non-planar logic dies; null when no such die was given. */
  applicableArea: Decimal | null;
  /** Dies were given, none of them non-planar: performance density does not exist. */
  noNonPlanarDie: boolean;
  dram: Decimal | null;
  interconnect: Decimal | null;
  /** The bandwidth and area of a standalone HBM stack (kind 'hbm-stack' only). */
  hbmBandwidth: Decimal | null;
  hbmArea: Decimal | null;
  datacenter: boolean | null;
  usAvailableSince: string | null;
  quantity: Decimal | null;
  /** The peak dense 8-bit rate, tera-operations/s: each processing unit's highest 8-bit figure, summed; null without one. */
  eightBit: Decimal | null;
  destination: string | null;
  headquarters: string | null;
  shipFrom: string | null;
  tariffExemption: TariffExemption | null;
  usEndUseQuantity: Decimal | null;
  training: TrainingFigures | null;
}

/** One throughput entry as the engine scored it. Decimal values are decimal strings. */
export interface EntryFigure {
  index: number;
  format: string;
  bitLength: string;
  bitLengthOverridden: boolean;
  value: string;
  unit: string;
  sparse: boolean;
  countsMacs: boolean;
  processingUnit: string | null;
  /** Dense tera-operations per second: MACs counted double, sparse figures halved. */
  denseTeraOps: string;
  /** denseTeraOps x bitLength. */
  tpp: string;
  /** This entry's figure is its processing unit's maximum, so it counts toward TPP. */
  decides: boolean;
}

export interface ProcessingUnitFigure {
  name: string | null;
  tpp: string;
  basisIndex: number;
}

/** A format whose bit length the rules leave open, and what TPP would be under the other reading. */
export interface BitLengthAmbiguity {
  entryIndex: number;
  format: string;
  bitLength: string;
  alternativeBitLength: string;
  tppIfAlternative: string;
}

/** Why performance density has no value. */
export type DensityGap = 'no-throughput' | 'no-die-area' | 'no-non-planar-die';

/** The public metrics. Every value is a decimal string or null when it cannot be known. */
export interface Metrics {
  kind: ItemKind;
  tpp: string | null;
  tppBasis: EntryFigure | null;
  entries: EntryFigure[];
  processingUnits: ProcessingUnitFigure[];
  applicableDieAreaMm2: string | null;
  excludedDieAreaMm2: string | null;
  performanceDensity: string | null;
  /** Set when performanceDensity is null: unknown (no throughput, no die area) or undefined (only planar dies). */
  performanceDensityGap: DensityGap | null;
  interconnectGBps: string | null;
  dramBandwidthGBps: string | null;
  dramPlusInterconnectGBps: string | null;
  memoryBandwidthDensity: string | null;
  /** A standalone HBM stack's bandwidth and area (kind "hbm-stack"). */
  hbmStack: { bandwidthGBps: string; areaMm2: string } | null;
  datacenter: boolean | null;
  usAvailableSince: string | null;
  bitLengthAmbiguities: BitLengthAmbiguity[];
  /** How many chips the spec counts (a shipment or a fleet), and their total TPP. */
  quantity: string | null;
  totalTpp: string | null;
  /** The peak dense 8-bit rate (tera-operations/s) that Epoch AI's H100-equivalents count. */
  eightBitTeraOps: string | null;
  /**
   * H100-equivalents under both conventions: by TPP (÷ 15,832, as the AI Diffusion rule's caps
   * count) and by peak 8-bit operations (÷ 1,979, as Epoch AI counts), per chip and for the quantity.
   */
  h100Equivalents: { perChipByTpp: string | null; perChipBy8Bit: string | null; byTpp: string | null; by8Bit: string | null };
  /** Who and where: the countries given, with the Country Groups each is in (Hong Kong's are China's). */
  shipment: {
    destinationCountry: string | null;
    destinationGroups: CountryGroup[];
    buyerHeadquartersCountry: string | null;
    buyerHeadquartersGroups: CountryGroup[];
    shipFromCountry: string | null;
    tariffExemption: TariffExemption | null;
    usEndUseQuantity: string | null;
    /** quantity ÷ usEndUseQuantity, for the January 2026 rule's 50% cap. */
    shareOfUsShipments: string | null;
  };
  /** Kind "training-run" only: the run's compute and how it follows from the route given. */
  training: TrainingMetrics | null;
}

/** A training run's figures as decimal strings. */
export interface TrainingMetrics {
  route: NormalizedTraining['route'];
  /** The run's own compute, operations; null without a route or a duration. */
  runFlop: string | null;
  fineTuningFlop: string | null;
  baseModelFlop: string | null;
  /** The model's cumulative compute: base model + run + fine-tuning. */
  trainingFlop: string | null;
  /** Run + fine-tuning when the run modifies a base model, and that as a multiple of a third of the base model's compute. */
  modificationFlop: string | null;
  modificationThirds: string | null;
  cluster: {
    chips: string;
    perChip: { format: string | null; value: string; unit: string; sparse: boolean; denseTeraOps: string };
    perChipOpsPerSecond: string;
    peakOpsPerSecond: string;
    utilization: string;
    effectiveOpsPerSecond: string;
    durationDays: string | null;
    networkGbps: string | null;
    singleDatacenter: boolean | null;
  } | null;
  model: { parameters: string | null; activeParameters: string | null; tokens: string } | null;
  developerRevenueUsd: string | null;
  biologicalSequenceData: boolean | null;
  generatesContent: boolean | null;
}

interface UnitMaximum {
  tpp: Decimal;
  basisIndex: number;
}

/** TPP: the maximum over each processing unit's entries, summed over the units. */
function aggregate(entries: readonly NormalizedEntry[], bitLengthOf: (e: NormalizedEntry) => Decimal) {
  const units = new Map<string | null, UnitMaximum>();
  entries.forEach((entry) => {
    const tpp = entry.denseTeraOps.times(bitLengthOf(entry));
    const best = units.get(entry.processingUnit);
    if (!best || tpp.greaterThan(best.tpp)) units.set(entry.processingUnit, { tpp, basisIndex: entry.index });
  });
  let total = new Decimal(0);
  for (const unit of units.values()) total = total.plus(unit.tpp);
  return { units, total };
}

const sumOf = (values: readonly Decimal[]) => values.reduce((sum, v) => sum.plus(v), new Decimal(0));

const ownBitLength = (e: NormalizedEntry) => e.bitLength;
const otherBitLength = (e: NormalizedEntry) => {
  const other = !e.bitLengthOverridden && isFormat(e.format) ? AMBIGUOUS_FORMATS[e.format] : undefined;
  return other ? new Decimal(other.alternativeBitLength) : e.bitLength;
};

/** The figures under the other reading of every bit length the rules leave open: only TPP differs. */
export function otherReading(spec: NormalizedSpec, figures: ChipFigures): ChipFigures {
  return { ...figures, tpp: spec.throughput.length > 0 ? aggregate(spec.throughput, otherBitLength).total : null };
}

/** The peak dense 8-bit rate: each processing unit's highest entry of bit length 8, summed. */
function eightBitOf(entries: readonly NormalizedEntry[]): Decimal | null {
  const eight = entries.filter((e) => e.bitLength.equals(8));
  if (eight.length === 0) return null;
  const units = new Map<string | null, Decimal>();
  for (const e of eight) {
    const best = units.get(e.processingUnit);
    if (!best || e.denseTeraOps.greaterThan(best)) units.set(e.processingUnit, e.denseTeraOps);
  }
  return sumOf([...units.values()]);
}

function trainingFiguresOf(t: NormalizedTraining): TrainingFigures {
  const c = t.cluster;
  const peak = c ? c.chips.times(c.perChip.denseTeraOps).times(TERA) : null;
  const m = t.model;
  return {
    route: t.route,
    fixedFlop: m ? SIX.times(m.activeParameters ?? m.parameters!).times(m.tokens) : t.totalFlop,
    override: null,
    peak,
    rate: peak && c ? peak.times(c.utilization) : null,
    days: c?.durationDays ?? null,
    fineTuning: t.fineTuningFlop,
    base: t.baseModelFlop,
    revenue: t.developerRevenueUsd,
    biological: t.biologicalSequenceData,
    generative: t.generatesContent,
    networkGbps: c?.networkGbps ?? null,
    singleDatacenter: c?.singleDatacenter ?? null,
  };
}

/** The figures of a validated spec. */
export function figuresOf(spec: NormalizedSpec): ChipFigures {
  const qualifying = spec.dies.filter((d) => d.nonPlanar).map((d) => d.areaMm2);
  const stack = spec.kind === 'hbm-stack' ? spec.hbmStack : null;
  return {
    kind: spec.kind,
    tpp: spec.throughput.length > 0 ? aggregate(spec.throughput, ownBitLength).total : null,
    applicableArea: qualifying.length > 0 ? sumOf(qualifying) : null,
    noNonPlanarDie: spec.dies.length > 0 && qualifying.length === 0,
    dram: spec.dramBandwidthGBps,
    interconnect: spec.interconnectGBps,
    hbmBandwidth: stack?.bandwidthGBps ?? null,
    hbmArea: stack?.areaMm2 ?? null,
    datacenter: spec.datacenter,
    usAvailableSince: spec.usAvailableSince,
    quantity: spec.quantity,
    eightBit: eightBitOf(spec.throughput),
    destination: spec.destinationCountry,
    headquarters: spec.buyerHeadquartersCountry,
    shipFrom: spec.shipFromCountry,
    tariffExemption: spec.tariffExemption,
    usEndUseQuantity: spec.usEndUseQuantity,
    training: spec.training ? trainingFiguresOf(spec.training) : null,
  };
}

/** The entries whose bit length the rules leave open, with the other reading of each. */
export function ambiguousEntries(spec: NormalizedSpec): { format: string; bitLength: string; alternative: string }[] {
  return spec.throughput.flatMap((e) => {
    const other = !e.bitLengthOverridden && isFormat(e.format) ? AMBIGUOUS_FORMATS[e.format] : undefined;
    return other ? [{ format: e.format, bitLength: e.bitLength.toString(), alternative: String(other.alternativeBitLength) }] : [];
  });
}

const text = (value: Decimal | null) => value?.toString() ?? null;
const times = (a: Decimal | null, b: Decimal | null) => (a && b ? a.times(b) : null);
const over = (a: Decimal | null, b: Decimal) => (a ? a.dividedBy(b) : null);

function trainingMetricsOf(spec: NormalizedTraining, t: TrainingFigures): TrainingMetrics {
  const c = spec.cluster;
  const modification = modificationFlopOf(t);
  return {
    route: t.route,
    runFlop: text(runFlopOf(t)),
    fineTuningFlop: text(t.fineTuning),
    baseModelFlop: text(t.base),
    trainingFlop: text(trainingFlopOf(t)),
    modificationFlop: text(modification),
    modificationThirds: modification && t.base ? modification.times(3).dividedBy(t.base).toString() : null,
    cluster: c && t.peak && t.rate ? {
      chips: c.chips.toString(),
      perChip: { format: c.perChip.format, value: c.perChip.value.toString(), unit: c.perChip.unit, sparse: c.perChip.sparse, denseTeraOps: c.perChip.denseTeraOps.toString() },
      perChipOpsPerSecond: c.perChip.denseTeraOps.times(TERA).toString(),
      peakOpsPerSecond: t.peak.toString(),
      utilization: c.utilization.toString(),
      effectiveOpsPerSecond: t.rate.toString(),
      durationDays: text(c.durationDays),
      networkGbps: text(c.networkGbps),
      singleDatacenter: c.singleDatacenter,
    } : null,
    model: spec.model ? { parameters: text(spec.model.parameters), activeParameters: text(spec.model.activeParameters), tokens: spec.model.tokens.toString() } : null,
    developerRevenueUsd: text(t.revenue),
    biologicalSequenceData: t.biological,
    generatesContent: t.generative,
  };
}

/**
 * Whether a chip counts as a different number of H100s by TPP and by peak 8-bit operations, by more
 * than 1% (the B300: 3.79 against 2.53): where the two conventions tell a reader different things.
 */
export function h100ConventionsDiffer({ perChipByTpp, perChipBy8Bit }: Metrics['h100Equivalents']): boolean {
  return perChipByTpp !== null && perChipBy8Bit !== null
    && new Decimal(perChipByTpp).minus(perChipBy8Bit).abs().greaterThan(new Decimal(perChipByTpp).times('0.01'));
}

/** The public metrics of a validated spec, every value a decimal string. */
export function metricsOf(spec: NormalizedSpec, figures: ChipFigures): Metrics {
  const { units } = aggregate(spec.throughput, ownBitLength);
  const basisIndices = new Set([...units.values()].map((u) => u.basisIndex));
  const entries: EntryFigure[] = spec.throughput.map((entry) => ({
    index: entry.index,
    format: entry.format,
    bitLength: entry.bitLength.toString(),
    bitLengthOverridden: entry.bitLengthOverridden,
    value: entry.value.toString(),
    unit: entry.unit,
    sparse: entry.sparse,
    countsMacs: UNITS[entry.unit].countsMacs,
    processingUnit: entry.processingUnit,
    denseTeraOps: entry.denseTeraOps.toString(),
    tpp: entry.denseTeraOps.times(entry.bitLength).toString(),
    decides: basisIndices.has(entry.index),
  }));
  let largest: UnitMaximum | null = null;
  for (const unit of units.values()) if (largest === null || unit.tpp.greaterThan(largest.tpp)) largest = unit;

  const { tpp, applicableArea: area } = figures;
  const planar = spec.dies.filter((d) => !d.nonPlanar).map((d) => d.areaMm2);
  const gap: DensityGap | null = tpp === null ? 'no-throughput' : figures.noNonPlanarDie ? 'no-non-planar-die' : area === null ? 'no-die-area' : null;
  return {
    kind: figures.kind,
    tpp: text(tpp),
    tppBasis: largest ? entries[largest.basisIndex] ?? null : null,
    entries,
    processingUnits: [...units.entries()].map(([name, unit]) => ({ name, tpp: unit.tpp.toString(), basisIndex: unit.basisIndex })),
    applicableDieAreaMm2: text(area),
    excludedDieAreaMm2: planar.length > 0 ? sumOf(planar).toString() : null,
    performanceDensity: tpp !== null && area !== null ? tpp.dividedBy(area).toString() : null,
    performanceDensityGap: gap,
    interconnectGBps: text(figures.interconnect),
    dramBandwidthGBps: text(figures.dram),
    dramPlusInterconnectGBps: figures.dram && figures.interconnect ? figures.dram.plus(figures.interconnect).toString() : null,
    memoryBandwidthDensity: figures.hbmBandwidth && figures.hbmArea ? figures.hbmBandwidth.dividedBy(figures.hbmArea).toString() : null,
    hbmStack: figures.hbmBandwidth && figures.hbmArea ? { bandwidthGBps: figures.hbmBandwidth.toString(), areaMm2: figures.hbmArea.toString() } : null,
    datacenter: figures.datacenter,
    usAvailableSince: figures.usAvailableSince,
    bitLengthAmbiguities: spec.throughput.flatMap((entry) => {
      const other = !entry.bitLengthOverridden && isFormat(entry.format) ? AMBIGUOUS_FORMATS[entry.format] : undefined;
      if (!other) return [];
      const alternative = new Decimal(other.alternativeBitLength);
      const tppIfAlternative = aggregate(spec.throughput, (e) => (e.index === entry.index ? alternative : e.bitLength)).total;
      return [{
        entryIndex: entry.index, format: entry.format, bitLength: entry.bitLength.toString(),
        alternativeBitLength: alternative.toString(), tppIfAlternative: tppIfAlternative.toString(),
      }];
    }),
    quantity: text(figures.quantity),
    totalTpp: text(times(tpp, figures.quantity)),
    eightBitTeraOps: text(figures.eightBit),
    h100Equivalents: {
      perChipByTpp: text(over(tpp, H100_TPP)),
      perChipBy8Bit: text(over(figures.eightBit, H100_EIGHT_BIT_TERA_OPS)),
      byTpp: text(over(times(tpp, figures.quantity), H100_TPP)),
      by8Bit: text(over(times(figures.eightBit, figures.quantity), H100_EIGHT_BIT_TERA_OPS)),
    },
    shipment: {
      destinationCountry: figures.destination,
      destinationGroups: figures.destination ? groupsOf(figures.destination) : [],
      buyerHeadquartersCountry: figures.headquarters,
      buyerHeadquartersGroups: figures.headquarters ? groupsOf(figures.headquarters) : [],
      shipFromCountry: figures.shipFrom,
      tariffExemption: figures.tariffExemption,
      usEndUseQuantity: text(figures.usEndUseQuantity),
      shareOfUsShipments: text(figures.quantity && figures.usEndUseQuantity ? figures.quantity.dividedBy(figures.usEndUseQuantity) : null),
    },
    training: spec.training && figures.training ? trainingMetricsOf(spec.training, figures.training) : null,
  };
}
