/**
 * compute-threshold-calculator/catalog: the chip catalog with the source, date seen and confidence
 * of every figure, published TPP/PD/classifications, and the catalog's JSON Schema. DOM-free.
 */
export {
  catalogWithSources, catalogSchema, specFigurePaths, figureSourceOf,
  type CatalogEntry, type ChipProvenance, type CatalogSource, type FigureSource, type MarketCall, type DieDetail,
  type PublishedFigure, type Confidence, type SourceKind, type SourceAccess,
} from './core/catalog-sources.js';
export { catalog, getChip, type CatalogChip } from './core/catalog.js';
