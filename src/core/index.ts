/**
 * compute-threshold-calculator/core: the DOM-free engine. Turns a chip spec into TPP, performance
 * density and bandwidth metrics, and evaluates them, clause by clause, against a rule set.
 */
export { evaluate, type EvaluateOptions, type EvaluationResult, type DecidingInput, type RuleSetSummary } from './evaluate.js';
export { computeMetrics, type Metrics, type EntryFigure, type ProcessingUnitFigure, type BitLengthAmbiguity, type DensityGap } from './metrics.js';
export { validateSpec, type ChipSpec, type ThroughputEntry, type Die, type HbmStack, type FieldError, type NumberInput } from './spec.js';
export { validateRuleSet, isWebUrl, isIsoDate } from './rules/validate.js';
export { ruleSets, getRuleSet, loadRuleSets, DEFAULT_RULE_SET_ID } from './rule-sets.js';
export { METRIC_CATALOG, type MetricName } from './rules/metric-catalog.js';
export { UNITS, FORMAT_BIT_LENGTHS, type Unit, type Format } from './units.js';
export { formatNumber, formatPercent } from './format.js';
export { formatMetric } from './explain.js';
export type { Boundary, Lever, Verdict } from './boundary.js';
export type { ItemResult, ConditionResult, NodeResult, Status, Truth } from './rules/evaluate.js';
export type { RuleSet, ResolvedRuleSet, Clause, Exclusion, Outcome, Condition, ConditionNode, Operator, Citation, Source, RuleSetStatus } from './rules/types.js';
export { catalog, getChip, type CatalogChip } from './catalog.js';
export { ruleSetInForce, DEFAULT_FAMILY, type AsOfChoice, type Standing } from './as-of.js';
export { deriveRuleSet, thresholdChanges, type ConditionRef, type ConditionEdit, type ThresholdChange } from './rules/edit.js';
