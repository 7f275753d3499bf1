/**
 * The engine's answers for the calculator: the verdict first, what would change it and the
 * explanation a task later (from the explanation's chunk, loaded after the first verdict), and the
 * verdicts of the other rules shown beside it. Answers are kept per rule set and spec, so that
 * typing back and forth, or switching rule sets, recomputes nothing.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { ChipSpec } from '../../../core/spec.js';
import { evaluateVerdict, prepareSpec, type EvaluatedResult, type EvaluationResult, type PreparedSpec } from '../../../core/verdict.js';

type Explain = (result: EvaluationResult) => EvaluationResult;

/** Enough for typing back and forth over a few figures and rule sets; the oldest goes first. */
const KEPT = 64;

export class Evaluation {
  /** Answers by rule set, then by the spec's JSON text. */
  private readonly kept = new WeakMap<ResolvedRuleSet, Map<string, EvaluationResult>>();
  private readonly explained = new WeakMap<EvaluationResult, EvaluationResult>();
  private prepared: { key: string; spec: PreparedSpec } | null = null;
  private pendingExplanation: EvaluationResult | null = null;

  /** `explainer`: the engine's `explainResult` once its chunk has arrived, undefined before (and its loading started). */
  constructor(private readonly host: ReactiveControllerHost, private readonly explainer: () => Explain | undefined) {}

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

  /** The explained result, if it was worked out; otherwise it is worked out a task from now and the host updated. */
  explanationOf(result: EvaluationResult): EvaluatedResult | null {
    if (result.status === 'invalid') return null;
    const done = this.explained.get(result);
    if (done) return done as EvaluatedResult;
    const explainResult = this.explainer();
    if (explainResult && this.pendingExplanation !== result) {
      this.pendingExplanation = result;
      setTimeout(() => {
        if (this.pendingExplanation !== result) return;
        this.pendingExplanation = null;
        this.explained.set(result, explainResult(result));
        this.host.requestUpdate();
      });
    }
    return null;
  }

  /** The explained result now, for what cannot wait (a copied text, a download), explained by the caller's `explainResult`. */
  explainedNow(result: EvaluatedResult, explainResult: Explain): EvaluatedResult {
    let done = this.explained.get(result);
    if (!done) this.explained.set(result, (done = explainResult(result)));
    return done as EvaluatedResult;
  }
}
