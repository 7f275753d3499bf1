/**
 * Every line a rule set draws, with where a result stands against each: the value's margin to it,
 * and, for each lever that moves the metric, the lever's value on the line. For a training cluster
 * that is the day the run crosses each line ("days to threshold"); for a shipment, the number of
 * chips that reaches a cap. Computed on demand (`explainResult`), never on the verdict path.
 */
import { Decimal } from './decimal.js';
import type { ChipFigures } from './metrics/figures.js';
import { LEVERS, METRICS, inverseOf, type MetricName, type NumericLever } from './metrics/registry.js';
import type { MetricContext } from './rules/classify.js';
import type { CompiledRuleSet } from './rules/compile.js';
import type { Operator } from './rules/types.js';

export interface Line {
  metric: MetricName;
  threshold: string;
  /** The operator of the first item that tests the line. */
  op: Operator;
  /** The clauses, notes and outcomes that test it, in the rule set's order. */
  items: string[];
  /** The metric's value, a decimal string; null when it is unknown or does not exist. */
  value: string | null;
  /** value − threshold, and as a fraction of the threshold; null when the value is unknown. */
  margin: { absolute: string; relative: string | null } | null;
  /**
   * For each lever that moves the metric, the lever's value that brings the metric onto the line:
   * days of training (`trainingDays`), a number of chips (`quantity`), the run's compute
   * (`runCompute`), a bandwidth, or the throughput's relative change (`throughput`).
   */
  at: Partial<Record<NumericLever, string>>;
}

const NUMERIC_LEVERS = Object.keys(LEVERS) as NumericLever[];

/** The lines of a compiled rule set on numeric metrics, each metric's ascending, metrics in the order first tested. */
export function ruleLines(compiled: CompiledRuleSet, figures: ChipFigures, context: MetricContext): Line[] {
  const found = new Map<string, Line>();
  const items = [...(compiled.scope ? [compiled.scope] : []), ...compiled.clauses, ...compiled.exclusions, ...compiled.outcomes];
  for (const item of items) {
    for (const c of item.conditions) {
      if (!(c.threshold instanceof Decimal) || METRICS[c.metric].phase !== 'classification') continue;
      const key = `${c.metric} ${c.threshold.toString()}`;
      const line = found.get(key);
      if (line) {
        if (!line.items.includes(item.id)) line.items.push(item.id);
        continue;
      }
      const value = context[c.metric];
      const known = value instanceof Decimal ? value : null;
      const absolute = known?.minus(c.threshold) ?? null;
      const at: Line['at'] = {};
      for (const lever of NUMERIC_LEVERS) {
        const to = inverseOf(c.metric, lever)?.(c.threshold, figures) ?? null;
        if (to !== null) at[lever] = LEVERS[lever].reported(to).toString();
      }
      found.set(key, {
        metric: c.metric, threshold: c.threshold.toString(), op: c.op, items: [item.id],
        value: known?.toString() ?? null,
        margin: absolute ? { absolute: absolute.toString(), relative: c.threshold.isZero() ? null : absolute.dividedBy(c.threshold).toString() } : null,
        at,
      });
    }
  }
  const order = [...new Set([...found.values()].map((l) => l.metric))];
  return [...found.values()].sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric) || new Decimal(a.threshold).comparedTo(b.threshold));
}
