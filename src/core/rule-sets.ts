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
import type { Decimal } from './decimal.js';
import type { FieldError } from './errors.js';
import type { ItemKind } from './metrics/figures.js';
import type { MetricName } from './metrics/registry.js';
import { truthOf } from './rules/classify.js';
import { compile, numericThreshold, scopeOf } from './rules/compile.js';
import { conditionsOf, itemsOf } from './rules/edit.js';
import { resolveExtends } from './rules/resolve.js';
import type { ResolvedRuleSet, RuleSet } from './rules/types.js';
import { validateRuleSet } from './rules/validate.js';

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

/** Built-in rule sets are not checked on load: the test suite asserts that each is valid. */
const builtIn = { ruleSets: new Map<string, ResolvedRuleSet>() };
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

for (const raw of BUILT_IN_FILES as RuleSet[]) {
  builtIn.ruleSets.set(raw.id, resolveExtends(raw, raw.extends ? builtIn.ruleSets.get(raw.extends) : undefined));
}

/** The built-in rule sets, in the order of `BUILT_IN_FILES`. */
export const ruleSets: readonly ResolvedRuleSet[] = [...builtIn.ruleSets.values()];

/**
 * The rule sets that can apply to an item of a kind: those whose scope does not exclude it (a
 * training run's rule sets for a training run, the chip rule sets for a logic chip). Derived from
 * each rule set's scope, so a page's own rule sets sort themselves the same way.
 */
export function ruleSetsFor(kind: ItemKind, candidates: readonly ResolvedRuleSet[] = ruleSets): ResolvedRuleSet[] {
  return candidates.filter((r) => {
    const scope = scopeOf(r);
    return !scope || truthOf(scope.node, { itemKind: kind }) !== false;
  });
}

/** The rule set to use when none is named: the current one for logic chips. */
export const DEFAULT_RULE_SET_ID = 'bis-3a090-2023';
/** The rule set to use for a training run when none is named. */
export const DEFAULT_TRAINING_RULE_SET_ID = 'eu-ai-act-art51';

/** The default rule set for an item of a kind (null: a spec that could not be read). */
export function defaultRuleSetId(kind: ItemKind | null): string {
  return kind === 'training-run' ? DEFAULT_TRAINING_RULE_SET_ID : DEFAULT_RULE_SET_ID;
}

export function getRuleSet(id: string): ResolvedRuleSet | undefined {
  return builtIn.ruleSets.get(id);
}

export function isBuiltIn(ruleSet: ResolvedRuleSet): boolean {
  return builtIn.ruleSets.get(ruleSet.id) === ruleSet;
}

let builtInLines: Map<MetricName, Decimal[]> | undefined;
const ownLines = new WeakMap<ResolvedRuleSet, Map<MetricName, readonly Decimal[]>>();

/**
 * The thresholds a shown value of `metric` must not blur into: those of every built-in rule set,
 * and of `ruleSet` (a user's own, or one with edited thresholds).
 */
export function linesOf(metric: MetricName, ruleSet?: ResolvedRuleSet): readonly Decimal[] {
  // Read from the conditions, not compiled: a card's first number would otherwise compile every rule set.
  if (!builtInLines) {
    builtInLines = new Map();
    for (const r of ruleSets) {
      for (const condition of [...(r.scope ? [r.scope.when] : []), ...itemsOf(r).map((i) => i.when)].flatMap(conditionsOf)) {
        const value = numericThreshold(condition);
        if (!value) continue;
        let lines = builtInLines.get(condition.metric);
        if (!lines) builtInLines.set(condition.metric, (lines = []));
        lines.push(value);
      }
    }
  }
  const builtInList = builtInLines.get(metric) ?? [];
  if (!ruleSet || isBuiltIn(ruleSet)) return builtInList;
  let byMetric = ownLines.get(ruleSet);
  if (!byMetric) ownLines.set(ruleSet, (byMetric = new Map()));
  let lines = byMetric.get(metric);
  if (!lines) byMetric.set(metric, (lines = [...builtInList, ...(compile(ruleSet).thresholds.get(metric) ?? [])]));
  return lines;
}
