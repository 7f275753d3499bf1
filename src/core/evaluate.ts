/**
 * Explaining a verdict: `explainResult` adds to a result of the verdict path (verdict.ts) what
 * would change it (`boundaries`, `nearestBoundary`), the explanation and the warnings, as
 * structured steps and English sentences. `evaluate` does both, and is what Node users call.
 */
import { findBoundaries, nearestOf } from './boundary.js';
import { enSteps } from './explain/en.js';
import { explanationSteps, warningSteps, type Step } from './explain/steps.js';
import type { StepMessages, Words } from './explain/words.js';
import { ruleLines, type Line } from './lines.js';
import { getRuleSet } from './rule-set-registry.js';
import type { ResolvedRuleSet, RuleSet } from './rules/types.js';
import {
  evaluateVerdict, internalsOf, keepInternals, verdictPath, wordsOf, type EvaluatedResult, type EvaluationResult, type Internals,
} from './verdict.js';

/** Steps in a language: each turned into a sentence by that language's messages. */
export function renderSteps(steps: readonly Step[], words: Words, messages: StepMessages = enSteps): string[] {
  const byCode = messages as Record<string, (params: unknown, w: Words) => string>;
  return steps.map((s) => byCode[s.code]!(s.params, words));
}

/**
 * A result of the verdict path with what would change the verdict (`boundaries`,
 * `nearestBoundary`), the explanation and the warnings added, as steps and in English. A result
 * that is invalid, already explained, or not made by this engine is returned as it is.
 */
export function explainResult(result: EvaluationResult): EvaluationResult {
  const own = internalsOf(result);
  return result.status === 'invalid' || !own || own.explained ? result : explained(own);
}

/** The explained result of the verdict path's work. */
function explained(own: Internals): EvaluatedResult {
  const { compiled, figures, context, current, readingsDisagree, summary } = own;
  const ruleSet = compiled.ruleSet;
  const answer = { summary, items: own.items() };
  const metrics = own.metrics();
  const boundaries = summary.status === 'indeterminate' ? [] : findBoundaries(compiled, figures, context, current);
  const nearestBoundary = nearestOf(boundaries);
  // Every line with its margins is worked out when first read: a chip's explanation does not need it.
  let lines: Line[] | undefined;
  const allLines = () => (lines ??= ruleLines(compiled, figures, context));
  const steps = explanationSteps({
    lines: own.spec.kind === 'training-run' ? allLines() : [],
    answer, metrics, figures, ruleSet,
    inheritedFrom: ruleSet.basedOn ? getRuleSet(ruleSet.basedOn) ?? null : null,
    readings: own.readings, readingsDisagree, nearest: nearestBoundary,
    marketFlip: boundaries.find((b) => b.lever === 'market') ?? null, current,
  });
  const warnings = warningSteps(answer, metrics, compiled, context, own.spec.kind === 'logic' && own.spec.hbmStack !== null);
  // The fields of the verdict's result, in its order, with the details worked out.
  const result: EvaluatedResult = {
    ruleSet: own.ruleSet, metrics, status: summary.status, classification: summary.classification,
    matchedClauses: summary.matchedClauses, excludedBy: summary.excludedBy, outOfScope: summary.outOfScope,
    possibleClassifications: summary.possibleClassifications, decidedBy: own.decidedBy(),
    scope: answer.items.scope, clauses: answer.items.clauses, exclusions: answer.items.exclusions, outcomes: answer.items.outcomes,
    readings: own.readings, nearestBoundary, boundaries, get lines() { return allLines(); },
    steps, explanation: [], warningSteps: warnings, warnings: [], errors: [],
  };
  keepInternals(result, { ...own, explained: true });
  const words = wordsOf(result)!;
  result.explanation = renderSteps(steps, words);
  result.warnings = renderSteps(warnings, words);
  return result;
}

export interface EvaluateOptions {
  /**
   * Only the verdict, the metrics and the clause results (`evaluateVerdict`): no boundary search,
   * explanation or warnings (empty in the result). For tables of many verdicts.
   */
  verdictOnly?: boolean;
}

/**
 * Evaluates a spec (a chip, an HBM stack or a training run) against a rule set (a built-in id or a
 * rule-set object); without one, the default for the spec's kind (`bis-3a090-2023` for chips,
 * `eu-ai-act-art51` for training runs). Never throws: invalid input gives `status: "invalid"` and
 * `errors` that name each field.
 */
export function evaluate(spec: unknown, ruleSetOrId?: string | RuleSet | ResolvedRuleSet | unknown, options: EvaluateOptions = {}): EvaluationResult {
  if (options.verdictOnly) return evaluateVerdict(spec, ruleSetOrId);
  // Explained straight from the verdict path's work: the verdict's own result, with its getters, would be thrown away.
  const own = verdictPath(spec, ruleSetOrId);
  return 'errors' in own ? own : explained(own);
}
