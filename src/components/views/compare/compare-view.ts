/**
 * The compare view: chips side by side under the selected rule set, with TPP, PD, the verdict and
 * the margin to the nearest boundary, all from the engine's `evaluate`; the rows sort by any column
 * and every chip is a labelled point on the chart. Chips come from the catalog picker or from the
 * calculator (a chip with figures of its own as a snapshot of them), and leave by their row's button.
 *
 * Parts: `compare` (the view), `compare-table` (the table).
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { catalog, getChip, type CatalogChip } from '../../../core/catalog.js';
import { evaluate } from '../../../core/evaluate.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { ChipSpec } from '../../../core/spec.js';
import type { EvaluationResult } from '../../../core/verdict.js';
import { ChipPicker } from '../../controls/chip-picker.js';
import { dataTableStyles, scrollRegion, tableMetric } from '../../controls/data-table.js';
import { ruleSetField } from '../../controls/field.js';
import { FocusAfterUpdate } from '../../controls/focus-after-update.js';
import { icons } from '../../controls/icons.js';
import { wordsIn, type Ui } from '../../controls/ui.js';
import { renderVerdictBrief, verdictBriefStyles } from '../../controls/verdict-brief.js';
import { chartStyles, renderChart } from '../../working/chart/threshold-chart.js';
import { focusAfterRemoval } from '../../working/input-panel.js';
import { SORT_KEYS, sortRows, type Sort, type SortKey } from './compare-sort.js';

const ownStyles = css`
  .compare-controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: start;
  }
  .compare-controls .field > label {
    font-size: 1em;
  }
  .compare .add-current {
    align-self: flex-start;
  }
  .compare-table thead th {
    padding: 0.2rem 0.45rem;
  }
  .compare-table button.sort {
    min-height: 2rem;
    padding: 0.2rem 0.15rem;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  .compare-table th[aria-sort] button.sort {
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }
  .compare-table td.actions {
    vertical-align: middle;
  }
`;

/** A compared chip: a catalog chip, or a snapshot of the calculator's chip with figures of its own. */
export interface CompareEntry {
  /** Unique in the comparison: the prefix of its row's element ids. */
  key: string;
  /** The catalog id; null for figures taken from the calculator. */
  chip: string | null;
  /** As the table names it; `label`, shorter, is written beside its point on the chart. */
  name: string;
  label: string;
  spec: ChipSpec;
}

/** What the comparison needs from the calculator. */
export interface CompareContext {
  ui: Ui;
  /** The rule set to evaluate under: the one selected, with any thresholds the reader changed. */
  ruleSet: ResolvedRuleSet;
  /** The rule sets to choose from, the id of the one selected, and what choosing one does. */
  ruleSets: readonly ResolvedRuleSet[];
  selected: string;
  onRuleSet: (id: string) => void;
  /** The calculator's chip: the catalog chip it was loaded from (if any), whether edited since, its figures and name. */
  current: { chip: string | null; edited: boolean; spec: ChipSpec; name: string };
}

interface Row {
  entry: CompareEntry;
  name: string;
  result: EvaluationResult;
}

type CompareHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

let lastKey = 0;
const nextKey = () => `compare-${(lastKey += 1)}`;

const catalogName = (chip: CatalogChip) => `${chip.vendor} ${chip.name}`;

function catalogEntry(id: string): CompareEntry | null {
  const chip = getChip(id);
  return chip ? { key: nextKey(), chip: chip.id, name: catalogName(chip), label: chip.name, spec: chip.spec } : null;
}

/** The calculator's chip as the comparison names it: the catalog's name while unedited, else its own, marked when edited. */
function currentName(ui: Ui, current: CompareContext['current']): string {
  const chip = current.chip && !current.edited ? getChip(current.chip) : undefined;
  if (chip) return catalogName(chip);
  const base = current.name.trim() || ui.m.share.unnamedChip;
  return current.edited ? ui.m.compare.edited(base) : base;
}

/** The distance to the nearest line, and what crossing it would make the chip. */
function marginCell(context: CompareContext, result: EvaluationResult) {
  const { ui, ruleSet } = context;
  const { compare, table, engine } = ui.m;
  const b = result.nearestBoundary;
  if (!b) return result.status === 'indeterminate' || result.status === 'invalid' ? table.noMargin : compare.noLine;
  const w = wordsIn(ui, ruleSet);
  const threshold = w.value(b.metric, b.threshold);
  const distance = b.direction === 'increase' ? table.shortOf(w.amount(b.metric, b.change ?? '0'), threshold) : table.over(w.amount(b.metric, b.change ?? '0'), threshold);
  return html`<strong>${engine.metric[b.metric]} ${distance}</strong>
    <span class="detail">${compare.after(engine.verdict(b.verdictAfter.status, b.verdictAfter.classification), ui.ruleSetWords.item(ruleSet, b.itemId).label)}</span>`;
}

export class CompareView implements ReactiveController {
  private entries: CompareEntry[] = [];
  private sort: Sort | null = null;
  private status = '';
  private unknownIds: string[] = [];
  private chartExpanded = false;

  /** Derived before each render: each entry's evaluation under `evaluatedUnder`, and the rows in the order shown. */
  private results = new Map<string, EvaluationResult>();
  private evaluatedUnder: ResolvedRuleSet | null = null;
  private rows: Row[] = [];

  private readonly picker: ChipPicker<Ui>;
  /** The row's neighbour (or the picker) after a removal: tried once, as the row it names renders in the next update. */
  private readonly focus: FocusAfterUpdate;

  /** `context` is null while the view is not shown: nothing is evaluated then. */
  constructor(private readonly host: CompareHost, private readonly context: () => CompareContext | null) {
    host.addController(this);
    this.focus = new FocusAfterUpdate(host, () => true);
    this.picker = new ChipPicker(host, () => catalog, (id) => id && this.addChip(id), {
      id: 'compare-chip', label: (ui) => ui.m.compare.pickerLabel, help: (ui) => ui.m.compare.pickerHelp, custom: false,
    });
  }

  hostUpdate(): void {
    const context = this.context();
    if (!context) return;
    const cached = context.ruleSet === this.evaluatedUnder ? this.results : new Map<string, EvaluationResult>();
    this.results = new Map(this.entries.map((e) => [e.key, cached.get(e.key) ?? evaluate(e.spec, context.ruleSet)]));
    this.evaluatedUnder = context.ruleSet;
    const rows = this.entries.map((entry) => ({ entry, name: entry.name, result: this.results.get(entry.key)! }));
    this.rows = sortRows(rows, this.sort, context.ruleSet, context.ui.m.lang);
  }

  /** Compares these catalog chips instead; an id not in the catalog is reported and left out. */
  load(ids: readonly string[]): void {
    const known = [...new Set(ids)].filter((id) => getChip(id));
    this.entries = known.map((id) => catalogEntry(id)!);
    this.unknownIds = ids.filter((id) => !getChip(id));
    this.status = '';
    this.host.requestUpdate();
  }

  private setState(change: { entries?: CompareEntry[]; sort?: Sort; status?: string; chartExpanded?: boolean }) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  private add(ui: Ui, entry: CompareEntry) {
    this.setState({ entries: [...this.entries, entry], status: ui.m.compare.added(entry.name) });
  }

  private addChip(id: string) {
    const ui = this.context()!.ui;
    const present = this.entries.find((e) => e.chip === id);
    if (present) this.setState({ status: ui.m.compare.already(present.name) });
    else {
      const entry = catalogEntry(id);
      if (entry) this.add(ui, entry);
    }
  }

  /** The calculator's chip: by its catalog id while it shows catalog figures, else as a snapshot of its figures, named apart from the others. */
  private addCurrent(ui: Ui, current: CompareContext['current']) {
    if (current.chip && !current.edited) {
      this.addChip(current.chip);
      return;
    }
    const base = currentName(ui, current);
    let name = base;
    for (let n = 2; this.entries.some((e) => e.name === name); n += 1) name = ui.m.compare.numbered(base, n);
    this.add(ui, { key: nextKey(), chip: null, name, label: name, spec: current.spec });
  }

  private remove(ui: Ui, row: Row) {
    const keys = this.rows.map((r) => r.entry.key);
    this.setState({
      entries: this.entries.filter((e) => e !== row.entry),
      status: ui.m.compare.removed(row.name),
    });
    this.focus.request(focusAfterRemoval(keys, keys.indexOf(row.entry.key), 'compare-chip-input'));
  }

  private sortBy(ui: Ui, key: SortKey) {
    const descending = this.sort?.key === key ? !this.sort.descending : false;
    this.setState({ sort: { key, descending }, status: ui.m.compare.sorted(ui.m.compare.columns[key] ?? key, !descending) });
  }

  private renderHeading(ui: Ui, key: SortKey) {
    const sorted = this.sort?.key === key ? this.sort : null;
    const icon = sorted ? (sorted.descending ? icons.sortDescending : icons.sortAscending) : icons.sortable;
    return html`<th scope="col" class=${key === 'tpp' || key === 'pd' ? 'num' : ''} aria-sort=${ifDefined(sorted ? (sorted.descending ? 'descending' : 'ascending') : undefined)}>
      <button type="button" class="sort" data-sort=${key} @click=${() => this.sortBy(ui, key)}>${ui.m.compare.columns[key]}${icon}</button>
    </th>`;
  }

  private renderRow(context: CompareContext, row: Row) {
    const { ui, ruleSet } = context;
    const w = wordsIn(ui, ruleSet);
    const { entry, result } = row;
    return html`<tr>
      <th scope="row"><span class="chip-name">${entry.name}</span>${entry.chip === null ? html`<span class="detail custom-tag">${ui.m.compare.customTag}</span>` : nothing}</th>
      <td>${renderVerdictBrief(ui, result, ruleSet)}</td>
      <td class="num">${tableMetric(ui, w, 'tpp', result)}</td>
      <td class="num">${tableMetric(ui, w, 'performanceDensity', result)}</td>
      <td>${marginCell(context, result)}</td>
      <td class="actions">
        <button type="button" part="button" class="remove" id="${entry.key}-remove" aria-label=${ui.m.compare.removeChip(entry.name)}
          @click=${() => this.remove(ui, row)}>${icons.remove}${ui.m.compare.remove}</button>
      </td>
    </tr>`;
  }

  private renderTable(context: CompareContext) {
    const { ui, ruleSet } = context;
    return scrollRegion(ui, 'compare-caption', html`<table class="data-table compare-table" part="compare-table" aria-describedby="compare-sort-help">
      <caption id="compare-caption">${ui.m.compare.caption(ui.ruleSetWords.title(ruleSet))}</caption>
      <thead>
        <tr>
          ${SORT_KEYS.map((key) => this.renderHeading(ui, key))}
          <th scope="col"><span class="vh">${ui.m.compare.removeColumn}</span></th>
        </tr>
      </thead>
      <tbody>${this.rows.map((row) => this.renderRow(context, row))}</tbody>
    </table>`);
  }

  render() {
    const context = this.context()!;
    const { ui, ruleSet, ruleSets, selected, onRuleSet, current } = context;
    const { compare } = ui.m;
    return html`<section class="view compare" part="compare" aria-labelledby="compare-heading">
      <div>
        <h3 id="compare-heading">${compare.heading}</h3>
        <p class="help">${compare.intro}</p>
      </div>
      <div class="compare-controls">
        ${this.picker.render(ui, null)}
        ${ruleSetField(ui, { id: 'compare-rule-set', value: selected, described: ruleSet, ruleSets, onChange: onRuleSet })}
      </div>
      <button type="button" part="button" class="add-current" id="compare-add-current" @click=${() => this.addCurrent(ui, current)}>
        ${icons.add}${compare.addCurrent(currentName(ui, current))}
      </button>
      ${this.unknownIds.length ? html`<p class="error">${icons.warning}<span>${compare.unknownChips(ui.m.engine.and(this.unknownIds.map((id) => `“${id}”`)))}</span></p>` : nothing}
      <p class="compare-status help" role="status">${this.status}</p>
      ${this.rows.length
        ? html`<p class="vh" id="compare-sort-help">${compare.sortHelp}</p>
          ${this.renderTable(context)}
          ${renderChart({
            ui, words: wordsIn(ui, ruleSet), ruleSet,
            points: this.rows.map((r) => ({ label: r.entry.label, result: r.result })),
            expanded: this.chartExpanded,
            onToggle: () => this.setState({ chartExpanded: !this.chartExpanded }),
          })}`
        : html`<p class="empty">${compare.empty}</p>`}
      <p class="legal">${ui.m.working.notLegalAdvice}</p>
    </section>`;
  }
}

/** Adopted into the shadow root when this chunk arrives. */
// The chart's own styles too: the comparison may be opened before the working, which brings them, ever was.
export const styles = [dataTableStyles, verdictBriefStyles, chartStyles, ownStyles];
