import provenance from '../data/chip-sources.json';
import schema from '../data/catalog.schema.json';
import { catalog, type CatalogChip } from './catalog.js';
import type { ChipSpec } from './spec.js';

/** How a source was seen when the catalog was compiled. */
export type SourceAccess =
  /** The content was read (a stored copy). */
  | 'read'
  /** The URL was taken from another source's list (Epoch AI's "Link to datasheet") and not re-read. */
  | 'listed'
  /** Relied on as quoted in the project's regulations.md. */
  | 'quoted';

export type SourceKind =
  | 'datasheet' | 'whitepaper' | 'vendor-page' | 'vendor-docs' | 'dataset' | 'press' | 'analysis' | 'retailer' | 'regulation';

/** One source a chip's figures rest on. */
export interface CatalogSource {
  /** Unique within the chip; figureSources, market and published refer to it. */
  id: string;
  title: string;
  publisher: string;
  /** http(s) URL, as seen in a source (never constructed). */
  url: string;
  kind: SourceKind;
  access: SourceAccess;
  /** The date the source (or the list naming it) was seen, YYYY-MM-DD. */
  accessed: string;
  license?: string;
  note?: string;
}

/**
 * How far a figure can be trusted: the vendor's datasheet figure; another vendor publication
 * (documentation, blog, conference slides); a dataset, press or analyst figure; or derived or
 * assumed by the catalog (the note then says how).
 */
export type Confidence = 'datasheet' | 'vendor' | 'secondary' | 'estimate';

/** The source of one figure of the spec. */
export interface FigureSource {
  /** Id of a source in the chip's `sources`. */
  source: string;
  confidence: Confidence;
  note?: string;
  /** Further sources giving the same figure. */
  corroboratedBy?: string[];
}

/** Why the chip is or is not "designed or marketed for use in datacenters" (Note 2 to 3A090). */
export interface MarketCall {
  /** Equals `spec.datacenter`. */
  datacenter: boolean;
  basis: string;
  source?: string;
}

/** Process details of one die of `spec.dies`. */
export interface DieDetail {
  /** The die's path in the spec, e.g. "dies[0]". */
  die: string;
  process: string;
  transistor: 'FinFET' | 'GAA' | 'planar' | 'non-planar (assumed)';
  source: string;
  note?: string;
}

/**
 * A metric or classification a public source states for the chip. The tests check that the engine
 * reproduces it (TPP and PD within 0.5%, classifications and outcomes exactly), or that it carries
 * `agrees: false` and the `reason` it does not.
 */
export interface PublishedFigure {
  metric: 'tpp' | 'performanceDensity' | 'classification' | 'outcome';
  /** A decimal for TPP and PD; "3A090.a", "3A090.b", "3A090.c" or "none" for a classification; an outcome id of the rule set. */
  value: string;
  /** For classifications and outcomes; the default rule set when absent. */
  ruleSetId?: string;
  source: string;
  note?: string;
  agrees?: boolean;
  reason?: string;
}

/** Where a chip's figures come from (src/data/chip-sources.json, keyed by chip id). */
export interface ChipProvenance {
  market: MarketCall;
  sources: CatalogSource[];
  /** Keyed by the figure's path in `spec`: "throughput[0]", "dies[0].areaMm2", "dramBandwidthGBps", "interconnectGBps". */
  figureSources: Record<string, FigureSource>;
  dieDetails?: DieDetail[];
  published?: PublishedFigure[];
  notes?: string[];
}

/** A catalog chip with the sources of its figures: one entry of the schema. */
export type CatalogEntry = CatalogChip & ChipProvenance;

const byId = provenance as unknown as Record<string, ChipProvenance>;

/** The catalog with provenance, in catalog order. A chip without a provenance record is a defect the tests catch. */
export const catalogWithSources: readonly CatalogEntry[] = catalog.flatMap((chip) => (byId[chip.id] ? [{ ...chip, ...byId[chip.id]! }] : []));

/** The JSON Schema (draft 2020-12) of one catalog entry list (src/data/catalog.schema.json). */
export const catalogSchema: Readonly<Record<string, unknown>> = schema;

/** The paths of every figure in a spec that needs a source, in the form figureSources uses. */
export function specFigurePaths(spec: ChipSpec): string[] {
  const paths = (spec.throughput ?? []).map((_, i) => `throughput[${i}]`);
  (spec.dies ?? []).forEach((_, i) => paths.push(`dies[${i}].areaMm2`));
  if (spec.dramBandwidthGBps !== undefined) paths.push('dramBandwidthGBps');
  if (spec.interconnectGBps !== undefined) paths.push('interconnectGBps');
  if (spec.usAvailableSince !== undefined) paths.push('usAvailableSince');
  if (spec.hbmStack) paths.push('hbmStack.bandwidthGBps', 'hbmStack.areaMm2');
  return paths;
}

/** The source record and confidence of one figure of a catalog chip, or null when the path has none. */
export function figureSourceOf(chip: CatalogEntry, path: string): { figure: FigureSource; source: CatalogSource | null } | null {
  const figure = chip.figureSources[path];
  if (!figure) return null;
  return { figure, source: chip.sources.find((s) => s.id === figure.source) ?? null };
}
