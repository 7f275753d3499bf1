import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_RULE_SET_ID, evaluate, getChip, ruleSets as builtInRuleSets,
  type AsOfChoice, type ChipSpec, type ConditionEdit, type ConditionRef, type EvaluationResult, type FieldError, type Operator, type ResolvedRuleSet,
} from '../core/index.js';
import { formatDate, msg, verdictSentence } from '../i18n/messages.js';
import { asOfChoice, asOfStyles, renderAsOf } from './as-of.js';
import { CatalogTable, catalogTableStyles } from './catalog-table.js';
import { ChipPicker, chipPickerStyles } from './chip-picker.js';
import { clauseTableStyles } from './clause-table.js';
import { CompareView, chipIdList, compareViewStyles, type CompareContext } from './compare-view.js';
import { dataTableStyles } from './data-table.js';
import { fieldStyles, ruleSetField } from './field.js';
import { metricValue } from './format-condition.js';
import { icons } from './icons.js';
import { inputLabel, inputPanelStyles, renderInputPanel } from './input-panel.js';
import { renderResultPanel, resultPanelStyles } from './result-panel.js';
import { ScriptRuleSets, linkSource, loadSources, propertySource, type RuleSetSource } from './rule-set-sources.js';
import { copyText, downloadJson, hashOf, linkOf, readHash, writeHash, type UnreadablePart } from './share.js';
import { MAX_JSON_DEPTH, nestsDeeper, parseJson } from './page-json.js';
import {
  MAX_ROWS, blankDraft, draftFromSpec, errorsByInput, inputForSpecField, overlongList, specFromDraft, type ErrorLocator, type SpecDraft,
} from './spec-draft.js';
import { themeStyles } from './theme.js';
import { chartStyles } from './threshold-chart.js';
import { changeLines, renderThresholdEditor, thresholdEditorStyles } from './threshold-editor.js';
import {
  NO_EDITS, appliedEdits, conditionEditsOf, deriveCustom, draftFromEdits, readEdits, withEdit, type ThresholdDraft,
} from './threshold-edits.js';
import { verdictBriefStyles } from './verdict-brief.js';
import { isView, renderViews, viewTabsStyles, type View } from './view-tabs.js';
import { renderVintagesTable, vintagesOf, vintagesTableStyles, type Vintage } from './vintages-table.js';

export type Theme = 'light' | 'dark' | 'auto';
export type CtcChangeEvent = CustomEvent<{ spec: ChipSpec }>;
export type CtcResultEvent = CustomEvent<{ result: EvaluationResult }>;

/** Where a notice about the page's input to the widget came from; each source has at most one current list. */
type NoticeSource = 'chip' | 'spec' | 'ruleSet' | 'ruleSets' | 'hash' | 'edits' | 'view';

const BUILT_IN = new Map(builtInRuleSets.map((r) => [r.id, r]));
const DEFAULT_RULE_SET = BUILT_IN.get(DEFAULT_RULE_SET_ID)!;
const LINK_PART_MESSAGES: Record<UnreadablePart, string> = {
  edits: msg.hashEditsUnreadable, ruleSets: msg.hashRuleSetsUnreadable, asOf: msg.hashAsOfUnreadable,
};

/** Why a spec given to the widget cannot go into the form, or null when it can. */
function specRefusal(value: unknown): string | null {
  if (nestsDeeper(value)) return msg.specTooDeep(MAX_JSON_DEPTH);
  const overlong = overlongList(value);
  return overlong ? msg.specTooManyRows(overlong.list, overlong.count, MAX_ROWS) : null;
}

/**
 * Turns an AI chip's datasheet figures into export-control metrics (TPP, performance density) and
 * says, clause by clause, whether the chip crosses a control threshold (ECCN 3A090), by how much
 * and why. Every number and verdict it shows comes from the engine's `evaluate`.
 *
 * Rule sets of the page's own may also be given as JSON (one rule set or a list) in a child
 * `<script type="application/json">`: it is read on connect and whenever the children change, and
 * never executed or shown as markup. A reader can edit the thresholds of the rule set shown ("Edit
 * thresholds"); the link and the JSON download keep the changes.
 *
 * Three views, chosen by tabs or the `view` attribute: the calculator; a comparison of several chips
 * (catalog chips, or the calculator's chip) side by side and on one chart; and the catalog, every chip
 * with its verdict under each built-in rule set, downloadable as CSV.
 *
 * @summary Export-control threshold calculator for AI chips.
 * @tag compute-threshold-calculator
 *
 * @event ctc-change - The user changed the chip spec. `detail: { spec: ChipSpec }`. Bubbles, composed.
 * @event ctc-result - A new evaluation is shown. `detail: { result: EvaluationResult }`. Bubbles, composed.
 *
 * @csspart base - The calculator's frame.
 * @csspart input-panel - The chip's figures: market, throughput, dies, bandwidths.
 * @csspart result-panel - Everything the engine answered.
 * @csspart verdict - The verdict sentence with its icon.
 * @csspart metrics - TPP and PD with their formulas.
 * @csspart boundaries - What change would flip the verdict.
 * @csspart chart - The TPP–PD chart and its caption.
 * @csspart clause-table - The clause-by-clause table.
 * @csspart warnings - Ambiguities the reader should check.
 * @csspart citation - The rule set's citation, sources and caveats.
 * @csspart notices - Messages about the attributes, properties or link given to the widget.
 * @csspart actions - The share buttons.
 * @csspart as-of - The as-of date field and the sentence saying which rule set was in force on it, and why.
 * @csspart custom-marker - Shown while thresholds are changed: what differs from the published rule set, and a reset.
 * @csspart threshold-editor - The folded "Edit thresholds" section.
 * @csspart vintages - The table of the chip's verdict under every built-in rule set.
 * @csspart view-tabs - The tab list that switches between the calculator, the comparison and the catalog.
 * @csspart tab - Each tab of the view switch.
 * @csspart compare - The compare view.
 * @csspart compare-table - The comparison table.
 * @csspart catalog - The catalog view.
 * @csspart catalog-table - The catalog table.
 * @csspart button - Every push button (add, remove, chart toggle, share); link-like buttons are not included.
 *
 * @cssprop [--ctc-accent=#1f4fc2] - Links, focus rings, selection; dark default #8ab4ff.
 * @cssprop [--ctc-surface=#ffffff] - Background; dark default #16191e.
 * @cssprop [--ctc-raised=#f3f5f8] - Background of buttons, the verdict and table headings.
 * @cssprop [--ctc-text=#1b1e23] - Text; dark default #eceff3.
 * @cssprop [--ctc-muted=#555d69] - Secondary text; dark default #aeb6c2.
 * @cssprop [--ctc-border=#8c95a3] - Borders of fields and panels.
 * @cssprop [--ctc-danger=#a8231a] - Validation messages.
 * @cssprop [--ctc-controlled=#a33a12] - Controlled verdict and the most severe region.
 * @cssprop [--ctc-clear=#1c6b3a] - Not-controlled verdict and exclusion regions.
 * @cssprop [--ctc-undecided=#7a5500] - Undecided verdict and unknown conditions.
 * @cssprop [--ctc-radius=6px] - Corner radius.
 * @cssprop [--ctc-spacing=0.75rem] - Base spacing.
 * @cssprop [--ctc-font=inherit] - Font family; the host page's by default.
 *
 * @attr rule-set - Id of the rule set to evaluate against (built-in or from `ruleSets`).
 * @attr chip - Id of a catalog chip to show.
 * @attr spec - A chip spec as JSON; invalid JSON shows a message.
 * @attr compact - Narrow layout without the chart.
 * @attr theme - light, dark or auto (follows prefers-color-scheme).
 * @attr sync-url - Keep the state in location.hash, so that a link reproduces it.
 * @attr as-of - An ISO date (YYYY-MM-DD): show the rule set in force on it, within the family of the rule set shown. Picking a rule set clears it.
 * @attr view - The view shown: calculator (the default), compare or catalog; the reader's choice of tab updates it.
 * @attr compare - Catalog chip ids to compare, separated by spaces or commas; setting it replaces the comparison.
 *
 * @property {ChipSpec} spec - The chip spec being evaluated; setting it replaces the form.
 * @property {unknown[]} ruleSets - Extra rule sets in the rule-set JSON shape; invalid ones are reported and left out.
 * @property {EvaluationResult | null} result - The current evaluation (read-only; null before the first update).
 * @property {ConditionEdit[]} thresholdEdits - Changed thresholds of the rule set shown, `{ item, index, op?, threshold? }` as `deriveRuleSet` takes them; setting it replaces them.
 * @property {'calculator' | 'compare' | 'catalog'} view - The view shown; the reader's choice of tab updates it.
 * @property {string[]} compare - Catalog chip ids to compare; setting it replaces the comparison (the reader's additions are not written back).
 */
export class ComputeThresholdCalculator extends LitElement {
  static override styles = [
    themeStyles, fieldStyles, chipPickerStyles, inputPanelStyles, resultPanelStyles, clauseTableStyles, chartStyles,
    asOfStyles, thresholdEditorStyles, vintagesTableStyles,
    viewTabsStyles, dataTableStyles, verdictBriefStyles, compareViewStyles, catalogTableStyles,
    css`
      .calculator {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'top' 'notices' 'result' 'vintages' 'input' 'footer';
        gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .top {
        grid-area: top;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
        gap: var(--_space) calc(var(--_space) * 2);
        align-items: start;
      }
      .top .field > label {
        font-size: 1em;
      }
      .edited {
        grid-column: 1 / -1;
        font-size: 0.9em;
      }
      .notices {
        grid-area: notices;
      }
      .notices.empty {
        display: none;
      }
      .notices ul {
        margin: 0;
        padding: 0.5rem 0.75rem;
        list-style: none;
        border: 1px solid var(--_undecided);
        border-radius: var(--_radius);
      }
      .notices li {
        display: flex;
        gap: 0.4rem;
        align-items: baseline;
      }
      .result-panel {
        grid-area: result;
      }
      .input-panel {
        grid-area: input;
      }
      .vintages {
        grid-area: vintages;
      }
      .footer {
        grid-area: footer;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        border-top: 1px solid var(--_border);
        padding-top: var(--_space);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .legal {
        font-weight: 600;
      }
      @container ctc (min-width: 48rem) {
        :host(:not([compact])) .calculator {
          grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr);
          grid-template-areas: 'top top' 'notices notices' 'result input' 'vintages input' 'footer footer';
          /* The vintages row takes what the taller input column adds, so no gap opens above it. */
          grid-template-rows: auto auto auto 1fr auto;
        }
      }
    `,
  ];

  /** Id of the rule set to evaluate against. */
  @property({ attribute: 'rule-set' }) ruleSet: string = DEFAULT_RULE_SET_ID;

  /** Id of a catalog chip to show; the user's pick updates it. */
  @property() chip: string | null = null;

  /** Narrow layout without the chart. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** light, dark, or auto (follows prefers-color-scheme). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Keep the state in location.hash (`#ctc=`), read it on connect and on hashchange. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The `spec` attribute's JSON text; the `spec` property is the parsed spec. */
  @property({ attribute: 'spec' }) specAttribute: string | null = null;

  /** Extra rule sets; each is validated, and an invalid one is reported and left out. */
  @property({ attribute: false }) ruleSets: unknown[] = [];

  /** An ISO date: show the rule set in force on it, within the family of the rule set shown. */
  @property({ attribute: 'as-of' }) asOf: string | null = null;

  /** The view shown: calculator, compare or catalog. */
  @property({ reflect: true }) view: View = 'calculator';

  /** Catalog chip ids to compare; setting them replaces the comparison. */
  @property({ converter: chipIdList }) compare: string[] = [];

  /** Changed thresholds of the rule set shown, as `deriveRuleSet` takes them; setting them replaces them. */
  @property({ attribute: false })
  get thresholdEdits(): ConditionEdit[] {
    return conditionEditsOf(this.custom.draft, this.custom.base);
  }
  set thresholdEdits(edits: unknown) {
    this.givenEdits = { edits, fromLink: false };
    this.requestUpdate();
  }

  /** The chip spec being evaluated, numbers as the decimal strings typed. Setting it replaces the form. */
  @property({ attribute: false })
  get spec(): ChipSpec {
    return specFromDraft(this.draft).spec;
  }
  set spec(value: unknown) {
    this.loadSpec(value);
  }

  /** The current evaluation; null before the first update. */
  get result(): EvaluationResult | null {
    return this.evaluation;
  }

  @state() private draft: SpecDraft = blankDraft();
  /** The catalog chip the draft was loaded from, and whether the user has edited it since. */
  @state() private draftChip: string | null = null;
  @state() private edited = false;
  @state() private notices: Partial<Record<NoticeSource, string[]>> = {};
  @state() private actionMessage = '';
  @state() private chartExpanded = false;
  /**
   * The chart and the vintages table (five engine runs and an SVG) are drawn in the task after the
   * first verdict, so that the verdict a reader waits for appears first.
   */
  @state() private secondaryShown = false;
  /** Thresholds typed, by the id of the rule set they change, so that switching back restores them. */
  @state() private thresholdDrafts: ReadonlyMap<string, ThresholdDraft> = new Map();
  @state() private asOfCleared = false;
  @state() private linkRuleSets: RuleSetSource | null = null;

  private available: ResolvedRuleSet[] = [...builtInRuleSets];
  private selected: ResolvedRuleSet = DEFAULT_RULE_SET;
  private evaluation: EvaluationResult | null = null;
  private evaluatedDraft: SpecDraft | null = null;
  private evaluatedRuleSet: ResolvedRuleSet | null = null;
  private custom = deriveCustom(DEFAULT_RULE_SET, NO_EDITS, null);
  private asOfResult: AsOfChoice | null = null;
  private vintages: Vintage[] = [];
  private vintagesDraft: SpecDraft | null = null;
  private loadedInputs: unknown[] = [];
  /** Edits from a link or the property, applied once the rule set they change is selected. */
  private givenEdits: { edits: unknown; fromLink: boolean } | null = null;
  private locate: ErrorLocator = () => null;
  private errorsByInput = new Map<string, FieldError[]>();

  private pendingChange = false;
  private pendingResult = false;
  private pendingShare = false;
  private focusAfterUpdate: string | null = null;

  private readonly picker = new ChipPicker(this, (id) => this.pickChip(id));
  private readonly scripts = new ScriptRuleSets(this);
  private readonly compareView = new CompareView(this, () => this.compareContext());
  private readonly catalogTable = new CatalogTable(this);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('view')) this.setNotice('view', isView(this.view) ? [] : [msg.unknownView(String(this.view))]);
    if (changed.has('compare')) this.compareView.load(chipIdList.fromAttribute(Array.isArray(this.compare) ? this.compare.join(' ') : String(this.compare ?? '')));
    if (changed.has('chip') && (this.chip ?? null) !== this.draftChip) this.loadChip(this.chip);
    if (changed.has('specAttribute') && this.specAttribute !== null) this.loadSpecAttribute(this.specAttribute);
    // A shared link wins over the attributes: it is what the reader was sent.
    if (changed.has('syncUrl') && this.syncUrl) this.loadHash();
    const reloaded = this.loadExtraRuleSets();
    if (changed.has('asOf') || reloaded) this.applyAsOf();
    this.selectRuleSet();
    this.applyThresholds();
    if (this.draft !== this.evaluatedDraft || this.custom.ruleSet !== this.evaluatedRuleSet) this.evaluateDraft();
    this.updateVintages();
  }

  override firstUpdated(): void {
    setTimeout(() => (this.secondaryShown = true));
  }

  override updated(): void {
    if (this.pendingChange) {
      this.pendingChange = false;
      this.dispatchEvent(new CustomEvent('ctc-change', { detail: { spec: this.spec }, bubbles: true, composed: true }));
    }
    if (this.pendingResult && this.evaluation) {
      this.pendingResult = false;
      this.dispatchEvent(new CustomEvent('ctc-result', { detail: { result: this.evaluation }, bubbles: true, composed: true }));
    }
    if (this.pendingShare) {
      this.pendingShare = false;
      if (this.syncUrl) writeHash(this.shareHash());
    }
    if (this.focusAfterUpdate) {
      this.focusInput(this.focusAfterUpdate);
      this.focusAfterUpdate = null;
    }
  }

  private setNotice(source: NoticeSource, messages: string[]) {
    this.notices = { ...this.notices, [source]: messages };
  }

  /** Loads the property's, the child scripts' and the link's rule sets when any of them changed; true if it did. */
  private loadExtraRuleSets(): boolean {
    const inputs = [this.ruleSets, this.scripts.sources, this.linkRuleSets];
    if (inputs.every((input, i) => input === this.loadedInputs[i])) return false;
    this.loadedInputs = inputs;
    const sources = [propertySource(this.ruleSets), ...this.scripts.sources, ...(this.linkRuleSets ? [this.linkRuleSets] : [])];
    const { ruleSets, notices } = loadSources(sources, BUILT_IN);
    this.available = ruleSets;
    this.setNotice('ruleSets', notices);
    return true;
  }

  /** Selects the rule set in force on the as-of date; a date that selects none leaves the rule set as it is. */
  private applyAsOf() {
    if (!this.asOf) {
      this.asOfResult = null;
      return;
    }
    this.asOfResult = asOfChoice(this.asOf, this.available.find((r) => r.id === this.ruleSet) ?? DEFAULT_RULE_SET, this.available);
    this.asOfCleared = false;
    if (this.asOfResult.ruleSet) this.ruleSet = this.asOfResult.ruleSet.id;
  }

  /** Applies given edits to the rule set now selected, and derives the rule set to evaluate. */
  private applyThresholds() {
    const base = this.selected;
    if (this.givenEdits) {
      const edits = readEdits(this.givenEdits.edits);
      const notice = this.givenEdits.fromLink ? [] : [msg.thresholdEditsNotList];
      this.givenEdits = null;
      if (edits === null) this.setNotice('edits', notice);
      else {
        const { draft, unusable } = draftFromEdits(base, edits);
        this.thresholdDrafts = new Map(this.thresholdDrafts).set(base.id, draft);
        this.setNotice('edits', unusable.length ? [msg.thresholdEditsUnusable(unusable.map((r) => msg.conditionRef(r.item, r.index)))] : []);
      }
    }
    const draft = this.thresholdDrafts.get(base.id) ?? NO_EDITS;
    if (this.custom.base !== base || this.custom.draft !== draft) this.custom = deriveCustom(base, draft, this.custom);
  }

  private selectRuleSet() {
    const found = this.available.find((r) => r.id === this.ruleSet);
    this.selected = found ?? DEFAULT_RULE_SET;
    const notice = found ? [] : [msg.unknownRuleSet(this.ruleSet, DEFAULT_RULE_SET.title)];
    if ((this.notices.ruleSet ?? []).join() !== notice.join()) this.setNotice('ruleSet', notice);
  }

  private loadChip(id: string | null) {
    const chip = id ? getChip(id) : undefined;
    this.draft = chip ? draftFromSpec(chip.spec)!.draft : blankDraft();
    this.draftChip = chip ? chip.id : null;
    this.edited = false;
    this.setNotice('chip', id && !chip ? [msg.unknownChip(id)] : []);
  }

  private loadSpec(value: unknown) {
    const refusal = specRefusal(value);
    const read = refusal ? null : draftFromSpec(value);
    if (!read) {
      this.setNotice('spec', [refusal ?? msg.specNotObject]);
      return;
    }
    this.draft = read.draft;
    this.draftChip = null;
    this.chip = null;
    this.edited = false;
    this.setNotice('spec', read.ignored.length ? [msg.specIgnored(read.ignored)] : []);
  }

  private loadSpecAttribute(json: string) {
    try {
      this.loadSpec(parseJson(json));
    } catch (e) {
      this.setNotice('spec', [msg.specNotJson(e instanceof Error ? e.message : String(e))]);
    }
  }

  private loadHash() {
    const read = readHash(window.location.hash);
    this.setNotice('hash', read && 'error' in read ? [msg.hashUnreadable] : (read?.unreadable ?? []).map((part) => LINK_PART_MESSAGES[part]));
    if (!read || 'error' in read) return;
    const { ruleSet, chip, spec, edits, ruleSets, asOf } = read.state;
    this.linkRuleSets = ruleSets ? linkSource(ruleSets) : null;
    if (ruleSet) this.ruleSet = ruleSet;
    this.asOf = asOf ?? null;
    this.givenEdits = { edits: edits ?? [], fromLink: true };
    if (spec) this.loadSpec(spec);
    else if (chip) {
      this.chip = chip;
      this.loadChip(chip);
    }
  }

  private readonly onHashChange = () => {
    if (!this.syncUrl) return;
    this.loadHash();
    // The link's edits alone change no reactive property.
    this.requestUpdate();
  };

  private evaluateDraft() {
    const { spec, locate } = specFromDraft(this.draft);
    this.evaluation = evaluate(spec, this.custom.ruleSet);
    this.locate = locate;
    this.errorsByInput = errorsByInput(this.evaluation.errors, locate);
    this.evaluatedDraft = this.draft;
    this.evaluatedRuleSet = this.custom.ruleSet;
    this.pendingResult = true;
  }

  private updateVintages() {
    if (!this.secondaryShown || this.draft === this.vintagesDraft) return;
    this.vintages = vintagesOf(specFromDraft(this.draft).spec);
    this.vintagesDraft = this.draft;
  }

  private shareHash(): string {
    const subject = this.draftChip && !this.edited ? { chip: this.draftChip } : { spec: this.spec };
    const edits = conditionEditsOf(this.custom.draft, this.custom.base);
    return hashOf({
      ruleSet: this.selected.id, ...subject,
      ...(edits.length ? { edits } : {}),
      ...(this.linkRuleSets ? { ruleSets: this.linkRuleSets.raws } : {}),
      ...(this.asOf ? { asOf: this.asOf } : {}),
    });
  }

  private userChanged() {
    this.pendingChange = true;
    this.pendingShare = true;
  }

  private pickChip(id: string | null) {
    // Picking "custom" while already on a custom chip keeps what the user typed.
    if (id === null && this.draftChip === null) return;
    this.chip = id;
    this.loadChip(id);
    this.userChanged();
  }

  private readonly onDraft = (draft: SpecDraft, focus?: string) => {
    this.draft = draft;
    this.edited = this.draftChip !== null;
    this.focusAfterUpdate = focus ?? null;
    this.userChanged();
  };

  private readonly onRuleSet = (id: string) => {
    this.ruleSet = id;
    // A rule set picked by hand overrides the date; the date field says so.
    this.asOfCleared = Boolean(this.asOf);
    this.asOf = null;
    this.pendingShare = true;
  };

  private readonly onAsOf = (date: string) => {
    this.asOf = date || null;
    this.pendingShare = true;
  };

  private setThresholds(draft: ThresholdDraft) {
    this.thresholdDrafts = new Map(this.thresholdDrafts).set(this.custom.base.id, draft);
    this.pendingShare = true;
  }

  private readonly onThreshold = (ref: ConditionRef, change: { op?: Operator; threshold?: string }) => {
    this.setThresholds(withEdit(this.custom.draft, this.custom.base, ref, change));
  };

  private readonly resetThresholds = () => {
    this.setThresholds(NO_EDITS);
    // The reset button goes with the marker; the rule set is what the reader returns to.
    this.focusAfterUpdate = 'rule-set';
  };

  private readonly resetChip = () => {
    this.loadChip(this.draftChip);
    this.userChanged();
  };

  private readonly describeError = (error: FieldError) => {
    const input = this.locate(error);
    return { input, text: input === null ? error.message : msg.errorAt(inputLabel(this.draft, input), msg.fieldError(error.code, error.message)) };
  };

  private readonly focusInput = (id: string) => {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    const folded = target?.closest('details');
    if (folded) folded.open = true;
    target?.focus();
  };

  private async copy(text: string, done: string) {
    this.actionMessage = (await copyText(text)) ? done : msg.copyFailed;
  }

  private resultText(result: EvaluationResult): string {
    const m = result.metrics;
    const { citation, effective, title } = this.custom.ruleSet;
    return msg.resultText({
      chip: this.draft.name.trim() || msg.unnamedChip,
      verdict: verdictSentence(result),
      ruleSet: title,
      citation: `${citation.document}, ${formatDate(effective)}`,
      changes: changeLines(this.custom),
      metrics: [
        ...(m?.tpp ? [`${msg.tppName}: ${metricValue('tpp', m.tpp)}`] : []),
        ...(m?.performanceDensity ? [`${msg.pdName}: ${metricValue('performanceDensity', m.performanceDensity)}`] : []),
      ],
      explanation: result.explanation,
      warnings: result.warnings,
    });
  }

  private download(result: EvaluationResult) {
    const file = msg.fileName(this.draft.name || this.draftChip || '');
    try {
      const evaluated = this.custom.ruleSet;
      // The file reproduces the answer on its own: a rule set that is not built in goes in whole.
      const own = BUILT_IN.get(evaluated.id) === evaluated ? {} : { customRuleSet: evaluated };
      const edits = appliedEdits(this.custom);
      downloadJson(file, { spec: this.spec, ruleSet: this.selected.id, ...own, ...(edits.length ? { edits } : {}), result });
      this.actionMessage = msg.downloaded(file);
    } catch {
      this.actionMessage = msg.downloadFailed;
    }
  }

  private readonly onView = (view: View) => {
    this.view = view;
  };

  /** What the comparison needs; null while it is not shown, so that it evaluates nothing then. */
  private compareContext(): CompareContext | null {
    if (this.view !== 'compare') return null;
    return {
      ruleSet: this.custom.ruleSet,
      ruleSets: this.available,
      selected: this.selected.id,
      onRuleSet: this.onRuleSet,
      current: { chip: this.draftChip, edited: this.edited, spec: this.spec, name: this.draft.name },
    };
  }

  private renderNotices() {
    const all = Object.values(this.notices).flat();
    return html`<div class="notices ${all.length ? '' : 'empty'}" part="notices" role="status" aria-label=${msg.noticesLabel}>${all.length
      ? html`<ul>${all.map((text) => html`<li>${icons.warning}<span>${text}</span></li>`)}</ul>`
      : nothing}</div>`;
  }

  private renderActions(result: EvaluationResult) {
    return html`<div class="footer">
      <div class="actions" part="actions" role="group" aria-label=${msg.actionsLabel}>
        <button type="button" part="button" id="copy-link" @click=${() => this.copy(linkOf(this.shareHash()), msg.linkCopied)}>${icons.link}${msg.copyLink}</button>
        <button type="button" part="button" id="copy-text" @click=${() => this.copy(this.resultText(result), msg.textCopied)}>${icons.copy}${msg.copyText}</button>
        <button type="button" part="button" id="download-json" @click=${() => this.download(result)}>${icons.download}${msg.downloadJson}</button>
      </div>
      <p class="action-status" role="status">${this.actionMessage}</p>
      <p class="legal">${msg.notLegalAdvice}</p>
    </div>`;
  }

  private renderCalculator() {
    const result = this.evaluation!;
    const ruleSet = this.selected;
    const inEffect = this.custom.ruleSet;
    return html`<div class="calculator" part="base">
      <div class="top">
        ${this.picker.render(this.draftChip)}
        ${ruleSetField({ id: 'rule-set', value: ruleSet.id, described: ruleSet, ruleSets: this.available, onChange: this.onRuleSet })}
        ${renderAsOf({ date: this.asOf, choice: this.asOfResult, shown: ruleSet, cleared: this.asOfCleared, onInput: this.onAsOf })}
        ${this.edited
          ? html`<p class="edited">${msg.editedNote} <button type="button" class="link" @click=${this.resetChip}>${msg.resetChip}</button></p>`
          : nothing}
        ${renderThresholdEditor({ custom: this.custom, onEdit: this.onThreshold, onReset: this.resetThresholds, onFocusInput: this.focusInput })}
      </div>
      ${this.renderNotices()}
      ${renderResultPanel({
        result,
        ruleSet: inEffect,
        showChart: !this.compact && this.secondaryShown,
        chartExpanded: this.chartExpanded,
        onToggleChart: () => (this.chartExpanded = !this.chartExpanded),
        describeError: this.describeError,
        inputForField: (field) => this.locate({ field, code: '', message: '' }) ?? inputForSpecField(this.draft, field),
        onFocusInput: this.focusInput,
      })}
      ${this.secondaryShown ? renderVintagesTable({ vintages: this.vintages, shown: ruleSet.id, onSelect: this.onRuleSet }) : nothing}
      ${renderInputPanel({ draft: this.draft, errors: this.errorsByInput, ruleSet: inEffect, onChange: this.onDraft })}
      ${this.renderActions(result)}
    </div>`;
  }

  override render() {
    return renderViews({
      view: isView(this.view) ? this.view : 'calculator',
      onSelect: this.onView,
      content: (view) => (view === 'compare' ? this.compareView.render() : view === 'catalog' ? this.catalogTable.render() : this.renderCalculator()),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compute-threshold-calculator': ComputeThresholdCalculator;
  }
  interface GlobalEventHandlersEventMap {
    'ctc-change': CtcChangeEvent;
    'ctc-result': CtcResultEvent;
  }
}
