import type { FieldError } from './errors.js';
import { figuresOf, metricsOf, type Metrics } from './metrics/figures.js';
import { validateSpec } from './spec.js';

/** Validates a spec and computes its metrics; errors instead of metrics when it is invalid. */
export function computeMetrics(raw: unknown): { metrics: Metrics; errors: [] } | { metrics: null; errors: FieldError[] } {
  const checked = validateSpec(raw);
  if (checked.spec === null) return { metrics: null, errors: checked.errors };
  return { metrics: metricsOf(checked.spec, figuresOf(checked.spec)), errors: [] };
}
