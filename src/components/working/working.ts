/**
 * The working: a chunk of its own, loaded when the reader first unfolds the card (or the page opens
 * it `full`). The figures form, the clause-by-clause table, the chart, the explanation, the source
 * and the folded extras, each rendered once for the calculator's layout to place, with their styles
 * (the working's messages are a chunk of their own, which the views share).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { explainResult } from '../../core/evaluate.js';
import { isBuiltIn } from '../../core/rule-set-registry.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import type { ChipSpec } from '../../core/spec.js';
import type { EvaluatedResult, EvaluationResult } from '../../core/verdict.js';
import { chipRuleSets, testedMetrics } from '../../model/rule-set-shape.js';
import { errorsByInput, type ErrorLocator, type SpecDraft } from '../../model/spec-draft.js';
import { appliedEdits } from '../../model/threshold-edits.js';
import type { WorkingParts } from '../calculator/calculator-view.js';
import { wordsIn, type Ui } from '../controls/ui.js';
import type { ShareActions } from '../views/share/share-actions.js';
import { asOfStyles } from './as-of.js';
import { renderBandwidthChart, type RuleSetResult } from './chart/bandwidth-chart.js';
import { chartStyles, renderChart } from './chart/threshold-chart.js';
import { clauseTableStyles, renderClauseTable } from './clause-table.js';
import { explanationStyles, renderCitation, renderExplanation } from './explanation.js';
import { renderExtras, type ExtrasProps } from './extras.js';
import { inputPanelStyles, renderInputPanel } from './input-panel.js';
import { shareSourceOf } from './share-source.js';

export const styles = [inputPanelStyles, clauseTableStyles, chartStyles, explanationStyles, asOfStyles];

/** What the working shows, from the calculator. */
export interface WorkingProps extends Omit<ExtrasProps, 'ui' | 'words' | 'share' | 'open' | 'onToggle' | 'shareActions' | 'spec' | 'ruleSets' | 'shown'> {
  ui: Ui;
  /** The rule set picked, and the rule sets the page knows (built-in and its own). */
  selected: ResolvedRuleSet;
  available: readonly ResolvedRuleSet[];
  /** The other rules the chip was checked under: their metrics are marked in the form, their boxes drawn. */
  overlays: readonly RuleSetResult[];
  draft: SpecDraft;
  spec: ChipSpec;
  /** The current result's errors, and where each belongs in the form. */
  result: EvaluationResult;
  locate: ErrorLocator;
  onDraft: (draft: SpecDraft, focus?: string) => void;
  /** The explained result: the table, chart and explanation are for it; null until it is worked out. */
  explained: EvaluatedResult | null;
  /** There is no answer to explain (nothing picked or typed, or no valid figures yet): no table, rather than "Loading…". */
  unanswered: boolean;
  /** What the share buttons copy and save: the chip's name, the link, and the answer explained now by the `explainResult` given. */
  name: string;
  link: () => string;
  /** The catalog chip shown, unedited (null for figures of the reader's or the page's own), and the layout attribute: what an embed snippet sets. */
  chip: string | null;
  layout: 'card' | 'full';
  explainedNow: (explain: typeof explainResult) => EvaluatedResult;
}

/** The charts the working can show: TPP against PD, and TPP against DRAM bandwidth. */
export type ChartShown = 'pd' | 'bandwidth';

/**
 * Both charts, one at a time: a radio group chooses which is drawn, and the chosen one's caption
 * (the chart in words) follows it. Where the charts fold behind their buttons (narrow widths) the
 * group is hidden and both folds are there, as one button each costs less height than the group.
 */
function renderCharts(ui: Ui, shown: ChartShown, onShow: (chart: ChartShown) => void, pd: TemplateResult, bandwidth: TemplateResult | null) {
  if (!bandwidth) return html`<div class="chart-column">${pd}</div>`;
  const { chart: m } = ui.m;
  const option = (value: ChartShown, label: string) => html`<label class="radio" for=${`chart-show-${value}`}>
    <input type="radio" id=${`chart-show-${value}`} name="chart-shown" aria-controls=${`chart-pane-${value}`}
      .checked=${live(shown === value)} @change=${() => onShow(value)} />${label}</label>`;
  const pane = (value: ChartShown, body: TemplateResult) => html`<div class="chart-pane ${shown === value ? 'chosen' : ''}" id=${`chart-pane-${value}`}>${body}</div>`;
  return html`<div class="chart-column switchable">
    <div class="chart-switch" role="radiogroup" aria-labelledby="chart-switch-label">
      <span class="chart-switch-label" id="chart-switch-label">${m.switchLegend}</span>
      ${option('pd', m.switchPd)}${option('bandwidth', m.switchBandwidth)}
    </div>
    ${pane('pd', pd)}${pane('bandwidth', bandwidth)}
  </div>`;
}

/** The working of one calculator, with what the reader unfolded in it: the chart enlarged or switched, the folded sections opened, the share buttons. */
export class WorkingView {
  private chartExpanded = false;
  private bandwidthChartExpanded = false;
  private chartShown: ChartShown = 'pd';
  private openSections: ReadonlySet<string> = new Set();
  private shareActions: ShareActions | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  private setState(change: { chartExpanded?: boolean; bandwidthChartExpanded?: boolean; chartShown?: ChartShown; openSections?: ReadonlySet<string> }) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  private toggle(section: string, open: boolean) {
    const sections = new Set(this.openSections);
    if (open) sections.add(section);
    else sections.delete(section);
    this.setState({ openSections: sections });
  }

  render(p: WorkingProps): WorkingParts {
    const { ui, explained: result, custom } = p;
    const ruleSet = custom.ruleSet;
    const words = wordsIn(ui, ruleSet);
    const changes = p.lazy.get('thresholds')?.changeLines({ ui, words, custom }) ?? [];
    const share = shareSourceOf({
      ui, words, custom, changes, name: p.name, spec: p.spec, appliedEdits: appliedEdits(custom), link: p.link, explained: () => p.explainedNow(explainResult),
      embed: { chip: p.chip, spec: p.chip ? null : p.spec, ruleSet: custom.base.id, asOf: p.asOf.date, layout: p.layout },
    });
    const actions = p.lazy.get('share');
    if (actions) this.shareActions ??= new actions.ShareActions(this.host);
    const chart = { ui, words, ruleSet, expanded: this.chartExpanded, onToggle: () => this.setState({ chartExpanded: !this.chartExpanded }) };
    const extras = {
      ...p, words, share, ruleSets: chipRuleSets(p.available.filter(isBuiltIn), p.selected.id), shown: p.selected.id,
      shareActions: this.shareActions, open: this.openSections, onToggle: (section: string, open: boolean) => this.toggle(section, open),
    };
    const tested = new Set([ruleSet, ...p.overlays.map((o) => o.ruleSet)].flatMap((r) => [...testedMetrics(r)]));
    const errors = errorsByInput(p.result.errors, p.locate);
    return {
      figures: html`<div class="figures-column">${renderInputPanel({
        ui, draft: p.draft, errors, ruleSet, tested, onChange: p.onDraft,
        shipmentOpen: this.openSections.has('shipment'), onShipmentToggle: (open) => { if (open !== this.openSections.has('shipment')) this.toggle('shipment', open); },
      })}</div>`,
      check: html`<div class="check-column">${result ? renderClauseTable(ui, words, result, ruleSet) : p.unanswered ? nothing : html`<p class="help">${ui.m.working.loading}</p>`}</div>`,
      chart: result && result.metrics.kind === 'logic'
        ? renderCharts(ui, this.chartShown, (chartShown) => this.setState({ chartShown }), renderChart({ ...chart, result }), renderBandwidthChart({
          ui, words, result, entries: [{ ruleSet, result }, ...p.overlays], expanded: this.bandwidthChartExpanded, drawn: this.chartShown === 'bandwidth' || this.bandwidthChartExpanded,
          onToggle: () => this.setState({ bandwidthChartExpanded: !this.bandwidthChartExpanded }),
        }))
        : nothing,
      why: html`<div class="why-column">${result ? renderExplanation(ui, words, result) : nothing}</div>`,
      source: html`<div class="source-column">${renderCitation(ui, ruleSet)}</div>`,
      extras: html`<div class="extras">${renderExtras(extras)}</div>`,
    };
  }
}
