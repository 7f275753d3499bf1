/**
 * The answer card: what a reader of the article sees first. The chip and the rules, the verdict in
 * a sentence with its icon, TPP and PD with one-line formulas, the nearest line in words, one line
 * for each other rule that answers beside the classification (a licence policy, a reported
 * requirement), and the way into the working. Everything shown is read from the engine's results.
 *
 * Parts: `card`, `verdict`, `metrics`, `nearest`, `overlays`, `citation`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Boundary } from '../../core/boundary.js';
import { h100ConventionsDiffer } from '../../core/metrics/figures.js';
import type { Words } from '../../core/explain/words.js';
import type { Verdict } from '../../core/rules/classify.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import type { ChipSpec } from '../../core/spec.js';
import { openInputs, type EvaluatedResult, type EvaluationResult } from '../../core/verdict.js';
import type { InputName } from '../../core/metrics/registry.js';
import { SHIPMENT_INPUTS } from '../../model/spec-draft.js';
import { todayIso } from '../../model/today.js';
import { icons } from '../controls/icons.js';
import { wordsIn, statusText, type CardUi } from '../controls/ui.js';
import { VERDICT_ICON, neededInputs } from '../controls/verdict-brief.js';

/** One line under the verdict: another rule set's answer for the same chip. */
export interface Overlay {
  ruleSet: ResolvedRuleSet;
  result: EvaluationResult;
  /** The outcomes that rule set adds to the one it extends: its own answer. */
  own: readonly string[];
}

export interface CardProps {
  ui: CardUi;
  /** The heading level of the widget's top heading (2 by default). */
  headingLevel: number;
  /** The chip picker and the rule-set selector, rendered by the host. */
  controls: TemplateResult;
  /** Nothing typed or picked yet: the card invites instead of answering. */
  empty: boolean;
  /** The answer shown: the current one, or the last valid one while the figures have an error. */
  shown: EvaluatedResult | null;
  /** The current answer is invalid: `shown` is out of date, and `errors` say where (once worded). */
  invalid: boolean;
  errors: readonly { text: string; input: string | null }[];
  /** What would change the verdict, once worked out (a task after the verdict). */
  nearest: Boundary | null;
  marketFlip: Boundary | null;
  explained: boolean;
  /** The rule set evaluated (with the reader's thresholds, if any). */
  ruleSet: ResolvedRuleSet;
  overlays: readonly Overlay[];
  working: boolean;
  /** The figures and where they came from, for the printed page: a catalog chip (by id; edited or not), or figures given. */
  inputs: { spec: ChipSpec; chip: string | null; edited: boolean; name: string };
  onToggleWorking: () => void;
  onFocusInput: (id: string) => void;
}

/** The verdict in a few words: "Controlled: 3A090.a", "Not controlled", "Cannot tell yet". */
export function verdictHeadline(ui: CardUi, r: EvaluatedResult, ruleSet: ResolvedRuleSet): string {
  const { card } = ui.m;
  if (r.status === 'controlled') return card.controlled(ui.ruleSetWords.classification(ruleSet, r.classification ?? ''));
  return r.status === 'not-controlled' ? card.notControlled : card.undecided;
}

function verdictDetail(ui: CardUi, r: EvaluatedResult, ruleSet: ResolvedRuleSet) {
  const { card, engine } = ui.m;
  const item = (id: string) => ui.ruleSetWords.item(ruleSet, id);
  if (r.status === 'controlled') return card.clauses(r.matchedClauses.map((id) => item(id).label));
  if (r.outOfScope) return card.outOfScope;
  if (r.excludedBy) return card.excludedBy(item(r.excludedBy).title);
  if (r.status === 'indeterminate') {
    const needs = neededInputs(ui, r);
    const possible = engine.or(r.possibleClassifications.map((c) => ui.ruleSetWords.classification(ruleSet, c)));
    return r.possibleClassifications.length ? card.needsAndPossible(needs, possible) : card.needs(needs);
  }
  return '';
}

function jump(label: string, input: string | null, onFocus: (id: string) => void) {
  return input === null ? html`<span>${label}</span>` : html`<button type="button" class="link" @click=${() => onFocus(input)}>${label}</button>`;
}

function verdictBlock(props: CardProps) {
  const { ui, shown, empty, errors, ruleSet } = props;
  const { card } = ui.m;
  // Out of date only when there is an answer to be out of date: figures never valid have none.
  const stale = props.invalid && !empty && shown !== null;
  const status = empty || !shown ? 'empty' : shown.status;
  // One structure in every state, so that the live region is never replaced, only its text.
  const headline = empty || !shown ? card.invite : verdictHeadline(ui, shown, ruleSet);
  return html`<div class="verdict ${status} ${stale ? 'stale' : ''}" part="verdict">
    <span class="verdict-icon">${empty || !shown ? icons.start : VERDICT_ICON[shown.status]}</span>
    <div class="verdict-body">
      <p class="verdict-text" id="verdict-text" aria-live="polite">${headline}${stale ? html` <span class="vh">${card.stale}</span>` : nothing}</p>
      ${empty || !shown
        ? html`<p class="help">${card.inviteHelp}</p>`
        : html`<p class="verdict-under">${card.under(ui.ruleSetWords.title(ruleSet))}
            ${ruleSet.status === 'in-force' ? nothing : html`<span class="status-tag">${card.status(statusText(ui, ruleSet))}</span>`}</p>
          <p class="verdict-detail">${verdictDetail(ui, shown, ruleSet)}</p>`}
      ${errors.length
        ? html`<div class="stale-note">${stale ? html`<p aria-hidden="true">${card.stale}</p>` : nothing}
            <ul>${errors.map((e) => html`<li>${jump(e.text, e.input, props.onFocusInput)}</li>`)}</ul></div>`
        : nothing}
    </div>
  </div>`;
}

function figures(ui: CardUi, r: EvaluatedResult, w: Words) {
  const { card } = ui.m;
  const m = r.metrics;
  if (m.kind === 'hbm-stack') {
    return html`<dl class="figures" part="metrics">
      <div><dt>${card.mbd}</dt><dd>${m.memoryBandwidthDensity === null ? card.unknown
        : html`<strong id="mbd-value">${w.value('memoryBandwidthDensity', m.memoryBandwidthDensity)}</strong>
          <span class="formula">${m.hbmStack ? card.mbdFormula(w.number(m.hbmStack.bandwidthGBps, 2), w.number(m.hbmStack.areaMm2, 2)) : ''}</span>`}</dd></div>
    </dl>`;
  }
  const basis = m.tppBasis;
  const tppFormula = m.processingUnits.length > 1 ? card.tppUnits(m.processingUnits.length)
    : basis ? card.tppFormula(w.number(basis.denseTeraOps, 3), basis.bitLength, basis.format) : '';
  return html`<dl class="figures" part="metrics">
    <div><dt>${card.tpp}</dt><dd>${m.tpp === null ? html`<span class="formula">${card.unknown}</span>`
      : html`<strong id="tpp-value">${w.figure('tpp', m.tpp)}</strong> <span class="formula">${tppFormula}</span>`}</dd></div>
    <div><dt>${card.pd}</dt><dd>${m.performanceDensity === null || m.tpp === null || m.applicableDieAreaMm2 === null
      ? html`<span class="formula">${card.pdGap[m.performanceDensityGap ?? 'no-throughput']}</span>`
      : html`<strong id="pd-value">${w.figure('performanceDensity', m.performanceDensity)}</strong>
        <span class="formula">${card.pdFormula(w.figure('tpp', m.tpp), w.number(m.applicableDieAreaMm2, 2))}</span>`}</dd></div>
    ${fleet(ui, r, w)}
  </dl>`;
}

/** With a number of chips: their total TPP, and H100-equivalents by both conventions side by side. */
function fleet({ m: { card } }: CardUi, r: EvaluatedResult, w: Words) {
  const m = r.metrics;
  const { byTpp, by8Bit } = m.h100Equivalents;
  if (m.quantity === null || m.totalTpp === null || m.tpp === null || byTpp === null) return nothing;
  return html`<div class="fleet"><dt>${card.fleet}</dt><dd><strong id="total-tpp-value">${w.value('totalTpp', m.totalTpp)}</strong>
    <span class="formula">${card.fleetFormula(w.value('quantity', m.quantity), w.figure('tpp', m.tpp))}</span>
    <span class="h100e">${card.h100Equivalents(w.value('h100EquivalentsByTpp', byTpp), by8Bit === null ? null : w.value('h100EquivalentsBy8Bit', by8Bit))}</span>
    ${m.tppBasis && h100ConventionsDiffer(m.h100Equivalents) ? html`<span class="h100e-note">${card.h100Differ(m.tppBasis.format, m.tppBasis.bitLength)}</span>` : nothing}</dd></div>`;
}

/** A verdict as the nearest line's sentence ends: "controlled as 3A090.b", or the outcomes it would gain. */
function afterWords(ui: CardUi, b: Boundary, current: Verdict, ruleSet: ResolvedRuleSet): string {
  const after = ui.m.engine.verdict(b.verdictAfter.status, b.verdictAfter.classification);
  if (b.verdictAfter.status !== current.status || b.verdictAfter.classification !== current.classification) return after;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => ui.ruleSetWords.item(ruleSet, id).title);
  return ui.m.card.otherOutcome(after, ui.m.engine.and(gained));
}

/** "TPP 32 short of 2,400 (3A090.b.1); reaching it would make it controlled as 3A090.b." */
export function nearestLine(ui: CardUi, w: Words, b: Boundary, current: Verdict, ruleSet: ResolvedRuleSet): string {
  const { card } = ui.m;
  const label = ui.ruleSetWords.item(ruleSet, b.itemId).label;
  const threshold = w.value(b.metric, b.threshold);
  const change = b.change ?? '0';
  const zero = /^-?0(\.0*)?$/.test(change);
  const where = zero ? card.atLine(threshold, label)
    : b.direction === 'increase' ? card.shortOf(w.amount(b.metric, change), threshold, label) : card.over(w.amount(b.metric, change), threshold, label);
  const after = afterWords(ui, b, current, ruleSet);
  const effect = !b.strict ? card.wouldMake(after) : b.direction === 'increase' ? card.wouldMakeAbove(after) : card.wouldMakeBelow(after);
  return card.nearestLine(ui.m.engine.metric[b.metric], where, effect);
}

function nearest(props: CardProps, w: Words) {
  const { ui, shown, ruleSet } = props;
  if (!shown || shown.status === 'indeterminate' || !props.explained) return nothing;
  const current = { status: shown.status, classification: shown.classification, outcomes: shown.outcomes.filter((o) => o.met === true).map((o) => o.id) };
  const market = props.marketFlip;
  return html`<div class="nearest" part="nearest">
    <p><span class="label">${ui.m.card.nearest}</span> ${props.nearest ? nearestLine(ui, w, props.nearest, current, ruleSet) : ui.m.card.noLine}</p>
    ${market ? html`<p class="help">${ui.m.card.market(market.to === 'true', afterWords(ui, market, current, ruleSet))}</p>` : nothing}
  </div>`;
}

/** An input the reader can go and fill in from the card: the shipment's, which the card's lines ask for. */
function inputIdOf(input: InputName): string | null {
  return (SHIPMENT_INPUTS as Partial<Record<InputName, string>>)[input] ?? null;
}

/** "depends on the destination country", linked to the first of its inputs. */
function dependsOn(props: CardProps, inputs: readonly InputName[], classification: string | null) {
  const { card, engine } = props.ui.m;
  const names = engine.and(inputs.map((input) => card.inputShort[input] ?? engine.input[input]));
  const text = classification === null ? card.overlayUndecided(names) : card.overlayClassifiedOpen(classification, names);
  return jump(text, inputs.map(inputIdOf).find((id) => id !== null) ?? null, props.onFocusInput);
}

/**
 * A rule's answer in a few words: the outcomes of its own it reaches; what decides them while they
 * are open (after its own classification, when it has one, as the tariff's bands); or its classification.
 */
function overlayAnswer(props: CardProps, o: Overlay) {
  const { ui } = props;
  const r = o.result;
  if (r.status === 'invalid' || r.status === 'not-controlled') return nothing;
  if (r.status === 'indeterminate') return dependsOn(props, [...new Set(r.decidedBy.map((d) => d.input))], null);
  const own = r.outcomes.filter((x) => o.own.includes(x.id));
  const met = own.filter((x) => x.met === true).map((x) => ui.ruleSetWords.item(o.ruleSet, x.id).title);
  if (met.length) return ui.m.brief.details(met);
  const classification = ui.ruleSetWords.classification(o.ruleSet, r.classification ?? '');
  const open = openInputs(r, own.filter((x) => x.met === null));
  // A rule set that extends another shares its classification: only its own answer is news.
  if (open.length) return dependsOn(props, open, o.ruleSet.basedOn ? null : classification);
  return classification;
}

/** A line's icon: its own outcomes' answer (undecided while they are open), else its verdict's. */
function lineStatus(o: Overlay): EvaluatedResult['status'] {
  const r = o.result as EvaluatedResult;
  const own = r.outcomes.filter((x) => o.own.includes(x.id));
  return r.status === 'controlled' && !own.some((x) => x.met === true) && own.some((x) => x.met === null) ? 'indeterminate' : r.status;
}

function overlayLine(props: CardProps, o: Overlay) {
  const { ui } = props;
  const status = lineStatus(o);
  return html`<li class=${status}>${VERDICT_ICON[status]}<span><span class="label">${ui.m.card.overlay(ui.ruleSetWords.shortTitle(o.ruleSet))}</span>
    ${overlayAnswer(props, o)}${o.ruleSet.status === 'in-force' ? nothing : html` <span class="status-tag">${ui.m.card.status(statusText(ui, o.ruleSet))}</span>`}</span></li>`;
}

/** One line for each rule that answers, and one naming together those that do not cover the chip. */
function overlays(props: CardProps) {
  const { ui } = props;
  const lines = props.overlays.filter((o) => o.result.status !== 'invalid');
  if (!lines.length || props.empty) return nothing;
  const notCovered = lines.filter((o) => o.result.status === 'not-controlled' && !o.result.outcomes.some((x) => x.met === true && o.own.includes(x.id)));
  return html`<ul class="overlays" part="overlays" aria-label=${ui.m.card.overlaysLabel}>
    ${lines.filter((o) => !notCovered.includes(o)).map((o) => overlayLine(props, o))}
    ${notCovered.length
      ? html`<li class="not-controlled">${VERDICT_ICON['not-controlled']}<span>${ui.m.card.overlaysNotCovered(ui.m.engine.and(notCovered.map((o) => ui.ruleSetWords.shortTitle(o.ruleSet))))}</span></li>`
      : nothing}
  </ul>`;
}

/** The figures as a printed report lists them, in the order of the form. */
function inputLines(ui: CardUi, spec: ChipSpec, w: Words): string[] {
  const { print } = ui.m;
  const text = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');
  const number = (value: unknown) => (/^\d+(\.\d+)?$/.test(text(value)) ? w.number(text(value), 3) : text(value));
  return [
    ...(spec.throughput ?? []).map((e, i) => print.figure(i + 1, text(e.format), number(e.value), text(e.unit), e.sparse === true)),
    ...(spec.dies ?? []).map((d, i) => print.die(i + 1, number(d.areaMm2), d.nonPlanar === false)),
    print.market(typeof spec.datacenter === 'boolean' ? spec.datacenter : null),
    ...(spec.dramBandwidthGBps !== undefined ? [print.dram(number(spec.dramBandwidthGBps))] : []),
    ...(spec.interconnectGBps !== undefined ? [print.interconnect(number(spec.interconnectGBps))] : []),
    ...(spec.hbmStack ? [print.hbm(number(spec.hbmStack.bandwidthGBps), number(spec.hbmStack.areaMm2))] : []),
    ...(spec.usAvailableSince === false ? [print.neverAvailable] : typeof spec.usAvailableSince === 'string' ? [print.available(ui.m.engine.date(spec.usAvailableSince))] : []),
  ];
}

/** Shown on paper only: the date, where the figures came from, and the figures. */
function printNote(props: CardProps, w: Words) {
  const { ui, inputs } = props;
  const { print } = ui.m;
  const from = inputs.chip === null ? print.typed : inputs.edited ? print.editedCatalog(inputs.name, inputs.chip) : print.fromCatalog(inputs.name, inputs.chip);
  return html`<div class="print-only print-note">
    <p>${print.checked(ui.m.engine.date(todayIso()))} ${from}</p>
    <p>${print.inputList(inputLines(ui, inputs.spec, w))}</p>
    <p class="working-folded">${print.workingFolded}</p>
  </div>`;
}

export function renderCard(props: CardProps) {
  const { ui, shown, ruleSet } = props;
  const { card } = ui.m;
  const w = wordsIn(ui, ruleSet);
  return html`<section class="card" part="card" aria-labelledby="card-heading">
    <div class="vh" role="heading" aria-level=${props.headingLevel} id="card-heading">${ui.m.title}</div>
    <div class="card-controls">${props.controls}</div>
    ${verdictBlock(props)}
    ${shown && !props.empty ? html`${figures(ui, shown, w)}${nearest(props, w)}` : nothing}
    ${overlays(props)}
    ${props.empty ? nothing : printNote(props, w)}
    <div class="card-footer">
      <button type="button" part="button" class="working-toggle" id="working-toggle" aria-expanded=${props.working ? 'true' : 'false'}
        aria-controls="working" @click=${props.onToggleWorking}>${props.working ? icons.collapse : icons.expand}${props.working ? card.hideWorking : card.showWorking}</button>
      <p class="citation" part="citation"><span>${card.citation(ruleSet.citation.document, ui.m.engine.date(ruleSet.effective))}</span> <strong>${card.notLegalAdvice}</strong></p>
    </div>
  </section>`;
}
