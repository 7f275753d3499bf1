/**
 * The engine's answers for the calculator: the verdict, what would change it and the explanation
 * (from the explanation's chunk, which the first verdict does not wait for), and the verdicts of
 * the other rules shown beside it. Answers are kept per rule set and spec, so that typing back and
 * forth, or switching rule sets, recomputes nothing.
 */
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { ChipSpec } from '../../../core/spec.js';
import { evaluateVerdict, prepareSpec, type EvaluatedResult, type EvaluationResult, type PreparedSpec } from '../../../core/verdict.js';

type Explain = (result: EvaluationResult) => EvaluationResult;

/**
 * Enough for typing back and forth over a few figures, per rule set; the oldest goes first. More
 * would only hold memory: a verdict is recomputed in well under a millisecond.
 */
const KEPT = 16;
/** Explanations kept: the ones on screen and the few before them. */
const EXPLAINED_KEPT = 4;

export class Evaluation {
  /** Answers by rule set, then by the spec's JSON text. */
  private readonly kept = new WeakMap<ResolvedRuleSet, Map<string, EvaluationResult>>();
  private readonly explained = new Map<EvaluationResult, EvaluationResult>();
  private prepared: { key: string; spec: PreparedSpec } | null = null;

  /** `explainer`: the engine's `explainResult` once its chunk has arrived, undefined before (and its loading started). */
  constructor(private readonly explainer: () => Explain | undefined) {}

  /** The spec validated once for all the rule sets it is evaluated under. */
  private prepare(spec: ChipSpec, key: string): PreparedSpec {
    if (this.prepared?.key !== key) this.prepared = { key, spec: prepareSpec(spec) };
    return this.prepared.spec;
  }

  /** The verdict of `spec` under `ruleSet`, kept. */
  verdict(spec: ChipSpec, ruleSet: ResolvedRuleSet): EvaluationResult {
    const key = JSON.stringify(spec);
    let byRuleSet = this.kept.get(ruleSet);
    if (!byRuleSet) this.kept.set(ruleSet, (byRuleSet = new Map()));
    let result = byRuleSet.get(key);
    if (result) {
      // Used again: it becomes the newest.
      byRuleSet.delete(key);
    } else {
      result = evaluateVerdict(this.prepare(spec, key), ruleSet);
      if (byRuleSet.size >= KEPT) byRuleSet.delete(byRuleSet.keys().next().value!);
    }
    byRuleSet.set(key, result);
    return result;
  }

  /**
   * The explained result, worked out now once the explanation's chunk is there (a fraction of a
   * millisecond, so the table, the chart and the nearest line change with the verdict as the reader
   * types); null until then (the chunk's arrival updates the host).
   */
  explanationOf(result: EvaluationResult): EvaluatedResult | null {
    if (result.status === 'invalid') return null;
    const explainResult = this.explainer();
    return explainResult ? this.explainedNow(result, explainResult) : null;
  }

  /** The explained result now, for what cannot wait (a copied text, a download), explained by the caller's `explainResult`. */
  explainedNow(result: EvaluationResult, explainResult: Explain): EvaluatedResult {
    let done = this.explained.get(result);
    if (!done) this.keepExplained(result, (done = explainResult(result)));
    return done as EvaluatedResult;
  }

  private keepExplained(result: EvaluationResult, explained: EvaluationResult) {
    this.explained.delete(result);
    if (this.explained.size >= EXPLAINED_KEPT) this.explained.delete(this.explained.keys().next().value!);
    this.explained.set(result, explained);
  }
}
