/**
 * The rule-set JSON Schema's condition definitions and status enum, derived from the engine's
 * metric registry and status list. `npm run schema` writes them into src/data/rule-set.schema.json;
 * test/core/rule-set-schema.test.ts fails while the file differs from them.
 */
import { METRICS, METRIC_NAMES, OPERATORS, RULE_SET_STATUSES, type MetricName } from '../src/core/index.js';

const byKind = (kind: string) => METRIC_NAMES.filter((m: MetricName) => METRICS[m].kind === kind);
const condition = (metrics: string[], op: object, threshold: object) => ({
  type: 'object',
  required: ['metric', 'op', 'threshold'],
  properties: { metric: { enum: metrics }, op, threshold },
  additionalProperties: false,
});

export function generatedSchemaParts() {
  return {
    status: { enum: [...RULE_SET_STATUSES] },
    condition: {
      description: 'A comparison of one metric with a threshold. Numeric metrics take a decimal (number or decimal string) and any operator; dates take an ISO date and any operator; true/false metrics and texts (a classification, an item kind) take ==. The metrics controlled and classification exist only in outcomes. Generated from the metric registry (npm run schema).',
      oneOf: [
        condition(byKind('number'), { enum: [...OPERATORS] }, { $ref: '#/$defs/decimal' }),
        condition(byKind('date'), { enum: [...OPERATORS] }, { $ref: '#/$defs/date' }),
        condition(byKind('boolean'), { const: '==' }, { type: 'boolean' }),
        condition(byKind('text'), { const: '==' }, { type: 'string' }),
      ],
    },
  };
}
