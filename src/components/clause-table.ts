/**
 * The clause-by-clause table: every clause, note and consequence of the rule set with each of its
 * conditions, the value, the requirement, whether it is met and by what margin, all as the engine
 * evaluated them. At narrow widths each row stacks into labelled lines.
 */
import { css, html, nothing } from 'lit';
import type { EvaluationResult, ItemResult, Truth } from '../core/index.js';
import { msg } from '../i18n/messages.js';
import { conditionValue, marginText, metricLabel, requirementText } from './format-condition.js';
import { icons } from './icons.js';

type Kind = 'clause' | 'exclusion' | 'outcome';

export const KIND_LABEL: Record<Kind, string> = { clause: msg.kindClause, exclusion: msg.kindExclusion, outcome: msg.kindOutcome };

function truthIcon(met: Truth) {
  return met === true ? icons.yes : met === false ? icons.no : icons.unknown;
}

function truthClass(met: Truth) {
  return met === true ? 'met' : met === false ? 'unmet' : 'unknown';
}

function itemState(kind: Kind, met: Truth): string {
  if (met === null) return msg.itemUnknown;
  if (kind === 'clause') return met ? msg.itemHolds : msg.itemFails;
  return met ? msg.itemApplies : msg.itemNotApplies;
}

function itemRows(kind: Kind, item: ItemResult) {
  return html`<tbody class="item ${truthClass(item.met)}">
    <tr class="item-head">
      <th scope="rowgroup" colspan="5">
        <span class="kind">${KIND_LABEL[kind]}</span>
        <span class="item-id">${item.id}</span>
        <span class="item-title">${item.title}</span>
        <span class="state ${truthClass(item.met)}">${truthIcon(item.met)} ${itemState(kind, item.met)}</span>
        ${item.classification ? html`<span class="classifies">${msg.classifiesAs(item.classification)}</span>` : nothing}
      </th>
    </tr>
    ${item.conditions.map((c) => html`<tr class="condition">
      <td data-label=${msg.columnCondition} class="metric"><span>${metricLabel(c.metric)}</span></td>
      <td data-label=${msg.columnValue}><span>${conditionValue(c)}</span></td>
      <td data-label=${msg.columnNeeds}><span>${requirementText(c)}</span></td>
      <td data-label=${msg.columnMet} class="state ${truthClass(c.met)}"><span>${truthIcon(c.met)} ${c.met === true ? msg.conditionMet : c.met === false ? msg.conditionNotMet : msg.conditionUnknown}</span></td>
      <td data-label=${msg.columnMargin}><span>${marginText(c)}</span></td>
    </tr>`)}
  </tbody>`;
}

export function renderClauseTable(result: EvaluationResult) {
  const groups: [Kind, ItemResult[]][] = [['clause', result.clauses], ['exclusion', result.exclusions], ['outcome', result.outcomes]];
  return html`<table class="clauses" part="clause-table">
    <caption>${msg.clauseTableCaption}</caption>
    <thead>
      <tr>
        <th scope="col">${msg.columnCondition}</th>
        <th scope="col">${msg.columnValue}</th>
        <th scope="col">${msg.columnNeeds}</th>
        <th scope="col">${msg.columnMet}</th>
        <th scope="col">${msg.columnMargin}</th>
      </tr>
    </thead>
    ${groups.flatMap(([kind, items]) => items.map((item) => itemRows(kind, item)))}
  </table>`;
}

export const clauseTableStyles = css`
  .clauses {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .clauses caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.4rem;
  }
  .clauses th,
  .clauses td {
    text-align: start;
    vertical-align: top;
    padding: 0.3rem 0.45rem;
  }
  .clauses thead th {
    font-size: 0.85em;
    color: var(--_muted);
    border-bottom: 2px solid var(--_border);
  }
  .clauses .item-head th {
    font-weight: normal;
    background: var(--_raised);
    border-top: 1px solid var(--_border);
  }
  .clauses .item-head th > span + span {
    margin-inline-start: 0.45em;
  }
  .kind {
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .item-id {
    font-weight: 700;
  }
  .item.unmet .item-id,
  .item.unmet .item-title {
    color: var(--_muted);
  }
  .state {
    white-space: nowrap;
    font-weight: 600;
  }
  .classifies {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .state.met {
    color: var(--_controlled);
  }
  .state.unknown {
    color: var(--_undecided);
  }
  .clauses .metric > span {
    display: inline-block;
  }
  .clauses .metric > span::first-letter {
    text-transform: uppercase;
  }
  @container result (max-width: 30rem) {
    .clauses thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .clauses tr.condition {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.2rem 0.5rem;
      padding: 0.35rem 0.45rem;
      border-bottom: 1px dashed var(--_border);
    }
    .clauses tr.condition td {
      display: flex;
      flex-direction: column;
      padding: 0;
    }
    .clauses tr.condition td:last-child {
      grid-column: span 2;
    }
    .clauses tr.condition td::before {
      content: attr(data-label);
      color: var(--_muted);
      font-size: 0.8em;
      font-weight: normal;
    }
    .clauses .item-head,
    .clauses .item-head th {
      display: block;
    }
    .state {
      white-space: normal;
    }
  }
`;
