/**
 * How a condition, a value and a margin read in the view. Formatting only: every value and margin
 * comes from the engine as a decimal string and is shown exactly (Intl.NumberFormat reads decimal
 * strings without binary rounding).
 */
import { METRIC_CATALOG, formatMetric, formatNumber, formatPercent, type Condition, type ConditionResult, type MetricName } from '../core/index.js';
import { LOCALE, msg } from '../i18n/messages.js';

/** Enough decimals that a threshold is shown in full: it is the rule's own number. */
const EXACT = 20;
const OP_SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<': '<', '<=': '≤', '==': '=' };

const infoOf = (metric: string) => METRIC_CATALOG[metric as MetricName];

/** The decimals the engine shows a metric with. */
export function metricDecimals(metric: string): number {
  return infoOf(metric)?.decimals ?? 2;
}

export function metricLabel(metric: string): string {
  return infoOf(metric)?.label ?? metric;
}

function plainValue(value: string): string {
  return value === 'true' ? msg.yes : value === 'false' ? msg.no : value;
}

/** A metric value with its unit, with enough decimals not to blur it into `near`. */
export function metricValue(metric: string, value: string, near?: string): string {
  return infoOf(metric)?.kind === 'number' ? formatMetric(metric as MetricName, value, near) : plainValue(value);
}

/** "≥ 4,800", "< 5.92", "= no". */
export function requirementText(c: Pick<Condition, 'metric' | 'op' | 'threshold'>): string {
  const info = infoOf(c.metric);
  const threshold = String(c.threshold);
  const shown = info?.kind === 'number' ? `${formatNumber(threshold, EXACT, undefined, LOCALE)}${info.unit ? ` ${info.unit}` : ''}` : plainValue(threshold);
  return `${OP_SYMBOL[c.op] ?? c.op} ${shown}`;
}

/** "TPP ≥ 4,800". */
export function conditionText(c: Pick<Condition, 'metric' | 'op' | 'threshold'>): string {
  return `${metricLabel(c.metric)} ${requirementText(c)}`;
}

/** A condition's value as evaluated: unknown, absent (PD without a non-planar die), or the value. */
export function conditionValue(c: ConditionResult): string {
  if (c.value === null) return c.met === false ? msg.valueAbsent : msg.valueUnknown;
  return metricValue(c.metric, c.value, c.threshold);
}

/** A signed difference, e.g. "+11,032" or "−0.29"; the sign is the engine's, the digits are exact. */
export function signedNumber(difference: string, decimals: number): string {
  const negative = difference.startsWith('-');
  const magnitude = formatNumber(negative ? difference.slice(1) : difference, decimals, '0', LOCALE);
  return /^[0.,]+$/.test(magnitude) ? magnitude : `${negative ? '−' : '+'}${magnitude}`;
}

export function marginText(c: ConditionResult): string {
  if (!c.margin) return msg.noMargin;
  const absolute = signedNumber(c.margin.absolute, metricDecimals(c.metric));
  return msg.margin(absolute, c.margin.relative === null ? null : formatPercent(c.margin.relative, LOCALE));
}
