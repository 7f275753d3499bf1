/**
 * A rule set resolved: `extends` applied (the base's clauses, exclusions, outcomes and caveats
 * first, then its own), and marked as checked, so that evaluating it again and again (a table of
 * chips, every keystroke under edited thresholds) never checks it again.
 */
import type { ResolvedRuleSet, RuleSet } from './types.js';

const checked = new WeakSet<ResolvedRuleSet>();

/** Whether `ruleSet` came out of `resolveExtends`: validated, or built in (whose validity the test suite asserts). */
export const isResolved = (ruleSet: unknown): ruleSet is ResolvedRuleSet => typeof ruleSet === 'object' && ruleSet !== null && checked.has(ruleSet as ResolvedRuleSet);

/** `raw` must be valid: `validateRuleSet` checks a rule set from outside first. */
export function resolveExtends(raw: RuleSet, base: ResolvedRuleSet | undefined): ResolvedRuleSet {
  const { extends: basedOn, ...own } = raw;
  const scope = own.scope ?? base?.scope;
  const notControlledNote = own.notControlledNote ?? base?.notControlledNote;
  const ruleSet: ResolvedRuleSet = {
    ...own,
    ...(basedOn ? { basedOn } : {}),
    ...(scope ? { scope } : {}),
    ...(notControlledNote ? { notControlledNote } : {}),
    clauses: [...(base?.clauses ?? []), ...(own.clauses ?? [])],
    exclusions: [...(base?.exclusions ?? []), ...(own.exclusions ?? [])],
    outcomes: [...(base?.outcomes ?? []), ...(own.outcomes ?? [])],
    caveats: [...(base?.caveats ?? []), ...(own.caveats ?? [])],
  };
  checked.add(ruleSet);
  return ruleSet;
}
