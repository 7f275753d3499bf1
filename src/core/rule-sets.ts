import china2026 from '../data/rule-sets/bis-china-review-2026.json';
import bis2022 from '../data/rule-sets/bis-3a090-2022.json';
import bis2023 from '../data/rule-sets/bis-3a090-2023.json';
import hbm2024 from '../data/rule-sets/bis-3a090c-2024.json';
import type { FieldError } from './spec.js';
import { validateRuleSet } from './rules/validate.js';
import type { ResolvedRuleSet } from './rules/types.js';

/**
 * Loads rule sets in order (a rule set may extend one loaded before it). Each is validated; a
 * malformed one is reported with its errors and left out, and the others still load.
 */
export function loadRuleSets(raws: unknown[], known: ReadonlyMap<string, ResolvedRuleSet> = new Map()) {
  const loaded = new Map(known);
  const problems: { index: number; id: string | null; errors: FieldError[] }[] = [];
  raws.forEach((raw, index) => {
    const checked = validateRuleSet(raw, loaded);
    if (checked.ruleSet) loaded.set(checked.ruleSet.id, checked.ruleSet);
    else {
      const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
      problems.push({ index, id, errors: checked.errors });
    }
  });
  return { ruleSets: loaded, problems };
}

const builtIn = loadRuleSets([bis2022, bis2023, hbm2024, china2026]);

/** The built-in rule sets, in chronological order. Their validity is asserted by the test suite. */
export const ruleSets: readonly ResolvedRuleSet[] = [...builtIn.ruleSets.values()];

/** The rule set to use when none is named: the current one for logic chips. */
export const DEFAULT_RULE_SET_ID = 'bis-3a090-2023';

export function getRuleSet(id: string): ResolvedRuleSet | undefined {
  return builtIn.ruleSets.get(id);
}
