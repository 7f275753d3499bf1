import { Decimal } from './decimal.js';
import { validateSpec, type FieldError, type NormalizedEntry, type NormalizedSpec } from './spec.js';
import { AMBIGUOUS_FORMATS, UNITS, isFormat, teraOpsFactor } from './units.js';

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
  memoryBandwidthDensity: string | null;
  datacenter: boolean | null;
  bitLengthAmbiguities: BitLengthAmbiguity[];
}

/** The same metrics as Decimals, for the rule engine. */
export interface MetricValues {
  tpp: Decimal | null;
  performanceDensity: Decimal | null;
  /** PD does not exist (no qualifying die): conditions on it are false, not unknown. */
  performanceDensityUndefined: boolean;
  applicableDieAreaMm2: Decimal | null;
  interconnectGBps: Decimal | null;
  dramBandwidthGBps: Decimal | null;
  memoryBandwidthDensity: Decimal | null;
  datacenter: boolean | null;
}

function denseTeraOps(entry: NormalizedEntry): Decimal {
  const dense = entry.value.times(teraOpsFactor(entry.unit));
  return entry.sparse ? dense.dividedBy(2) : dense;
}

/** TPP: the maximum over each processing unit's entries, summed over the units. */
function aggregate(entries: NormalizedEntry[], bitLengthOf: (e: NormalizedEntry) => Decimal) {
  const units = new Map<string | null, { tpp: Decimal; basisIndex: number }>();
  for (const entry of entries) {
    const tpp = denseTeraOps(entry).times(bitLengthOf(entry));
    const best = units.get(entry.processingUnit);
    if (!best || tpp.greaterThan(best.tpp)) units.set(entry.processingUnit, { tpp, basisIndex: entry.index });
  }
  const total = [...units.values()].reduce((sum, unit) => sum.plus(unit.tpp), new Decimal(0));
  return { units, total };
}

/** Computes every metric from a validated spec, exactly. */
export function metricValuesOf(spec: NormalizedSpec): { values: MetricValues; metrics: Metrics } {
  const hasThroughput = spec.throughput.length > 0;
  const { units, total } = aggregate(spec.throughput, (e) => e.bitLength);
  const tpp = hasThroughput ? total : null;
  const basisIndices = new Set([...units.values()].map((u) => u.basisIndex));

  const entries: EntryFigure[] = spec.throughput.map((entry) => {
    const dense = denseTeraOps(entry);
    return {
      index: entry.index,
      format: entry.format,
      bitLength: entry.bitLength.toString(),
      bitLengthOverridden: entry.bitLengthOverridden,
      value: entry.value.toString(),
      unit: entry.unit,
      sparse: entry.sparse,
      countsMacs: UNITS[entry.unit].countsMacs,
      processingUnit: entry.processingUnit,
      denseTeraOps: dense.toString(),
      tpp: dense.times(entry.bitLength).toString(),
      decides: basisIndices.has(entry.index),
    };
  });
  const largestUnit = [...units.values()].reduce<{ tpp: Decimal; basisIndex: number } | null>(
    (best, unit) => (best === null || unit.tpp.greaterThan(best.tpp) ? unit : best), null);

  const qualifying = spec.dies.filter((d) => d.nonPlanar);
  const excluded = spec.dies.filter((d) => !d.nonPlanar);
  const sumArea = (dies: typeof spec.dies) => dies.reduce((sum, d) => sum.plus(d.areaMm2), new Decimal(0));
  const area = qualifying.length > 0 ? sumArea(qualifying) : null;
  const densityGap: DensityGap | null =
    tpp === null ? 'no-throughput' : spec.dies.length === 0 ? 'no-die-area' : area === null ? 'no-non-planar-die' : null;
  const performanceDensity = tpp !== null && area !== null ? tpp.dividedBy(area) : null;
  const memoryBandwidthDensity = spec.hbmStack ? spec.hbmStack.bandwidthGBps.dividedBy(spec.hbmStack.areaMm2) : null;

  const bitLengthAmbiguities: BitLengthAmbiguity[] = spec.throughput.flatMap((entry) => {
    const ambiguity = !entry.bitLengthOverridden && isFormat(entry.format) ? AMBIGUOUS_FORMATS[entry.format] : undefined;
    if (!ambiguity) return [];
    const alternative = new Decimal(ambiguity.alternativeBitLength);
    const other = aggregate(spec.throughput, (e) => (e.index === entry.index ? alternative : e.bitLength));
    return [{
      entryIndex: entry.index,
      format: entry.format,
      bitLength: entry.bitLength.toString(),
      alternativeBitLength: alternative.toString(),
      tppIfAlternative: other.total.toString(),
    }];
  });

  const values: MetricValues = {
    tpp,
    performanceDensity,
    performanceDensityUndefined: densityGap === 'no-non-planar-die',
    applicableDieAreaMm2: area,
    interconnectGBps: spec.interconnectGBps,
    dramBandwidthGBps: spec.dramBandwidthGBps,
    memoryBandwidthDensity,
    datacenter: spec.datacenter,
  };
  const metrics: Metrics = {
    tpp: tpp?.toString() ?? null,
    tppBasis: largestUnit ? entries[largestUnit.basisIndex] ?? null : null,
    entries,
    processingUnits: [...units.entries()].map(([name, unit]) => ({ name, tpp: unit.tpp.toString(), basisIndex: unit.basisIndex })),
    applicableDieAreaMm2: area?.toString() ?? null,
    excludedDieAreaMm2: excluded.length > 0 ? sumArea(excluded).toString() : null,
    performanceDensity: performanceDensity?.toString() ?? null,
    performanceDensityGap: densityGap,
    interconnectGBps: spec.interconnectGBps?.toString() ?? null,
    dramBandwidthGBps: spec.dramBandwidthGBps?.toString() ?? null,
    memoryBandwidthDensity: memoryBandwidthDensity?.toString() ?? null,
    datacenter: spec.datacenter,
    bitLengthAmbiguities,
  };
  return { values, metrics };
}

/** Public: validates a spec and computes its metrics; errors instead of metrics when it is invalid. */
export function computeMetrics(raw: unknown): { metrics: Metrics; errors: [] } | { metrics: null; errors: FieldError[] } {
  const checked = validateSpec(raw);
  if (checked.spec === null) return { metrics: null, errors: checked.errors };
  return { metrics: metricValuesOf(checked.spec).metrics, errors: [] };
}
