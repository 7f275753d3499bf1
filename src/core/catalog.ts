import chips from '../data/chips.json';
import type { ChipSpec } from './spec.js';

/** A known chip: who makes it, when, and its datasheet figures in the spec format. */
export interface CatalogChip {
  id: string;
  vendor: string;
  name: string;
  year: number;
  spec: ChipSpec;
}

/** The built-in chip catalog, as data (src/data/chips.json). */
export const catalog: readonly CatalogChip[] = chips as CatalogChip[];

export function getChip(id: string): CatalogChip | undefined {
  return catalog.find((chip) => chip.id === id);
}
