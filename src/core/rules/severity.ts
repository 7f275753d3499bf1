import type { ResolvedRuleSet } from './types.js';

/**
 * How severe a verdict is under a rule set, for ordering: not controlled (0), then undecided (1),
 * then each classification, the least severe first (a rule set lists its clauses most severe
 * first). Null for input that could not be evaluated.
 */
export function severityOf(verdict: { status: string; classification: string | null }, ruleSet: ResolvedRuleSet): number | null {
  if (verdict.status === 'not-controlled') return 0;
  if (verdict.status === 'indeterminate') return 1;
  if (verdict.status !== 'controlled') return null;
  const order = [...new Set(ruleSet.clauses.map((c) => c.classification))];
  const index = order.indexOf(verdict.classification ?? '');
  return 2 + (index < 0 ? 0 : order.length - index);
}
