/**
 * How the comparison sorts its rows: by name; by the engine's TPP, PD or distance to the nearest
 * boundary, compared as decimals (never as binary floats); or by the verdict's severity in the rule
 * set's own order. Rows without a value go last either way, and ties keep the order the chips were
 * added in.
 */
import { Decimal } from '../core/decimal.js';
import type { EvaluationResult, ResolvedRuleSet } from '../core/index.js';
import { LOCALE } from '../i18n/messages.js';

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

const collator = new Intl.Collator(LOCALE, { numeric: true, sensitivity: 'base' });

/** Not controlled, then undecided, then each classification, least severe first: clauses are listed most severe first. */
function severity(result: EvaluationResult, ruleSet: ResolvedRuleSet): Decimal | null {
  if (result.status === 'not-controlled') return new Decimal(0);
  if (result.status === 'indeterminate') return new Decimal(1);
  if (result.status !== 'controlled') return null;
  const order = [...new Set(ruleSet.clauses.map((c) => c.classification))];
  const index = order.indexOf(result.classification ?? '');
  return new Decimal(2 + (index < 0 ? 0 : order.length - index));
}

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
    case 'verdict':
      return severity(row.result, ruleSet);
    case 'margin':
      return decimal(row.result.nearestBoundary?.relativeChange)?.abs() ?? null;
  }
}

function compareValues(a: Value, b: Value): number {
  return typeof a === 'string' || typeof b === 'string' ? collator.compare(String(a), String(b)) : a.comparedTo(b);
}

export function sortRows<T extends SortableRow>(rows: readonly T[], sort: Sort | null, ruleSet: ResolvedRuleSet): T[] {
  if (!sort) return [...rows];
  const keyed = rows.map((row) => ({ row, value: valueOf(row, sort.key, ruleSet) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    const order = compareValues(a.value, b.value);
    return sort.descending ? -order : order;
  });
  return keyed.map((k) => k.row);
}
