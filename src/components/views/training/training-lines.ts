/**
 * Every line of the rule set, as the engine lists them (`result.lines`): what it needs, the run's
 * value, whether it is crossed (the truth of the condition the engine evaluated), the distance to it,
 * and, for a cluster, the days of training on which the run reaches it.
 *
 * Part: `training-lines`.
 */
import { html, nothing } from 'lit';
import { Decimal } from '../../../core/decimal.js';
import type { Words } from '../../../core/explain/words.js';
import type { Line } from '../../../core/lines.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { Truth } from '../../../core/rules/logic.js';
import type { EvaluatedResult } from '../../../core/verdict.js';
import { scrollRegion } from '../../controls/data-table.js';
import { icons } from '../../controls/icons.js';
import type { Ui } from '../../controls/ui.js';
import type { TrainingMessages } from './training-messages.js';

/** Whether the line is crossed, as the engine evaluated the condition that draws it. */
function crossed(result: EvaluatedResult, line: Line): Truth {
  const items = [...(result.scope ? [result.scope] : []), ...result.clauses, ...result.exclusions, ...result.outcomes];
  const item = items.find((i) => i.id === line.items[0]);
  return item?.conditions.find((c) => c.metric === line.metric && c.threshold === line.threshold)?.met
    ?? item?.conditions.find((c) => c.metric === line.metric && new Decimal(c.threshold).equals(line.threshold))?.met ?? null;
}

/** How far the value is from the line, whose threshold the row shows: "2.79 × 10²⁵ FLOP over", "on the line". */
function distance(ui: Ui, t: TrainingMessages, w: Words, line: Line): string {
  if (!line.margin || line.value === null) return ui.m.table.noMargin;
  const absolute = line.margin.absolute;
  if (new Decimal(absolute).isZero()) return t.onLine;
  return absolute.startsWith('-') ? t.shortBy(w.amount(line.metric, absolute)) : t.overBy(w.amount(line.metric, absolute));
}

function row(ui: Ui, t: TrainingMessages, w: Words, ruleSet: ResolvedRuleSet, result: EvaluatedResult, line: Line) {
  const { table } = ui.m;
  const items = line.items.map((id) => ui.ruleSetWords.item(ruleSet, id));
  const met = crossed(result, line);
  const days = line.at.trainingDays;
  return html`<tr class=${met === true ? 'met' : met === false ? 'unmet' : 'unknown'}>
    <th scope="row"><span class="line-label">${ui.m.engine.and(items.map((i) => i.label))}</span>
      ${items.length === 1 && items[0]!.title !== items[0]!.label ? html`<span class="detail">${items[0]!.title}</span>` : nothing}</th>
    <td class="needs">${w.requirement(line.metric, line.op, line.threshold)}</td>
    <td class="num">${line.value === null ? (met === false ? table.none : table.unknown) : w.value(line.metric, line.value)}</td>
    <td class="state">${met === true ? icons.yes : met === false ? icons.no : icons.unknown} ${met === true ? table.yes : met === false ? table.no : table.unknown}</td>
    <td>${distance(ui, t, w, line)}</td>
    <td class="num">${days === undefined ? table.noMargin : t.daysValue(w.number(days, 2))}</td>
  </tr>`;
}

export function renderTrainingLines(ui: Ui, t: TrainingMessages, w: Words, ruleSet: ResolvedRuleSet, result: EvaluatedResult) {
  const lines = result.lines;
  if (!lines.length) return html`<p class="help">${t.noLines}</p>`;
  const columns = ['line', 'needs', 'value', 'crossed', 'distance', 'days'];
  return scrollRegion(ui, 'training-lines-caption', html`<table class="data-table training-lines" part="training-lines">
    <caption id="training-lines-caption">${t.linesCaption(ui.ruleSetWords.title(ruleSet))}</caption>
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${c === 'value' || c === 'days' ? 'num' : ''}>${t.columns[c]}</th>`)}</tr></thead>
    <tbody>${lines.map((line) => row(ui, t, w, ruleSet, result, line))}</tbody>
  </table>`);
}
