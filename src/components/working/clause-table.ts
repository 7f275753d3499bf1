/**
 * The clause-by-clause table: the rule set's scope, every clause, note and consequence with each of
 * its conditions, the value, the requirement, whether it is met and how far the value is from the
 * line, in words ("32 short of 2,400", "768 over 1,600": "short of" is always below the line and
 * "over" above it, whatever the requirement). Only a clause that holds is drawn in the colour of
 * control; a note or consequence that applies is not. At narrow widths each row stacks into
 * labelled lines.
 *
 * Part: `clause-table`.
 */
import { css, html, nothing } from 'lit';
import type { Words } from '../../core/explain/words.js';
import { METRICS, type MetricDefinition } from '../../core/metrics/registry.js';
import type { ConditionResult, ItemResult } from '../../core/rules/classify.js';
import type { Truth } from '../../core/rules/logic.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import type { EvaluatedResult } from '../../core/verdict.js';
import { icons } from '../controls/icons.js';
import type { Ui } from '../controls/ui.js';

type Kind = 'scope' | 'clause' | 'exclusion' | 'outcome';

function truthIcon(met: Truth) {
  return met === true ? icons.yes : met === false ? icons.no : icons.unknown;
}

function truthClass(met: Truth) {
  return met === true ? 'met' : met === false ? 'unmet' : 'unknown';
}

function itemState({ m }: Ui, kind: Kind, met: Truth): string {
  if (met === null) return m.table.unknown;
  if (kind === 'clause') return met ? m.table.holds : m.table.fails;
  return met ? m.table.applies : m.table.notApplies;
}

/** A condition's value as shown: unknown, none (PD without a non-planar die), a date, yes/no, or the figure. */
export function conditionValue(ui: Ui, w: Words, c: Pick<ConditionResult, 'metric' | 'value' | 'met'>): string {
  const { table } = ui.m;
  if (c.value === null) return c.met === false ? table.none : table.unknown;
  const kind = METRICS[c.metric].kind;
  if (kind === 'number') return w.value(c.metric, c.value);
  if (kind === 'boolean') return c.value === 'true' ? table.yes : table.no;
  if (kind === 'date') return c.value === 'never' ? table.none : ui.m.engine.date(c.value);
  return c.value;
}


/** How far the value is from the line, in words: below it ("short of"), above it ("over"), or on it. */
export function distanceText(ui: Ui, w: Words, c: ConditionResult): string {
  const { table } = ui.m;
  if (!c.margin || c.value === null) return table.noMargin;
  const threshold = w.value(c.metric, c.threshold);
  const absolute = c.margin.absolute;
  if (/^-?0(\.0*)?$/.test(absolute)) return table.at(threshold);
  const distance = absolute.startsWith('-') ? table.shortOf(w.amount(c.metric, absolute), threshold) : table.over(w.amount(c.metric, absolute), threshold);
  // A cap reads as a multiple: "1.50× the line" says more than "397,400,000 over".
  const { relative } = c.margin;
  const def: MetricDefinition = METRICS[c.metric];
  return def.compare === 'multiple' && relative !== null ? table.multiple(distance, w.multipleOfLine(relative)) : distance;
}

function byReading(ui: Ui, w: Words, c: ConditionResult) {
  if (!c.byReading) return nothing;
  const values = c.byReading.map((r) => conditionValue(ui, w, { ...c, value: r.value, met: r.met })).join(' / ');
  return html`<span class="detail">${ui.m.table.byReading(values)}</span>`;
}

/**
 * The conditions a row shows: all of a clause's or note's; of a consequence, those on the chip's
 * figures (its conditions on the classification are said by its heading); none of the scope.
 */
function shownConditions(kind: Kind, item: ItemResult): ConditionResult[] {
  if (kind === 'scope') return [];
  if (kind === 'outcome') return item.conditions.filter((c) => METRICS[c.metric].phase !== 'outcome');
  return item.conditions;
}

function itemRows(ui: Ui, w: Words, ruleSet: ResolvedRuleSet, kind: Kind, item: ItemResult) {
  const { table } = ui.m;
  const words = kind === 'scope' ? { label: table.scope, title: ui.ruleSetWords.covers(ruleSet), text: null } : ui.ruleSetWords.item(ruleSet, item.id);
  const source = [...ruleSet.clauses, ...ruleSet.exclusions, ...ruleSet.outcomes].find((i) => i.id === item.id);
  const kindLabel = { scope: table.scope, clause: table.clause, exclusion: table.note, outcome: table.outcome }[kind];
  return html`<tbody class="item ${kind} ${truthClass(item.met)}">
    <tr class="item-head">
      <th scope="rowgroup" colspan="5">
        <span class="kind">${kindLabel}</span>
        ${kind === 'clause' ? html`<span class="item-id">${words.label}</span>` : nothing}
        <span class="item-title">${words.title}</span>
        <span class="state ${truthClass(item.met)}">${truthIcon(item.met)} ${itemState(ui, kind, item.met)}</span>
        ${item.classification ? html`<span class="classifies">${table.classifies(ui.ruleSetWords.classification(ruleSet, item.classification))}</span>` : nothing}
        ${source?.evidence && source.evidence !== 'primary' ? html`<span class="classifies">(${table.evidence[source.evidence]})</span>` : nothing}
      </th>
    </tr>
    ${shownConditions(kind, item).map((c) => html`<tr class="condition">
      <td data-label=${table.condition} class="metric"><span>${ui.m.engine.metric[c.metric]}</span></td>
      <td data-label=${table.value}><span>${conditionValue(ui, w, c)}${byReading(ui, w, c)}</span></td>
      <td data-label=${table.needs}><span>${w.requirement(c.metric, c.op, c.threshold)}</span></td>
      <td data-label=${table.met} class="state ${truthClass(c.met)}"><span>${truthIcon(c.met)} ${c.met === true ? table.yes : c.met === false ? table.no : table.unknown}</span></td>
      <td data-label=${table.margin}><span>${distanceText(ui, w, c)}</span></td>
    </tr>`)}
  </tbody>`;
}

export function renderClauseTable(ui: Ui, w: Words, result: EvaluatedResult, ruleSet: ResolvedRuleSet) {
  const { table } = ui.m;
  const groups: [Kind, ItemResult[]][] = [
    ['scope', result.scope ? [result.scope] : []], ['clause', result.clauses], ['exclusion', result.exclusions], ['outcome', result.outcomes],
  ];
  return html`<table class="clauses" part="clause-table">
    <caption>${table.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${table.condition}</th>
        <th scope="col">${table.value}</th>
        <th scope="col">${table.needs}</th>
        <th scope="col">${table.met}</th>
        <th scope="col">${table.margin}</th>
      </tr>
    </thead>
    ${groups.flatMap(([kind, items]) => items.map((item) => itemRows(ui, w, ruleSet, kind, item)))}
  </table>`;
}

export const clauseTableStyles = css`
  .clauses {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    line-height: 1.3;
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
    padding: 0.2rem 0.4rem;
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
  .clauses .kind {
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .clauses .item-id {
    font-weight: 700;
  }
  .clauses .item.unmet .item-id,
  .clauses .item.unmet .item-title {
    color: var(--_muted);
  }
  .clauses .state {
    white-space: nowrap;
    font-weight: 600;
  }
  .clauses .classifies,
  .clauses .detail {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .clauses .detail {
    display: block;
    font-weight: normal;
  }
  /* The colour of control is for clauses that hold; a note or consequence that applies is only marked by its icon and words. */
  .clauses .item.clause .state.met {
    color: var(--_controlled);
  }
  .clauses .state.unknown {
    color: var(--_undecided);
  }
  .clauses .metric > span {
    display: inline-block;
  }
  .clauses .metric > span::first-letter {
    text-transform: uppercase;
  }
  /* Narrow: each condition on two lines, "TPP 2,368 ✕ no" over "≥ 2,400 · 32 short of 2,400"; the column headings read out by their labels. */
  @container ctc (max-width: 34rem) {
    .clauses thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .clauses tr.condition {
      display: grid;
      grid-template-columns: auto auto minmax(0, 1fr) auto;
      grid-template-areas: 'metric value . met' 'needs margin margin margin';
      gap: 0 0.5rem;
      padding: 0.25rem 0.4rem;
      border-bottom: 1px dashed var(--_border);
    }
    .clauses tr.condition td {
      padding: 0;
    }
    .clauses tr.condition td:nth-child(1) { grid-area: metric; }
    .clauses tr.condition td:nth-child(2) { grid-area: value; font-weight: 600; }
    .clauses tr.condition td:nth-child(3) { grid-area: needs; color: var(--_muted); }
    .clauses tr.condition td:nth-child(4) { grid-area: met; }
    .clauses tr.condition td:nth-child(5) { grid-area: margin; color: var(--_muted); }
    .clauses .item-head,
    .clauses .item-head th {
      display: block;
    }
    .clauses .state {
      white-space: normal;
    }
  }
`;
