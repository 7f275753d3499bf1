/**
 * The catalog view: every catalog chip with its TPP, PD and the engine's verdict under each
 * built-in rule set, and the same as a CSV file. The evaluations (chips × rule sets) run the first
 * time the view is shown and are kept: neither the catalog nor the built-in rule sets change.
 *
 * Parts: `catalog` (the view), `catalog-table` (the table).
 */
import { css, html, type ReactiveControllerHost } from 'lit';
import { catalog, evaluate, ruleSets, type CatalogChip, type EvaluationResult, type ResolvedRuleSet } from '../core/index.js';
import { msg } from '../i18n/messages.js';
import { csvText, type CsvCell } from './csv.js';
import { scrollRegion, tableMetric } from './data-table.js';
import { icons } from './icons.js';
import { downloadText } from './share.js';
import { renderVerdictBrief } from './verdict-brief.js';

export const catalogTableStyles = css`
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

/** Every catalog chip under every built-in rule set, evaluated on the first call only. */
export function catalogRows(): readonly CatalogRow[] {
  rows ??= catalog.map((chip) => ({ chip, results: ruleSets.map((ruleSet) => evaluate(chip.spec, ruleSet, { verdictOnly: true })) }));
  return rows;
}

const decimal = (value: string | null | undefined): CsvCell => (value === null || value === undefined ? null : { number: value });
const joined = (items: string[]): CsvCell => (items.length ? items.join('; ') : null);

/** A result's columns: the status and classification as the engine names them, the note, consequences and missing inputs in words. */
function resultCells(result: EvaluationResult): CsvCell[] {
  return [
    result.status,
    result.classification,
    result.exclusions.find((e) => e.id === result.excludedBy)?.title ?? null,
    joined(result.outcomes.filter((o) => o.met === true).map((o) => o.title)),
    joined([...new Set(result.decidedBy.map((d) => d.label))]),
  ];
}

/**
 * The rows as CSV: the chip, its TPP and PD as the engine's exact decimal strings, and five columns
 * per rule set (given in the order of each row's results).
 */
export function catalogCsv(catalogRows: readonly CatalogRow[], sets: readonly ResolvedRuleSet[]): string {
  const header = [...msg.csvColumns, ...sets.flatMap((r) => msg.csvRuleSetColumns(r.id))];
  return csvText([
    header,
    ...catalogRows.map(({ chip, results }) => [
      chip.id, chip.vendor, chip.name, { number: String(chip.year) },
      decimal(results[0]?.metrics?.tpp), decimal(results[0]?.metrics?.performanceDensity),
      ...results.flatMap(resultCells),
    ]),
  ]);
}

/** The catalog view; it keeps only the message about the last download, and asks the host to render it. */
export class CatalogTable {
  private message = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  private download() {
    try {
      downloadText(msg.catalogFileName, catalogCsv(catalogRows(), ruleSets), 'text/csv;charset=utf-8');
      this.message = msg.downloaded(msg.catalogFileName);
    } catch {
      this.message = msg.downloadFailed;
    }
    this.host.requestUpdate();
  }

  render() {
    return html`<section class="view catalog" part="catalog" aria-labelledby="catalog-heading">
      <div>
        <h3 id="catalog-heading">${msg.catalogHeading}</h3>
        <p class="help">${msg.catalogIntro}</p>
      </div>
      <div class="catalog-actions">
        <button type="button" part="button" id="catalog-download" @click=${() => this.download()}>${icons.download}${msg.catalogDownload}</button>
        <p class="action-status" role="status">${this.message}</p>
      </div>
      ${scrollRegion('catalog-caption', html`<table class="data-table catalog-table" part="catalog-table">
        <caption id="catalog-caption">${msg.catalogCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg.catalogColumns.chip}</th>
            <th scope="col" class="num">${msg.catalogColumns.year}</th>
            <th scope="col" class="num">${msg.catalogColumns.tpp}</th>
            <th scope="col" class="num">${msg.catalogColumns.pd}</th>
            ${ruleSets.map((r) => html`<th scope="col">${r.title}<span class="detail">${msg.ruleSetSummary(r.effective, r.status, r.citation.document)}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${catalogRows().map(({ chip, results }) => html`<tr>
            <th scope="row">${chip.vendor} ${chip.name}</th>
            <td class="num">${chip.year}</td>
            <td class="num">${tableMetric('tpp', results)}</td>
            <td class="num">${tableMetric('performanceDensity', results)}</td>
            ${results.map((result) => html`<td>${renderVerdictBrief(result)}</td>`)}
          </tr>`)}
        </tbody>
      </table>`)}
      <p class="legal">${msg.notLegalAdvice}</p>
    </section>`;
  }
}
