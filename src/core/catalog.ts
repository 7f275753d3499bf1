import chips from '../data/chips.json';
import type { ChipSpec } from './spec.js';

/**
 * A known chip: who makes it, when, and its datasheet figures in the spec format. Where each figure
 * comes from is in the full catalog (`compute-threshold-calculator/catalog`), kept apart so that
 * the widget does not carry it.
 */
export interface CatalogChip {
  /** Kebab-case, unique in the catalog. */
  id: string;
  vendor: string;
  name: string;
  year: number;
  /** A valid ChipSpec: exactly the fields the engine knows. */
  spec: ChipSpec;
}

/** The built-in chip catalog (src/data/chips.json). */
export const catalog: readonly CatalogChip[] = chips as CatalogChip[];

export function getChip(id: string): CatalogChip | undefined {
  return catalog.find((chip) => chip.id === id);
}
