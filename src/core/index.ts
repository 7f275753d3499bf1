/**
 * compute-threshold-calculator/core: the DOM-free engine. Turns a chip spec into TPP, performance
 * density and bandwidth metrics, and evaluates them, clause by clause, against a rule set.
 */
export {
  evaluateVerdict, openInputs, prepareSpec, wordsOf, type PreparedSpec,
  type EvaluationResult, type EvaluatedResult, type InvalidResult, type DecidingInput, type RuleSetSummary,
} from './verdict.js';
export { evaluate, explainResult, renderSteps, type EvaluateOptions } from './evaluate.js';
export type { Metrics, EntryFigure, ProcessingUnitFigure, BitLengthAmbiguity, DensityGap, ItemKind, TrainingMetrics } from './metrics/figures.js';
export { H100_TPP, H100_EIGHT_BIT_TERA_OPS } from './metrics/figures.js';
export { computeMetrics } from './compute-metrics.js';
export {
  validateSpec, SPEC_FIELDS, ENTRY_FIELDS, DIE_FIELDS, HBM_FIELDS, ITEM_KINDS, TARIFF_EXEMPTIONS,
  TRAINING_FIELDS, CLUSTER_FIELDS, MODEL_FIELDS, PER_CHIP_FIELDS, TRAINING_ROUTES,
  type ChipSpec, type ThroughputEntry, type Die, type HbmStack, type NumberInput, type TariffExemption,
  type TrainingRunSpec, type TrainingCluster, type TrainingModel, type PerChipRate, type ItemSpec,
} from './spec.js';
export { pathText, type FieldError, type ErrorCode, type ErrorParams, type Expected, type Path } from './errors.js';
export { validateRuleSet } from './rules/validate.js';
export { isIsoDate, isRecord, isWebUrl, quoted } from './util.js';
export {
  ruleSets, getRuleSet, loadRuleSets, linesOf, isBuiltIn, ruleSetsFor, defaultRuleSetId, DEFAULT_RULE_SET_ID, DEFAULT_TRAINING_RULE_SET_ID,
} from './rule-sets.js';
export type { Line } from './lines.js';
export { isCountryCode, groupsOf, inGroup, COUNTRY_GROUPS, type CountryGroup } from './countries.js';
export { countryGroups, validateCountryGroups, countryNotes, type CountryGroupsData } from './country-notes.js';
export {
  METRICS, METRIC_NAMES, LEVERS, INPUT_PATHS, isMetricName,
  type MetricName, type MetricDefinition, type InputName, type Lever, type NumericLever,
} from './metrics/registry.js';
export { UNITS, FORMAT_BIT_LENGTHS, AMBIGUOUS_FORMATS, type Unit, type Format } from './units.js';
export { formatNumber, formatPercent, formatScientific, ENGLISH_NUMBERS, type NumberStyle } from './format.js';
export { en, enSteps } from './explain/en.js';
export { enWords } from './explain/en-words.js';
export { translatedWords } from './explain/translated-words.js';
export { wordsFor, ORIGINAL_WORDS, OPERATOR_SYMBOLS, type EngineMessages, type WordsMessages, type StepMessages, type Words, type ItemWords, type RuleSetWords } from './explain/words.js';
export type { Step, StepCode, StepParams, EntryParams, PerChipParams, CountryRole } from './explain/steps.js';
export type { Boundary } from './boundary.js';
export type { Reading } from './readings.js';
export { allOf, anyOf, type Truth } from './rules/logic.js';
export { severityOf } from './rules/severity.js';
export type { ItemResult, ConditionResult, NodeResult, Status, Verdict } from './rules/classify.js';
export {
  OPERATORS, RULE_SET_STATUSES, EVIDENCE,
  type RuleSet, type ResolvedRuleSet, type Clause, type Exclusion, type Outcome, type Condition, type ConditionNode, type Operator,
  type Citation, type Source, type RuleSetStatus, type Scope, type Evidence,
} from './rules/types.js';
export { catalog, getChip, type CatalogChip } from './catalog.js';
export { ruleSetInForce, asOfSentence, DEFAULT_FAMILY, type AsOfChoice, type AsOfReason, type Standing } from './as-of.js';
export { deriveRuleSet, thresholdChanges, type ConditionRef, type ConditionEdit, type ThresholdChange } from './rules/edit.js';
export { conditionsOf, itemsOf } from './rules/items.js';
