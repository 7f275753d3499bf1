/**
 * The training run's card: what a reader sees first in the training view. The rule set, the verdict
 * in a sentence with its icon, the training compute in scientific notation with its formula by
 * route, the nearest line (with the days of training to it, for a cluster), one line for each other
 * rule set on training compute, and the way into the working. Everything shown is read from the
 * engine's results.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Decimal } from '../../../core/decimal.js';
import type { Words } from '../../../core/explain/words.js';
import type { TrainingMetrics } from '../../../core/metrics/figures.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { EvaluatedResult, EvaluationResult } from '../../../core/verdict.js';
import { ruleSetField } from '../../controls/field.js';
import { icons } from '../../controls/icons.js';
import { statusText, type Ui } from '../../controls/ui.js';
import { VERDICT_ICON, neededInputs } from '../../controls/verdict-brief.js';
import type { TrainingMessages } from './training-messages.js';

/** Another rule set on training compute, and its verdict for the same run. */
export interface OtherAnswer {
  ruleSet: ResolvedRuleSet;
  result: EvaluationResult;
}

export interface TrainingCardProps {
  ui: Ui;
  t: TrainingMessages;
  w: Words;
  ruleSet: ResolvedRuleSet;
  ruleSets: readonly ResolvedRuleSet[];
  onRuleSet: (id: string) => void;
  /** The answer shown: the current one, or the last valid one while a field has an error; null before anything was typed. */
  shown: EvaluatedResult | null;
  others: readonly OtherAnswer[];
  /** The current answer is invalid: `shown` is out of date, and these errors say where. */
  errors: readonly { text: string; input: string | null }[];
  working: boolean;
  onToggleWorking: () => void;
  onFocusInput: (id: string) => void;
  onExample: (example: 'llama3' | 'h100Cluster') => void;
}

/** The verdict in a few words: "Over the line: general-purpose AI model with systemic risk (presumed)". */
function headline(p: TrainingCardProps, r: EvaluatedResult): string {
  const { t, ui, ruleSet } = p;
  if (r.status === 'controlled') return t.crossed(ui.ruleSetWords.classification(ruleSet, r.classification ?? ''));
  return r.status === 'not-controlled' ? t.notCrossed : t.undecided;
}

function detail(p: TrainingCardProps, r: EvaluatedResult): string[] {
  const { t, ui, ruleSet } = p;
  const item = (id: string) => ui.ruleSetWords.item(ruleSet, id);
  if (r.outOfScope) return [t.outOfScope];
  if (r.status === 'indeterminate') return [t.needs(neededInputs(ui, r))];
  if (r.status !== 'controlled') return [];
  const outcomes = r.outcomes.filter((o) => o.met === true).map((o) => item(o.id).title);
  return [t.linesMet(r.matchedClauses.map((id) => item(id).label)), ...(outcomes.length ? [t.consequences(outcomes)] : [])];
}

function jump(label: string, input: string | null, onFocus: (id: string) => void) {
  return input === null ? html`<span>${label}</span>` : html`<button type="button" class="link" @click=${() => onFocus(input)}>${label}</button>`;
}

function verdictBlock(p: TrainingCardProps) {
  const { ui, t, shown, errors, ruleSet } = p;
  const stale = errors.length > 0 && shown !== null;
  // One structure in every state, so that the live region is never replaced, only its text.
  return html`<div class="verdict ${shown ? shown.status : 'empty'} ${stale ? 'stale' : ''}" part="verdict">
    <span class="verdict-icon">${shown ? VERDICT_ICON[shown.status] : icons.start}</span>
    <div class="verdict-body">
      <p class="verdict-text" id="verdict-text" aria-live="polite">${shown ? headline(p, shown) : t.invite}${stale ? html` <span class="vh">${ui.m.card.stale}</span>` : nothing}</p>
      ${shown
        ? html`<p class="verdict-under">${t.under(ui.ruleSetWords.shortTitle(ruleSet))}
            ${ruleSet.status === 'in-force' ? nothing : html`<span class="status-tag">${ui.m.card.status(statusText(ui, ruleSet))}</span>`}</p>
          ${detail(p, shown).map((line) => html`<p class="verdict-detail">${line}</p>`)}`
        : html`<p class="help">${t.inviteHelp}</p>`}
      ${errors.length
        ? html`<div class="stale-note">${stale ? html`<p aria-hidden="true">${ui.m.card.stale}</p>` : nothing}
            <ul>${errors.map((e) => html`<li>${jump(e.text, e.input, p.onFocusInput)}</li>`)}</ul></div>`
        : nothing}
    </div>
  </div>`;
}

/** "40%" from a fraction 0.4. */
const percentOf = (p: TrainingCardProps, fraction: string) => p.t.percent(p.w.number(new Decimal(fraction).times(100).toString(), 2));

/** How the run's compute follows from its route: "= 6 × 4.05 × 10¹¹ parameters × 1.56 × 10¹³ tokens". */
export function routeFormula(p: TrainingCardProps, tr: TrainingMetrics): string {
  const { t, w } = p;
  const c = tr.cluster;
  if (c) {
    const rate = w.number(c.perChip.denseTeraOps, 3);
    return c.durationDays === null
      ? t.formulaRate(w.number(c.chips, 0), rate, c.perChip.format, percentOf(p, c.utilization))
      : t.formulaCluster(w.number(c.chips, 0), rate, c.perChip.format, percentOf(p, c.utilization), w.number(c.durationDays, 3));
  }
  if (tr.model) return t.formulaModel(w.figure('trainingFlop', tr.model.activeParameters ?? tr.model.parameters ?? '0'), w.figure('trainingFlop', tr.model.tokens), tr.model.activeParameters !== null);
  return t.formulaTotal;
}

function row(label: string, value: TemplateResult | string, formula: string | null, id?: string) {
  return html`<div><dt>${label}</dt><dd>${typeof value === 'string' ? html`<strong id=${id ?? nothing}>${value}</strong>` : value}
    ${formula ? html` <span class="formula">${formula}</span>` : nothing}</dd></div>`;
}

function figures(p: TrainingCardProps, tr: TrainingMetrics) {
  const { t, w } = p;
  const added = tr.baseModelFlop !== null || tr.fineTuningFlop !== null;
  const flop = (value: string | null) => (value === null ? null : w.value('trainingFlop', value));
  const c = tr.cluster;
  return html`<dl class="figures" part="metrics">
    ${tr.trainingFlop === null
      ? row(t.compute, html`<span class="formula">${tr.route === null ? t.noRoute : t.computeUnknown}</span>`, null)
      : row(t.compute, t.flop(w.figure('trainingFlop', tr.trainingFlop)), added ? t.formulaCumulative(flop(tr.runFlop)!, flop(tr.fineTuningFlop), flop(tr.baseModelFlop)) : routeFormula(p, tr), 'training-flop')}
    ${added && tr.runFlop !== null ? row(t.thisRun, t.flop(w.figure('trainingFlop', tr.runFlop)), routeFormula(p, tr), 'training-run-flop') : nothing}
    ${c && c.durationDays === null ? row(t.rate, t.flopPerSecond(w.figure('clusterPeakOpsPerSecond', c.effectiveOpsPerSecond)), routeFormula(p, tr), 'training-rate') : nothing}
  </dl>`;
}

/** The days of training to a line on the model's compute, for a cluster; null otherwise. */
function daysTo(r: EvaluatedResult, metric: string, threshold: string): string | null {
  return r.lines.find((l) => l.metric === metric && l.threshold === threshold)?.at.trainingDays ?? null;
}

/** The nearest line in words, with the days of training to it for a cluster; for a cluster without a duration, the day each line is reached. */
function nearest(p: TrainingCardProps, r: EvaluatedResult) {
  const { t, w, ui, ruleSet } = p;
  const label = (id: string) => ui.ruleSetWords.item(ruleSet, id).label;
  if (r.status === 'indeterminate') {
    const reached = r.lines.filter((l) => l.metric === 'trainingFlop' && l.at.trainingDays !== undefined);
    if (!reached.length) return nothing;
    return html`<div class="nearest days-to-lines" part="nearest"><p class="label">${t.daysToLines}</p>
      <ul>${reached.map((l) => html`<li>${t.reaches(w.threshold(l.metric, l.threshold), label(l.items[0]!), w.number(l.at.trainingDays!, 2))}</li>`)}</ul></div>`;
  }
  const b = r.nearestBoundary;
  let sentence = t.noLine;
  if (b) {
    const days = daysTo(r, b.metric, b.threshold);
    const shownDays = days === null ? null : w.number(days, 2);
    const threshold = w.threshold(b.metric, b.threshold);
    const change = b.change ?? '0';
    sentence = new Decimal(change).isZero() ? t.atLine(threshold, label(b.itemId))
      : b.direction === 'increase' ? t.shortOf(w.amount(b.metric, change), threshold, label(b.itemId), shownDays)
        : t.over(w.amount(b.metric, change), threshold, label(b.itemId), shownDays);
  }
  return html`<div class="nearest" part="nearest"><p><span class="label">${t.nearest}</span> <span id="training-nearest">${sentence}</span></p></div>`;
}

function otherAnswer(p: TrainingCardProps, o: OtherAnswer): string {
  const { t, ui } = p;
  const title = ui.ruleSetWords.shortTitle(o.ruleSet);
  if (o.result.status === 'controlled') return t.otherCrossed(title, ui.ruleSetWords.classification(o.ruleSet, o.result.classification ?? ''));
  if (o.result.status === 'indeterminate') return t.otherDepends(title, neededInputs(ui, o.result));
  return t.otherNotCrossed(title);
}

function others(p: TrainingCardProps) {
  const { ui, t } = p;
  const lines = p.others.filter((o) => o.result.status !== 'invalid');
  if (!lines.length) return nothing;
  // A status the short title already says ("EO 14110 (revoked)") is not said twice.
  const tag = (r: ResolvedRuleSet) => {
    const status = statusText(ui, r);
    return r.status === 'in-force' || ui.ruleSetWords.shortTitle(r).includes(status) ? nothing : html` <span class="status-tag">${ui.m.card.status(status)}</span>`;
  };
  return html`<ul class="overlays" part="overlays" aria-label=${t.othersLabel}>
    ${lines.map((o) => html`<li class=${o.result.status}>${VERDICT_ICON[o.result.status]}<span>${otherAnswer(p, o)}${tag(o.ruleSet)}</span></li>`)}
  </ul>`;
}

export function renderTrainingCard(p: TrainingCardProps) {
  const { ui, t, shown, ruleSet } = p;
  const { card } = ui.m;
  const tr = shown?.metrics.training ?? null;
  // Not a landmark of its own: the view's section, named by the same heading, is.
  return html`<div class="card training-card" part="card">
    <div>
      <h3 id="training-heading">${t.heading}</h3>
      <p class="help">${t.intro}</p>
    </div>
    <div class="card-controls">
      ${ruleSetField(ui, { id: 'training-rule-set', value: ruleSet.id, described: ruleSet, ruleSets: p.ruleSets, brief: true, onChange: p.onRuleSet })}
      <p class="examples help"><span>${t.examples}</span>
        <button type="button" class="link" id="training-example-llama3" @click=${() => p.onExample('llama3')}>${t.exampleLlama}</button>
        <button type="button" class="link" id="training-example-cluster" @click=${() => p.onExample('h100Cluster')}>${t.exampleCluster}</button></p>
    </div>
    ${verdictBlock(p)}
    ${shown && tr ? html`${figures(p, tr)}${nearest(p, shown)}` : nothing}
    ${shown ? others(p) : nothing}
    <div class="card-footer">
      <button type="button" part="button" class="working-toggle" id="training-working-toggle" aria-expanded=${p.working ? 'true' : 'false'}
        aria-controls="training-working" @click=${p.onToggleWorking}>${p.working ? icons.collapse : icons.expand}${p.working ? card.hideWorking : card.showWorking}</button>
      <p class="citation" part="citation"><span>${card.citation(ruleSet.citation.document, ui.m.engine.date(ruleSet.effective))}</span> <strong>${card.notLegalAdvice}</strong></p>
    </div>
  </div>`;
}
