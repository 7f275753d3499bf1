/**
 * The catalog view: every catalog chip with its TPP, PD and the engine's verdict under each
 * built-in rule set, and the same as a CSV file. The evaluations (chips × rule sets) run the first
 * time the view is shown and are kept: neither the catalog nor the built-in rule sets change.
 *
 * Parts: `catalog` (the view), `catalog-table` (the table).
 */
import { css, html, type ReactiveControllerHost } from 'lit';
import { catalog, type CatalogChip } from '../../../core/catalog.js';
import { ruleSets as builtIn } from '../../../core/rule-sets.js';
import { chipRuleSets } from '../../../model/rule-set-shape.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import { evaluateVerdict, prepareSpec, type EvaluationResult } from '../../../core/verdict.js';
import { csvText, type CsvCell } from '../../../model/csv.js';
import { dataTableStyles, scrollRegion, tableMetric } from '../../controls/data-table.js';
import { icons } from '../../controls/icons.js';
import { wordsIn, statusText, type Ui } from '../../controls/ui.js';
import { renderVerdictBrief, verdictBriefStyles } from '../../controls/verdict-brief.js';
import { downloadText } from '../share/share-actions.js';

/** The catalog's columns: every built-in rule set a chip can be checked against. */
const ruleSets = chipRuleSets(builtIn, '');

const ownStyles = css`
  .catalog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .catalog-table thead .detail {
    margin-top: 0.15rem;
  }
  .catalog-table th[scope='col']:nth-child(n + 5) {
    min-width: 11rem;
  }
`;

/** A chip and its evaluation under each rule set, in the rule sets' order. */
export interface CatalogRow {
  chip: CatalogChip;
  results: EvaluationResult[];
}

let rows: CatalogRow[] | undefined;

/** Every catalog chip under every built-in rule set, evaluated on the first call only (each chip's figures once). */
export function catalogRows(): readonly CatalogRow[] {
  rows ??= catalog.map((chip) => {
    const prepared = prepareSpec(chip.spec);
    return { chip, results: ruleSets.map((ruleSet) => evaluateVerdict(prepared, ruleSet)) };
  });
  return rows;
}

const decimal = (value: string | null | undefined): CsvCell => (value === null || value === undefined ? null : { number: value });
const joined = (items: string[]): CsvCell => (items.length ? items.join('; ') : null);

/** A result's columns: the status and classification as the engine names them, the note, consequences and missing inputs in words. */
function resultCells(ui: Ui, result: EvaluationResult, ruleSet: ResolvedRuleSet): CsvCell[] {
  const title = (id: string) => ui.ruleSetWords.item(ruleSet, id).title;
  return [
    result.status,
    result.classification,
    result.excludedBy ? title(result.excludedBy) : null,
    joined(result.outcomes.filter((o) => o.met === true).map((o) => title(o.id))),
    joined([...new Set(result.decidedBy.map((d) => ui.m.engine.input[d.input]))]),
  ];
}

/**
 * The rows as CSV: the chip, its TPP and PD as the engine's exact decimal strings (a file for
 * computing with, not for reading, so never rounded), and five columns per rule set (given in the
 * order of each row's results).
 */
export function catalogCsv(ui: Ui, catalogRows: readonly CatalogRow[], sets: readonly ResolvedRuleSet[]): string {
  const { catalog: c } = ui.m;
  const header = [...c.csvColumns, ...sets.flatMap((r) => c.csvRuleSetColumns(r.id))];
  return csvText([
    header,
    ...catalogRows.map(({ chip, results }) => [
      chip.id, chip.vendor, chip.name, { number: String(chip.year) },
      decimal(results[0]?.metrics?.tpp), decimal(results[0]?.metrics?.performanceDensity),
      ...results.flatMap((result, i) => resultCells(ui, result, sets[i]!)),
    ]),
  ]);
}

/** The catalog view; it keeps only the message about the last download, and asks the host to render it. */
export class CatalogView {
  private message = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  private download(ui: Ui) {
    const { catalog: c, share } = ui.m;
    try {
      // With a byte-order mark, so that spreadsheet programs read the file as UTF-8 (chip names, other languages).
      downloadText(c.fileName, `\ufeff${catalogCsv(ui, catalogRows(), ruleSets)}`, 'text/csv;charset=utf-8');
      this.message = share.downloaded(c.fileName);
    } catch {
      this.message = share.downloadFailed;
    }
    this.host.requestUpdate();
  }

  render(ui: Ui) {
    const { catalog: c } = ui.m;
    const w = wordsIn(ui, ruleSets[0]!);
    return html`<section class="view catalog" part="catalog" aria-labelledby="catalog-heading">
      <div>
        <h3 id="catalog-heading">${c.heading}</h3>
        <p class="help">${c.intro}</p>
      </div>
      <div class="catalog-actions">
        <button type="button" part="button" id="catalog-download" @click=${() => this.download(ui)}>${icons.download}${c.download}</button>
        <p class="action-status" role="status">${this.message}</p>
      </div>
      ${scrollRegion(ui, 'catalog-caption', html`<table class="data-table catalog-table" part="catalog-table">
        <caption id="catalog-caption">${c.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${c.columns.chip}</th>
            <th scope="col" class="num">${c.columns.year}</th>
            <th scope="col" class="num">${c.columns.tpp}</th>
            <th scope="col" class="num">${c.columns.pd}</th>
            ${ruleSets.map((r) => html`<th scope="col">${ui.ruleSetWords.shortTitle(r)}<span class="detail">${ui.m.ruleSet.summary(ui.m.engine.date(r.effective), statusText(ui, r), r.citation.document)}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${catalogRows().map(({ chip, results }) => html`<tr>
            <th scope="row">${chip.vendor} ${chip.name}</th>
            <td class="num">${chip.year}</td>
            <td class="num">${tableMetric(ui, w, 'tpp', results[0]!)}</td>
            <td class="num">${tableMetric(ui, w, 'performanceDensity', results[0]!)}</td>
            ${results.map((result, i) => html`<td>${renderVerdictBrief(ui, result, ruleSets[i]!)}</td>`)}
          </tr>`)}
        </tbody>
      </table>`)}
      <p class="legal">${ui.m.working.notLegalAdvice}</p>
    </section>`;
  }
}

/** Adopted into the shadow root when this chunk arrives. */
export const styles = [dataTableStyles, verdictBriefStyles, ownStyles];
