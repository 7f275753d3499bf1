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
import { ruleSets } from './rule-sets.js';
import type { ResolvedRuleSet, RuleSet } from './rules/types.js';
import { evaluateVerdict, internalsOf, keepInternals, wordsOf, type EvaluatedResult, type EvaluationResult } from './verdict.js';

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
  if (result.status === 'invalid' || !own || own.explained) return result;
  const { compiled, figures, context, current, readingsDisagree } = own;
  const ruleSet = compiled.ruleSet;
  const answer = own.answer();
  const boundaries = result.status === 'indeterminate' ? [] : findBoundaries(compiled, figures, context, current);
  const nearestBoundary = nearestOf(boundaries);
  // Every line with its margins is worked out when first read: a chip's explanation does not need it.
  let lines: Line[] | undefined;
  const allLines = () => (lines ??= ruleLines(compiled, figures, context));
  const steps = explanationSteps({
    lines: own.spec.kind === 'training-run' ? allLines() : [],
    answer, metrics: result.metrics, figures, ruleSet,
    inheritedFrom: ruleSet.basedOn ? ruleSets.find((r) => r.id === ruleSet.basedOn) ?? null : null,
    readings: result.readings, readingsDisagree, nearest: nearestBoundary,
    marketFlip: boundaries.find((b) => b.lever === 'market') ?? null, current,
  });
  const warnings = warningSteps(answer, result.metrics, compiled, context, own.spec.kind === 'logic' && own.spec.hbmStack !== null);
  // Each field named rather than spread: spreading the verdict's getters takes the engine's slow path.
  const explained: EvaluatedResult = {
    ruleSet: result.ruleSet, metrics: result.metrics, status: result.status, classification: result.classification,
    matchedClauses: result.matchedClauses, excludedBy: result.excludedBy, outOfScope: result.outOfScope,
    possibleClassifications: result.possibleClassifications, decidedBy: result.decidedBy,
    scope: result.scope, clauses: result.clauses, exclusions: result.exclusions, outcomes: result.outcomes, readings: result.readings,
    nearestBoundary, boundaries, get lines() { return allLines(); }, steps, explanation: [], warningSteps: warnings, warnings: [], errors: [],
  };
  keepInternals(explained, { ...own, explained: true });
  const words = wordsOf(explained)!;
  explained.explanation = renderSteps(steps, words);
  explained.warnings = renderSteps(warnings, words);
  return explained;
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
  const verdict = evaluateVerdict(spec, ruleSetOrId);
  return options.verdictOnly ? verdict : explainResult(verdict);
}
