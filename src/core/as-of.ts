import { ruleSets as builtInRuleSets } from './rule-sets.js';
import type { ResolvedRuleSet } from './rules/types.js';
import { isIsoDate } from './rules/validate.js';

export const DEFAULT_FAMILY = '3A090 integrated circuits';

export type Standing = 'chosen' | 'in-force' | 'not-yet-effective' | 'ended' | 'never-law' | 'not-enforced';

export interface AsOfChoice {
  date: string;
  ruleSet: ResolvedRuleSet | null;
  /** One sentence saying which rule set applies on the date, and why. */
  reason: string;
  considered: { id: string; standing: Standing }[];
}

const cite = (r: ResolvedRuleSet) => `${r.id} (${r.citation.document}, effective ${r.effective})`;

function standingOn(date: string, r: ResolvedRuleSet): Exclude<Standing, 'chosen'> {
  if (r.status === 'bill' || r.status === 'hypothetical') return 'never-law';
  if (r.status === 'not-enforced') return 'not-enforced';
  if (date < r.effective) return 'not-yet-effective';
  if (r.until !== undefined && date > r.until) return 'ended';
  return 'in-force';
}

/**
 * The rule set of a family in force on a date: of those effective then and not yet ended, the
 * latest (a later rule set of the family replaces or refines the earlier ones). ISO dates compare
 * correctly as strings.
 */
export function ruleSetInForce(date: string, family = DEFAULT_FAMILY, candidates: readonly ResolvedRuleSet[] = builtInRuleSets): AsOfChoice {
  if (!isIsoDate(date)) return { date, ruleSet: null, reason: `"${date}" is not a date as YYYY-MM-DD.`, considered: [] };
  const members = candidates.filter((r) => (r.family ?? r.id) === family);
  const standings = members.map((r) => ({ ruleSet: r, standing: standingOn(date, r) }));
  const chosen = standings.filter((s) => s.standing === 'in-force')
    .reduce<ResolvedRuleSet | null>((best, s) => (best === null || s.ruleSet.effective >= best.effective ? s.ruleSet : best), null);
  const considered = standings.map((s) => ({ id: s.ruleSet.id, standing: s.ruleSet === chosen ? 'chosen' as const : s.standing }));

  if (chosen === null) {
    const next = members.filter((r) => standingOn(date, r) === 'not-yet-effective').sort((a, b) => a.effective.localeCompare(b.effective))[0];
    return {
      date, ruleSet: null, considered,
      reason: `No rule set for ${family} was in force on ${date}${next ? `: the first, ${cite(next)}, took effect later` : ''}.`,
    };
  }
  const base = chosen.basedOn ? members.find((r) => r.id === chosen.basedOn) : undefined;
  const ended = members.filter((r) => standingOn(date, r) === 'ended').map((r) => `${r.id} ended on ${r.until}`);
  return {
    date, ruleSet: chosen, considered,
    reason: `On ${date} the rules in force for ${family} are ${cite(chosen)}${base ? `, which builds on ${cite(base)}` : ''}` +
      `${ended.length ? `; ${ended.join(', ')}` : ''}.`,
  };
}
