import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { catalog } from '../../core/catalog.js';
import type { ConditionEdit } from '../../core/rules/edit.js';
import type { ChipSpec } from '../../core/spec.js';
import type { EvaluationResult } from '../../core/verdict.js';
import { chipRuleSets } from '../../model/rule-set-shape.js';
import type { CardProps } from '../card/answer-card.js';
import { answerCardStyles } from '../card/answer-card.styles.js';
import { ChipPicker, chipPickerStyles } from '../controls/chip-picker.js';
import { fieldStyles, ruleSetField } from '../controls/field.js';
import { FocusAfterUpdate } from '../controls/focus-after-update.js';
import type { Ui } from '../controls/ui.js';
import { themeStyles } from '../controls/theme.js';
import { isView, type View } from '../controls/views.js';
import { calculatorStyles } from './calculator.styles.js';
import { renderCalculator, type WorkingParts } from './calculator-view.js';
import { Announcements } from './controllers/announcements.js';
import { ChipDraft } from './controllers/chip-draft.js';
import { Evaluation } from './controllers/evaluation.js';
import { Language } from './controllers/language.js';
import { OtherViews } from './controllers/other-views.js';
import { Print } from './controllers/print.js';
import { RuleSetSources } from './controllers/rule-set-sources.js';
import { ThresholdEdits } from './controllers/threshold-edits.js';
import { UrlState } from './controllers/url-state.js';
import { Width } from './controllers/width.js';
import { cardPropsOf, chipIdList, compareContextOf, derive, problemWords, workingPropsOf, type Derived } from './derive.js';
import { LazyChunks } from './lazy-chunks.js';
import { applySharedState, sharedStateOf } from './link-state.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Layout = 'card' | 'full';
export type CtcChangeEvent = CustomEvent<{ spec: ChipSpec }>;
export type CtcResultEvent = CustomEvent<{ result: EvaluationResult }>;

/**
 * Turns an AI chip's datasheet figures into export-control metrics (TPP, performance density) and
 * says whether the chip crosses a control threshold (ECCN 3A090 and its successors), clause by
 * clause, by how much and why. It opens as a card that answers; "Show the working" unfolds the
 * figures form, the clause-by-clause table, the chart and the sources beside it. Every number and
 * verdict it shows comes from the engine.
 *
 * Rule sets of the page's own may also be given as JSON (one rule set or a list) in a child
 * `<script type="application/json">`: read on connect and whenever the children change, never
 * executed or shown as markup.
 *
 * @summary Export-control threshold calculator for AI chips.
 * @tag compute-threshold-calculator
 *
 * @attr {string} lang - The reader's language: en, zh-Hans, ja, ko, de or fr (a regional tag such as de-CH finds its language). Default: the nearest `lang` of the page around the widget, then English. Followed at runtime.
 *
 * @event ctc-change - The reader changed the chip or its figures. `detail: { spec: ChipSpec }`. Bubbles, composed.
 * @event ctc-result - A new evaluation is shown. `detail: { result: EvaluationResult }`. Bubbles, composed.
 *
 * @csspart base - The calculator's frame.
 * @csspart card - The answer card.
 * @csspart verdict - The verdict sentence with its icon.
 * @csspart metrics - TPP and PD with their formulas.
 * @csspart nearest - The nearest line, in words.
 * @csspart overlays - The other rules' one-line answers.
 * @csspart citation - The rule set's citation (in the card and in the working).
 * @csspart notices - Messages about the attributes, properties or link given to the widget.
 * @csspart working - The unfolded working.
 * @csspart input-panel - The chip's figures.
 * @csspart clause-table - The clause-by-clause table.
 * @csspart chart - The TPP–PD chart and its caption.
 * @csspart explanation - Why, step by step.
 * @csspart warnings - Ambiguities the reader should check.
 * @csspart as-of - The as-of date field and its sentence.
 * @csspart threshold-editor - The folded "Edit thresholds" section.
 * @csspart custom-marker - Shown while thresholds are changed: what differs, and a reset.
 * @csspart vintages - The folded section with the chip under every built-in rule set.
 * @csspart vintages-table - The table of the chip under every built-in rule set.
 * @csspart actions - The share buttons.
 * @csspart embed - "Embed this": the script tag, iframe and shortcode for this state.
 * @csspart cite - "Cite this": the answer as a citation, in text and BibTeX.
 * @csspart view-tabs - The tabs over the calculator, the comparison and the catalog.
 * @csspart tab - Each tab.
 * @csspart compare - The compare view.
 * @csspart compare-table - The comparison table.
 * @csspart catalog - The catalog view.
 * @csspart catalog-table - The catalog table.
 * @csspart training - The training-run view: its card, the run's figures and the table of every line (`training-lines`).
 * @csspart button - Every push button (add, remove, share…); link-like buttons are not included.
 *
 * @cssprop [--ctc-accent=#1f4fc2] - Links, focus rings, selection; dark default #8ab4ff.
 * @cssprop [--ctc-surface=#ffffff] - Background; dark default #16191e.
 * @cssprop [--ctc-raised=#f3f5f8] - Background of buttons, the verdict and table headings; dark default #1f242b.
 * @cssprop [--ctc-text=#1b1e23] - Text; dark default #eceff3.
 * @cssprop [--ctc-muted=#555d69] - Secondary text; dark default #aeb6c2.
 * @cssprop [--ctc-border=#8c95a3] - Borders of fields and panels; dark default #5a6472.
 * @cssprop [--ctc-danger=#a8231a] - Validation messages; dark default #ffb4ab.
 * @cssprop [--ctc-controlled=#a33a12] - Controlled verdict and the most severe region; dark default #ffb59e.
 * @cssprop [--ctc-clear=#1c6b3a] - Not-controlled verdict and exclusion regions; dark default #8fd9a8.
 * @cssprop [--ctc-undecided=#7a5500] - Undecided verdict and unknown conditions; dark default #f5cf72.
 * @cssprop [--ctc-radius=6px] - Corner radius.
 * @cssprop [--ctc-spacing=0.75rem] - Base spacing.
 * @cssprop [--ctc-font=inherit] - Font family; the host page's by default.
 */
export class ComputeThresholdCalculator extends LitElement {
  static override styles = [themeStyles, fieldStyles, chipPickerStyles, answerCardStyles, calculatorStyles];

  /** Id of the rule set to evaluate against (built-in or from `ruleSets`); the current 3A090 rule when not set. */
  @property({ attribute: 'rule-set' }) ruleSet: string | null | undefined;
  /** Id of a catalog chip to show; the reader's pick updates it. */
  @property() chip: string | null | undefined;
  /** A chip spec as JSON text; invalid JSON shows a notice. */
  @property({ attribute: 'spec' }) specAttribute: string | null | undefined;
  /** The shipment as JSON text (`quantity`, `destinationCountry`, `buyerHeadquartersCountry`, `shipFromCountry`, `tariffExemption`, `usEndUseQuantity`); it stays as the chip changes. */
  @property({ attribute: 'shipment' }) shipmentAttribute: string | null | undefined;
  /** `card` (the default): the answer, with the working folded; `full`: the working unfolded. */
  @property() layout: Layout | null | undefined;
  /** light, dark, or auto (the reader's system setting); without it, the page's own color-scheme. */
  @property({ reflect: true }) theme: Theme | null | undefined;
  /** Keep the state in the page's URL hash, under a key of this widget's own (from its id). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** An ISO date: show the rule set in force on it, in the family of the rule set shown. */
  @property({ attribute: 'as-of' }) asOf: string | null | undefined;
  /** calculator (the default), compare, catalog or training (a training run against the AI laws' compute lines); the reader's choice of tab updates it. */
  @property({ reflect: true }) view: View | null | undefined;
  /** Catalog chip ids to compare; setting them replaces the comparison. */
  @property({ converter: chipIdList }) compare: string[] | null | undefined;
  /** The level of the widget's top heading (1 to 6; 2 by default), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number | null | undefined;
  /** Extra rule sets in the rule-set JSON shape; invalid ones are reported and left out. */
  @property({ attribute: false }) ruleSets: unknown[] | null | undefined;

  /** Changed thresholds of the rule set shown, as `deriveRuleSet` takes them; setting them replaces them. */
  @property({ attribute: false })
  get thresholdEdits(): ConditionEdit[] {
    return this.thresholds.edits();
  }
  set thresholdEdits(edits: unknown) {
    this.thresholds.give(edits, false);
  }

  /** The chip spec shown, numbers as the decimal strings typed; setting it replaces the form. */
  @property({ attribute: false })
  get spec(): ChipSpec {
    return this.drafts.current().spec;
  }
  set spec(value: unknown) {
    this.drafts.loadSpec(value);
    // Figures given replace the catalog chip: `chip` says so, and setting that chip again loads it.
    if (this.drafts.chip === null) this.chip = null;
  }

  /** The current evaluation (null before the first update), with its explanation once it is there; `ctc-result` comes with the verdict. */
  get result(): EvaluationResult | null {
    const now = this.now;
    return now ? (now.explained && now.shown === now.result ? now.explained : now.result) : null;
  }

  @state() private working = false;
  @state() private asOfCleared = false;

  private readonly lazy = new LazyChunks(this);
  private readonly drafts = new ChipDraft(this);
  private readonly sources = new RuleSetSources(this, () => this.ruleSets, () => this.lazy.get('ruleSets'));
  private readonly thresholds = new ThresholdEdits(this, () => this.lazy.get('edits'));
  private readonly evaluation = new Evaluation(() => this.lazy.get('explain')?.explainResult);
  private readonly width = new Width(this);
  private readonly print = new Print(this);
  private readonly language = new Language(this);
  private readonly announce = new Announcements(this, () => this.now?.result ?? null, () => this.spec);
  /** The controllers that hold the chip, the rule sets and the answers, as the helpers that read them take them. */
  private readonly parts = { lazy: this.lazy, drafts: this.drafts, sources: this.sources, thresholds: this.thresholds, evaluation: this.evaluation };
  private readonly url = new UrlState(this, () => this.syncUrl, (state) => applySharedState(state, this, this.parts), () => sharedStateOf(this.now!.selected.id, this, this.parts), () => this.lazy.get('link'));
  private readonly picker = new ChipPicker(this, () => catalog, (id) => this.pickChip(id), {
    id: 'chip', label: (ui) => ui.m.picker.label, help: (ui) => ui.m.picker.help, custom: true,
  });
  private readonly views = new OtherViews(this, this.lazy, () => this.view === 'compare' ? compareContextOf(this.now!, this.lazy.ui(this.now!.ui)!, this.drafts, this.onRuleSet) : null, () => this.compare ?? []);
  // An input asked for may render an update later, or a chunk later when the working was folded.
  private readonly focusAfterUpdate = new FocusAfterUpdate(this, () => Boolean(this.lazy.get('working') && this.now && this.lazy.ui(this.now.ui)));
  private workingView: InstanceType<typeof import('../working/working.js').WorkingView> | null = null;

  /** What this update worked out from the inputs above, each step from the ones before it. */
  private now: Derived | null = null;

  /** Resolves once what was asked for has rendered, the chunks it waits for (rule sets, a language, the working) included. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.lazy.settled(() => super.getUpdateComplete());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.chip = this.drafts.fromAttributes(changed, this);
    if (changed.has('layout')) this.working = this.layout === 'full';
    if (changed.has('compare')) this.views.loadCompare(this.compare ?? []);
    // A shared link wins over the attributes: it is what the reader was sent.
    if ((changed.has('syncUrl') && this.syncUrl) || this.url.waiting) this.url.read();
    const language = this.language.speak((wanted) => Boolean(this.lazy.catalogue(wanted)));
    this.now = derive({
      language, catalogue: this.lazy.catalogue(language)!,
      ruleSet: this.ruleSet, asOf: this.asOf, view: this.view, layout: this.layout, previous: this.now, followUp: this.announce.followUp,
      ...this.parts, url: this.url,
    }) ?? this.now;
  }

  private userChanged(focus: string | null = null) {
    this.announce.change();
    this.url.change();
    this.focusAfterUpdate.request(focus);
  }

  private pickChip(id: string | null) {
    // Picking "custom" while already on a custom chip keeps what the reader typed.
    if (id === null && this.drafts.chip === null) return;
    this.drafts.loadChip((this.chip = id));
    this.userChanged();
  }

  private readonly onRuleSet = (id: string) => {
    this.ruleSet = id;
    // A rule set picked by hand overrides the date; the date field says so.
    this.asOfCleared = Boolean(this.asOf);
    this.asOf = null;
    this.url.change();
  };

  /** Focuses an input of the working, unfolding it (and a folded section) first, once it has rendered. */
  private readonly focusInput = (id: string) => {
    this.working = true;
    this.focusAfterUpdate.request(id);
  };

  private cardProps(words: Ui | undefined): CardProps {
    const { ui, selected } = this.now!;
    return cardPropsOf(this.now!, this.drafts, words, {
      headingLevel: this.headingLevel, working: this.working, onToggleWorking: () => (this.working = !this.working), onFocusInput: this.focusInput,
      controls: html`${this.picker.render(ui, this.drafts.chip)}
        ${ruleSetField(ui, { id: 'rule-set', value: selected.id, described: selected, ruleSets: chipRuleSets(this.sources.available, selected.id), brief: true, onChange: this.onRuleSet })}
        ${this.drafts.edited ? html`<p class="help edited">${ui.m.picker.edited}
          <button type="button" class="link" @click=${() => { this.drafts.reset(); this.userChanged(); }}>${ui.m.picker.reset}</button></p>` : ''}`,
    });
  }

  private workingParts(): WorkingParts | 'loading' {
    // The share buttons in it name this page's link, whose code is a chunk of its own.
    const [module, ui, link] = [this.lazy.get('working'), this.lazy.ui(this.now!.ui), this.lazy.get('link')];
    if (!module || !ui || !link) return 'loading';
    return (this.workingView ??= new module.WorkingView(this)).render(workingPropsOf(this.now!, ui, this.parts, {
      asOf: { date: this.asOf ?? null, cleared: this.asOfCleared, onInput: (date) => { this.asOf = date || null; this.url.change(); } },
      onDraft: (next, focus) => { this.drafts.change(next); this.userChanged(focus ?? null); },
      onThresholds: (draft) => { this.thresholds.set(draft); this.url.change(); },
      onReset: () => { this.thresholds.set([]); this.url.change(); this.focusAfterUpdate.request('rule-set'); },
      onFocusInput: this.focusInput, onSelectRuleSet: this.onRuleSet, layout: this.layout === 'full' ? 'full' : 'card', link: () => this.url.link(),
    }));
  }

  private renderCalculator() {
    const { ui, notices } = this.now!;
    const words = problemWords(this.now!, this.lazy);
    const working = this.working || (this.print.active && this.lazy.has('working')) ? this.workingParts() : null;
    return renderCalculator({ ui, notices: words ? notices.map((notice) => notice(words.m)) : [], wide: this.width.wide, printing: this.print.active, card: this.cardProps(words), working });
  }

  override render(): TemplateResult {
    const busy = html`<div class="calculator" part="base" aria-busy="true"></div>`;
    if (!this.now || !this.language.spoken) return busy;
    const view = isView(this.view) ? this.view : 'calculator';
    if (view === 'calculator' && !this.working) return this.renderCalculator();
    return this.views.renderTabbed(view, this.now.ui, () => this.renderCalculator(), (v) => (this.view = v)) ?? busy;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'compute-threshold-calculator': ComputeThresholdCalculator }
  interface GlobalEventHandlersEventMap { 'ctc-change': CtcChangeEvent; 'ctc-result': CtcResultEvent }
}
