import { builtInRuleSets } from './rule-set-registry.js';
import type { ResolvedRuleSet } from './rules/types.js';
import { enWords } from './explain/en-words.js';
import type { WordsMessages } from './explain/words.js';
import { isIsoDate } from './util.js';

export const DEFAULT_FAMILY = '3A090 integrated circuits';

export type Standing = 'chosen' | 'in-force' | 'not-yet-effective' | 'ended' | 'never-law' | 'not-enforced';

/** Why a rule set was chosen for a date, or none: structured, for each language to word (English: `reason`). */
export type AsOfReason =
  | { code: 'not-a-date'; date: string }
  | { code: 'none-in-force'; date: string; family: string; next: string | null }
  | { code: 'chosen'; date: string; family: string; ruleSet: string; base: string | null; ended: { id: string; until: string }[] };

export interface AsOfChoice {
  date: string;
  ruleSet: ResolvedRuleSet | null;
  /** One sentence in English saying which rule set applies on the date, and why; `why` says it structured. */
  reason: string;
  why: AsOfReason;
  considered: { id: string; standing: Standing }[];
}

/** The reason in a language, rule sets named by their titles (looked up among `candidates`). */
export function asOfSentence(why: AsOfReason, candidates: readonly ResolvedRuleSet[], messages: WordsMessages = enWords, title = (r: ResolvedRuleSet) => r.title): string {
  return messages.asOf(why, (id) => {
    const r = candidates.find((c) => c.id === id);
    return r ? { title: title(r), document: r.citation.document, effective: r.effective } : null;
  });
}

function choice(date: string, ruleSet: ResolvedRuleSet | null, why: AsOfReason, considered: AsOfChoice['considered'], candidates: readonly ResolvedRuleSet[]): AsOfChoice {
  return { date, ruleSet, reason: asOfSentence(why, candidates), why, considered };
}

function standingOn(date: string, r: ResolvedRuleSet): Exclude<Standing, 'chosen'> {
  if (r.status === 'bill' || r.status === 'hypothetical' || r.status === 'reported' || r.status === 'withdrawn') return 'never-law';
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
export function ruleSetInForce(date: string, family = DEFAULT_FAMILY, candidates: readonly ResolvedRuleSet[] = builtInRuleSets()): AsOfChoice {
  if (!isIsoDate(date)) return choice(date, null, { code: 'not-a-date', date }, [], candidates);
  const members = candidates.filter((r) => (r.family ?? r.id) === family);
  const standings = members.map((r) => ({ ruleSet: r, standing: standingOn(date, r) }));
  const chosen = standings.filter((s) => s.standing === 'in-force')
    .reduce<ResolvedRuleSet | null>((best, s) => (best === null || s.ruleSet.effective >= best.effective ? s.ruleSet : best), null);
  const considered = standings.map((s) => ({ id: s.ruleSet.id, standing: s.ruleSet === chosen ? 'chosen' as const : s.standing }));

  if (chosen === null) {
    const next = members.filter((r) => standingOn(date, r) === 'not-yet-effective').sort((a, b) => a.effective.localeCompare(b.effective))[0];
    return choice(date, null, { code: 'none-in-force', date, family, next: next?.id ?? null }, considered, candidates);
  }
  const base = chosen.basedOn ? members.find((r) => r.id === chosen.basedOn) : undefined;
  const ended = members.filter((r) => standingOn(date, r) === 'ended').map((r) => ({ id: r.id, until: r.until ?? '' }));
  return choice(date, chosen, { code: 'chosen', date, family, ruleSet: chosen.id, base: base?.id ?? null, ended }, considered, candidates);
}
