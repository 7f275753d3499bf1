import china2026 from '../data/rule-sets/bis-china-review-2026.json';
import bis2022 from '../data/rule-sets/bis-3a090-2022.json';
import bis2023 from '../data/rule-sets/bis-3a090-2023.json';
import hbm2024 from '../data/rule-sets/bis-3a090c-2024.json';
import isInformed2025 from '../data/rule-sets/us-is-informed-h20-2025.json';
import licence2026 from '../data/rule-sets/bis-advanced-computing-licence-2026.json';
import volumeCap2026 from '../data/rule-sets/bis-china-volume-cap-2026.json';
import diffusionCaps2025 from '../data/rule-sets/us-ai-diffusion-caps-2025.json';
import draftCaps2026 from '../data/rule-sets/us-draft-scale-licensing-2026.json';
import tariff2026 from '../data/rule-sets/us-section-232-tariff-2026.json';
import gainAi from '../data/rule-sets/us-bill-gain-ai-2025.json';
import safeChips from '../data/rule-sets/us-bill-safe-chips-2025.json';
import overwatch from '../data/rule-sets/us-bill-ai-overwatch-2026.json';
import euAiAct from '../data/rule-sets/eu-ai-act-art51.json';
import sb53 from '../data/rule-sets/ca-sb53.json';
import raise from '../data/rule-sets/ny-raise.json';
import eo14110 from '../data/rule-sets/us-eo-14110.json';
import type { FieldError } from './errors.js';
import { builtInRuleSets, registerBuiltIns, registerChecker } from './rule-set-registry.js';
import type { ResolvedRuleSet } from './rules/types.js';
import { validateRuleSet } from './rules/validate.js';

export { ruleSetInForce } from './as-of.js';
export {
  getRuleSet, isBuiltIn, ruleSetsFor, defaultRuleSetId, linesOf, DEFAULT_RULE_SET_ID, DEFAULT_TRAINING_RULE_SET_ID,
} from './rule-set-registry.js';

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

/**
 * The built-in rule sets' files, in the order the engine lists them: the chip classifications and
 * their overlays (chronological), then a shipment's tariff, licence and caps, the bills, and the
 * rule sets on training compute. A file may extend one listed before it.
 */
export const BUILT_IN_FILES: readonly unknown[] = [
  bis2022, bis2023, hbm2024, isInformed2025, china2026,
  tariff2026, licence2026, diffusionCaps2025, volumeCap2026, draftCaps2026,
  gainAi, safeChips, overwatch,
  euAiAct, sb53, raise, eo14110,
];

registerBuiltIns(BUILT_IN_FILES);
registerChecker(validateRuleSet);

/** The built-in rule sets, in the order of `BUILT_IN_FILES`. */
export const ruleSets: readonly ResolvedRuleSet[] = builtInRuleSets();
