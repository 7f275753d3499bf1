/**
 * How the comparison sorts its rows: by name; by the engine's TPP, PD or distance to the nearest
 * boundary, compared as decimals (never as binary floats); or by the verdict's severity in the rule
 * set's own order. Rows without a value go last either way, and ties keep the order the chips were
 * added in.
 */
import { Decimal } from '../../../core/decimal.js';
import { severityOf } from '../../../core/rules/severity.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { EvaluationResult } from '../../../core/verdict.js';
import { collatorFor } from '../../controls/collator.js';

export const SORT_KEYS = ['chip', 'verdict', 'tpp', 'pd', 'margin'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Sort {
  key: SortKey;
  descending: boolean;
}

export interface SortableRow {
  name: string;
  result: EvaluationResult;
}

type Value = Decimal | string;


const decimal = (value: string | null | undefined) => (value === null || value === undefined ? null : new Decimal(value));

function valueOf(row: SortableRow, key: SortKey, ruleSet: ResolvedRuleSet): Value | null {
  const m = row.result.metrics;
  switch (key) {
    case 'chip':
      return row.name;
    case 'tpp':
      return decimal(m?.tpp);
    case 'pd':
      return decimal(m?.performanceDensity);
    case 'verdict': {
      const severity = severityOf(row.result, ruleSet);
      return severity === null ? null : new Decimal(severity);
    }
    case 'margin':
      return decimal(row.result.nearestBoundary?.relativeChange)?.abs() ?? null;
  }
}

function compareValues(a: Value, b: Value, lang: string): number {
  return typeof a === 'string' || typeof b === 'string' ? collatorFor(lang).compare(String(a), String(b)) : a.comparedTo(b);
}

export function sortRows<T extends SortableRow>(rows: readonly T[], sort: Sort | null, ruleSet: ResolvedRuleSet, lang = 'en'): T[] {
  if (!sort) return [...rows];
  const keyed = rows.map((row) => ({ row, value: valueOf(row, sort.key, ruleSet) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    const order = compareValues(a.value, b.value, lang);
    return sort.descending ? -order : order;
  });
  return keyed.map((k) => k.row);
}
