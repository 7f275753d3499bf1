import { Decimal } from '../decimal.js';
import type { NormalizedEntry, NormalizedSpec } from '../spec.js';
import { AMBIGUOUS_FORMATS, UNITS, isFormat } from '../units.js';

/** What kind of item a spec describes; rule sets say which kinds they apply to. */
export type ItemKind = 'logic' | 'hbm-stack';

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
  };
}
