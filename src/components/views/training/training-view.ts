/**
 * The training-run view (issue 16): a model's training compute against the lines AI laws draw on
 * it (the EU AI Act's 10²⁵ FLOP, California SB 53 and New York RAISE at 10²⁶, EO 14110), on the same
 * engine as the chips. It answers first, as the calculator does: a card with the verdict, the
 * compute and its formula, the nearest line (with the days of training to it for a cluster) and the
 * other rules' one-line answers; "Show the working" unfolds the run's figures by route, the table of
 * every line, the explanation and the sources. It keeps its own state (the figures typed, the rule
 * set picked, the working unfolded) while the reader moves between the tabs. Every value and verdict
 * it shows comes from the engine (`evaluate`, `evaluateVerdict`).
 *
 * Parts: `training` (the view), `card`, `verdict`, `metrics`, `nearest`, `overlays`, `citation`,
 * `training-form`, `training-lines`, `explanation`, `warnings`.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { FieldError } from '../../../core/errors.js';
import { evaluate } from '../../../core/evaluate.js';
import { DEFAULT_TRAINING_RULE_SET_ID, ruleSets as builtInRuleSets, ruleSetsFor } from '../../../core/rule-sets.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import { fieldError } from '../../../core/spec.js';
import { evaluateVerdict, refused, type EvaluatedResult, type EvaluationResult } from '../../../core/verdict.js';
import { blankTrainingDraft, trainingSpecOf, TRAINING_EXAMPLES, type TrainingDraft, type TrainingSpecReading } from '../../../model/training-draft.js';
import { dataTableStyles } from '../../controls/data-table.js';
import { FocusAfterUpdate } from '../../controls/focus-after-update.js';
import { wordsIn, type Ui } from '../../controls/ui.js';
import { explanationStyles, renderCitation, renderExplanation } from '../../working/explanation.js';
import { renderTrainingCard, type OtherAnswer } from './training-card.js';
import { renderTrainingForm, trainingErrorText, trainingInputLabel } from './training-form.js';
import { renderTrainingLines } from './training-lines.js';
import { trainingMessages, type TrainingMessages } from './training-messages.js';
import { trainingStyles } from './training.styles.js';

/** The calculator, as the view reads it: its `rule-set` (a training rule set named there is the one the view opens on) and its `layout`. */
export type TrainingHost = ReactiveControllerHost & {
  renderRoot: HTMLElement | DocumentFragment;
  ruleSet?: string | null | undefined;
  layout?: string | null | undefined;
};

/** What one draft under one rule set gives: the spec read, the answer, and the other rule sets' answers. */
interface Evaluated {
  draft: TrainingDraft;
  ruleSet: ResolvedRuleSet;
  reading: TrainingSpecReading;
  result: EvaluationResult;
}

export class TrainingView {
  private draft: TrainingDraft = blankTrainingDraft();
  /** Nothing typed or picked yet: the card invites rather than answers. */
  private untouched = true;
  /** The rule set the reader picked; until then, the calculator's `rule-set` if it is one on training compute, else the EU AI Act's. */
  private picked: string | null = null;
  /** Whether the working is unfolded; it follows the calculator's `layout` until the reader toggles it. */
  private working = false;
  private seenLayout: string | null | undefined = undefined;
  private readonly focus: FocusAfterUpdate;

  private current: Evaluated | null = null;
  /** The last draft that gave an answer: what the card shows, marked out of date, while a field has an error. */
  private lastValid: { spec: TrainingSpecReading['spec']; ruleSet: ResolvedRuleSet; result: EvaluatedResult } | null = null;
  private othersOf: { spec: unknown; ruleSets: readonly ResolvedRuleSet[]; answers: OtherAnswer[] } | null = null;

  constructor(private readonly host: TrainingHost) {
    this.focus = new FocusAfterUpdate(host);
    this.followLayout();
  }

  private followLayout() {
    if (this.host.layout === this.seenLayout) return;
    this.seenLayout = this.host.layout;
    this.working = this.host.layout === 'full';
  }

  private setState(change: { draft?: TrainingDraft; untouched?: boolean; picked?: string; working?: boolean }) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  private ruleSetsOf(ui: Ui): ResolvedRuleSet[] {
    return ruleSetsFor('training-run', ui.ruleSets.length ? ui.ruleSets : builtInRuleSets);
  }

  private selectedOf(list: readonly ResolvedRuleSet[]): ResolvedRuleSet {
    const find = (id: string | null | undefined) => (id ? list.find((r) => r.id === id) : undefined);
    return find(this.picked) ?? find(this.host.ruleSet) ?? find(DEFAULT_TRAINING_RULE_SET_ID) ?? list[0]!;
  }

  /** The answer for the draft under the rule set, worked out once per draft and rule set. */
  private evaluated(ruleSet: ResolvedRuleSet): Evaluated {
    if (this.current?.draft === this.draft && this.current.ruleSet === ruleSet) return this.current;
    const reading = trainingSpecOf(this.draft);
    // A number whose separator the reader has still to explain is no number yet: the answer waits for it.
    const result = reading.ambiguous.length
      ? refused(ruleSet, reading.ambiguous.map((a) => fieldError(a.path, 'ambiguous-separator', { given: `"${a.typed}"`, known: [a.asGroup, a.asDecimal] })))
      : evaluate(reading.spec, ruleSet);
    if (result.status !== 'invalid' && !this.untouched) this.lastValid = { spec: reading.spec, ruleSet, result };
    this.current = { draft: this.draft, ruleSet, reading, result };
    return this.current;
  }

  /** The answer the card shows: the current one, or the last valid one under the rule set now picked. */
  private shownOf(now: Evaluated): EvaluatedResult | null {
    if (this.untouched) return null;
    if (now.result.status !== 'invalid') return now.result;
    const last = this.lastValid;
    if (!last) return null;
    if (last.ruleSet !== now.ruleSet) this.lastValid = { ...last, ruleSet: now.ruleSet, result: evaluate(last.spec, now.ruleSet) as EvaluatedResult };
    return this.lastValid!.result;
  }

  /** The other rule sets' verdicts for the run shown. */
  private othersFor(spec: unknown, list: readonly ResolvedRuleSet[], selected: ResolvedRuleSet): OtherAnswer[] {
    const others = list.filter((r) => r !== selected);
    const cached = this.othersOf;
    if (cached && cached.spec === spec && cached.ruleSets.length === others.length && cached.ruleSets.every((r, i) => r === others[i])) return cached.answers;
    this.othersOf = { spec, ruleSets: others, answers: others.map((ruleSet) => ({ ruleSet, result: evaluateVerdict(spec, ruleSet) })) };
    return this.othersOf.answers;
  }

  private change(draft: TrainingDraft, focus?: string) {
    this.setState({ draft, untouched: false });
    this.focus.request(focus ?? null);
  }

  /** Focuses an input of the working, unfolding it first. */
  private readonly focusInput = (id: string) => {
    this.setState({ working: true });
    this.focus.request(id);
  };

  /** The EU guidelines' downstream-modifier line in words, when the original model's compute is given; read from whichever answer tests it. */
  private modifierLine(t: TrainingMessages, ui: Ui, shown: EvaluatedResult, others: readonly OtherAnswer[], selected: ResolvedRuleSet): string | null {
    const tr = shown.metrics.training;
    if (!tr || tr.baseModelFlop === null || tr.modificationFlop === null) return null;
    const answers = [{ ruleSet: selected, result: shown as EvaluationResult }, ...others];
    const tested = answers.flatMap((a) => (a.result.status === 'invalid' ? [] : [...a.result.clauses, ...a.result.outcomes]))
      .flatMap((i) => i.conditions).find((c) => c.metric === 'modificationThirds' && c.met !== null);
    const w = wordsIn(ui, selected);
    return t.modifier(w.value('trainingFlop', tr.modificationFlop), w.value('trainingFlop', tr.baseModelFlop), tested ? tested.met === true : null);
  }

  render(ui: Ui) {
    this.followLayout();
    const t = trainingMessages(ui);
    const list = this.ruleSetsOf(ui);
    const ruleSet = this.selectedOf(list);
    const now = this.evaluated(ruleSet);
    const shown = this.shownOf(now);
    const spec = now.result.status === 'invalid' ? this.lastValid?.spec : now.reading.spec;
    const others = shown && spec ? this.othersFor(spec, list, ruleSet) : [];
    const w = wordsIn(ui, ruleSet);
    const errors: FieldError[] = this.untouched ? [] : now.result.errors;
    const byInput = new Map<string, FieldError[]>();
    for (const e of errors) {
      const id = now.reading.locate(e);
      if (id) byInput.set(id, [...(byInput.get(id) ?? []), e]);
    }
    const cardErrors = errors.map((e) => {
      const input = now.reading.locate(e);
      const text = trainingErrorText(ui, t, e);
      return { input, text: input === null ? text : ui.m.form.fieldError(trainingInputLabel(t, input), text) };
    });
    return html`<section class="view training" part="training" aria-labelledby="training-heading">
      ${renderTrainingCard({
        ui, t, w, ruleSet, ruleSets: list, shown, others, errors: cardErrors, working: this.working,
        onRuleSet: (id) => this.setState({ picked: id }),
        onToggleWorking: () => this.setState({ working: !this.working }),
        onFocusInput: this.focusInput,
        onExample: (example) => this.change(TRAINING_EXAMPLES[example]()),
      })}
      ${this.working
        ? html`<div class="training-working" id="training-working">
            ${shown ? html`<div class="training-lines-block">${renderTrainingLines(ui, t, w, ruleSet, shown)}</div>` : nothing}
            <div class="training-column">${renderTrainingForm({
              ui, t, w, draft: this.draft, errors: byInput, modifier: shown ? this.modifierLine(t, ui, shown, others, ruleSet) : null,
              onChange: (draft, focus) => this.change(draft, focus),
            })}</div>
            <div class="training-column">
              ${shown ? renderExplanation(ui, w, shown) : nothing}
              ${renderCitation(ui, ruleSet)}
              <p class="legal">${ui.m.working.notLegalAdvice}</p>
            </div>
          </div>`
        : nothing}
    </section>`;
  }
}

/** Adopted into the shadow root when this chunk arrives (the explanation's too: the view may be opened before the working ever was). */
export const styles = [dataTableStyles, explanationStyles, trainingStyles];
