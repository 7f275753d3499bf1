/**
 * The verdict path (`evaluateVerdict`): validates a spec, computes its figures and decides which
 * items of a rule set hold; the metrics as decimal strings and each item in detail are worked out
 * when first read. What would change the verdict and the explanation are added by `explainResult`
 * (evaluate.ts), which a page that shows only the verdict never loads.
 */
import type { Boundary } from './boundary.js';
import type { FieldError, Path } from './errors.js';
import { enWords } from './explain/en-words.js';
import type { Step } from './explain/steps.js';
import { wordsFor, type RuleSetWords, type Words, type WordsMessages } from './explain/words.js';
import { ambiguousEntries, figuresOf, metricsOf, otherReading, type ChipFigures, type Metrics } from './metrics/figures.js';
import type { Line } from './lines.js';
import { INPUT_PATHS, METRICS, METRIC_NAMES, decidingInputs, type InputName, type MetricName } from './metrics/registry.js';
import { mergeItemResults, mergeSummaries, readingsDiffer, readingsOf, type Reading } from './readings.js';
import { builtInRuleSets, checkRuleSet, defaultRuleSetId, getRuleSet, linesOf } from './rule-set-registry.js';
import {
  itemResults, summarize, truthOfCondition,
  type ItemResult, type ItemResults, type MetricContext, type Status, type Summary, type Verdict,
} from './rules/classify.js';
import { compile, type CompiledRuleSet } from './rules/compile.js';
import { isResolved } from './rules/resolve.js';
import type { ResolvedRuleSet, RuleSet } from './rules/types.js';
import { fieldError, validateSpec, type NormalizedSpec } from './spec.js';
import { unique } from './util.js';

export type RuleSetSummary = Omit<ResolvedRuleSet, 'clauses' | 'exclusions' | 'outcomes'>;

/** An input that would settle an indeterminate answer. */
export interface DecidingInput {
  /** The unknown metric it settles. */
  metric: MetricName;
  input: InputName;
  /** The spec field to fill in, e.g. "dies", "datacenter" or "throughput[2].bitLength", and as a path. */
  field: string;
  path: Path;
  /** The input in English, e.g. "the die area". */
  label: string;
}

interface ResultFields {
  ruleSet: RuleSetSummary | null;
  classification: string | null;
  matchedClauses: string[];
  excludedBy: string | null;
  /** The item is outside what the rule set applies to (`ruleSet.scope`). */
  outOfScope: boolean;
  possibleClassifications: string[];
  decidedBy: DecidingInput[];
  /** The rule set's scope as evaluated; null when it applies to every item. */
  scope: ItemResult | null;
  clauses: ItemResult[];
  exclusions: ItemResult[];
  outcomes: ItemResult[];
  /**
   * The verdict under each reading of bit lengths the rules leave open (TF32 at 32 or 19 bits);
   * empty when the spec has none. What the readings disagree on is unknown in the result.
   */
  readings: Reading[];
  /** The smallest change of a figure that changes the verdict, and the nearest per lever. */
  nearestBoundary: Boundary | null;
  boundaries: Boundary[];
  /**
   * Every line of the rule set on a number, with the margin to it and, per lever, the lever's value
   * on it (e.g. the days of training at which a cluster's run reaches it). Empty on the verdict path.
   */
  lines: Line[];
  /** The explanation as structured steps, and in English. */
  steps: Step[];
  explanation: string[];
  warningSteps: Step[];
  warnings: string[];
}

/** A spec and rule set that could be evaluated. Decimal values are decimal strings. */
export interface EvaluatedResult extends ResultFields {
  status: Status;
  ruleSet: RuleSetSummary;
  metrics: Metrics;
  errors: [];
}

/** Input that could not be evaluated: `errors` name each field. */
export interface InvalidResult extends ResultFields {
  status: 'invalid';
  metrics: null;
  errors: FieldError[];
}

/** The public result contract of `evaluate`. */
export type EvaluationResult = EvaluatedResult | InvalidResult;

/**
 * What the verdict path works out for a spec and a rule set: the result's fields (the details
 * worked out when first read) and what explaining it needs. A result keeps it out of sight of JSON
 * and spreads.
 */
export interface Internals {
  compiled: CompiledRuleSet;
  spec: NormalizedSpec;
  figures: ChipFigures;
  context: MetricContext;
  ruleSet: RuleSetSummary;
  summary: Summary;
  readings: Reading[];
  metrics: () => Metrics;
  decidedBy: () => DecidingInput[];
  items: () => ItemResults;
  /** The verdict under the first reading: what a change of a figure is measured against. */
  current: Verdict;
  readingsDisagree: boolean;
  explained: boolean;
}

export const INTERNALS = Symbol('ctc.internals');
type WithInternals = EvaluatedResult & { [INTERNALS]?: Internals };

export function keepInternals(result: EvaluatedResult, internals: Internals): void {
  Object.defineProperty(result, INTERNALS, { value: internals });
}

export const internalsOf = (result: EvaluationResult) => (result.status === 'invalid' ? undefined : (result as WithInternals)[INTERNALS]);

const summaries = new WeakMap<ResolvedRuleSet, RuleSetSummary>();

function summaryOf(ruleSet: ResolvedRuleSet): RuleSetSummary {
  let summary = summaries.get(ruleSet);
  if (!summary) {
    const { clauses: _c, exclusions: _e, outcomes: _o, ...rest } = ruleSet;
    summary = Object.freeze(rest);
    summaries.set(ruleSet, summary);
  }
  return summary;
}

const unknownRuleSet = (given: string) => ({ errors: [fieldError(['ruleSet'], 'unknown-rule-set', { given, known: builtInRuleSets().map((r) => r.id) })] });

function resolveRuleSet(ruleSetOrId: unknown): { ruleSet: ResolvedRuleSet } | { errors: FieldError[] } {
  if (typeof ruleSetOrId === 'string') {
    const found = getRuleSet(ruleSetOrId);
    return found ? { ruleSet: found } : unknownRuleSet(`"${ruleSetOrId}"`);
  }
  // A rule set is checked once: built in, validated or derived, it is not checked again.
  if (isResolved(ruleSetOrId)) return { ruleSet: ruleSetOrId };
  const checked = checkRuleSet(ruleSetOrId);
  // Only a page that gives the engine a rule set before rule-sets.ts has loaded gets here.
  if (!checked) return unknownRuleSet('(a rule set given before the engine could check one)');
  if (checked.ruleSet) return { ruleSet: checked.ruleSet };
  return { errors: checked.errors.map((e) => fieldError(['ruleSet', ...e.path], e.code, e.params, e.params.item ? { at: 2, id: e.params.item } : undefined)) };
}

/** An answer refused for `errors` found outside the engine (a form's own checks), as the engine words it. */
export function refused(ruleSet: ResolvedRuleSet, errors: FieldError[]): InvalidResult {
  return invalid(ruleSet, errors);
}

function invalid(ruleSet: ResolvedRuleSet | null, errors: FieldError[]): InvalidResult {
  return {
    ruleSet: ruleSet ? summaryOf(ruleSet) : null, status: 'invalid', metrics: null, errors,
    classification: null, matchedClauses: [], excludedBy: null, outOfScope: false, possibleClassifications: [], decidedBy: [],
    scope: null, clauses: [], exclusions: [], outcomes: [], readings: [], nearestBoundary: null, boundaries: [], lines: [],
    steps: [], explanation: [], warningSteps: [], warnings: [],
  };
}

/** Every metric's value, for one reading of a chip's figures. */
function contextOf(figures: ChipFigures): MetricContext {
  const context: MetricContext = {};
  for (const metric of METRIC_NAMES) context[metric] = METRICS[metric].value(figures);
  return context;
}

const PREPARED = Symbol('ctc.prepared');

/**
 * A spec validated and its figures computed, ready to be evaluated under any number of rule sets
 * (`evaluateVerdict(prepared, ruleSet)`): a table of verdicts does that work once per chip.
 */
export interface PreparedSpec {
  readonly [PREPARED]: Prepared;
}

type Reading1 = { figures: ChipFigures; context: MetricContext };

type Prepared =
  | { errors: FieldError[] }
  | { spec: NormalizedSpec; first: Reading1; other: Reading1 | null; open: ReturnType<typeof ambiguousEntries>; metrics: () => Metrics };

/** Validates a spec and computes its figures, under both readings of an open bit length. Never throws. */
export function prepareSpec(raw: unknown): PreparedSpec {
  if (isPrepared(raw)) return raw;
  const checked = validateSpec(raw);
  if (checked.spec === null) return { [PREPARED]: { errors: checked.errors } };
  const spec = checked.spec;
  const figures = figuresOf(spec);
  const first = { figures, context: contextOf(figures) };
  const open = ambiguousEntries(spec);
  let other: Reading1 | null = null;
  if (open.length > 0) {
    const alternative = otherReading(spec, figures);
    const same = alternative.tpp === null || (figures.tpp !== null && alternative.tpp.equals(figures.tpp));
    other = same ? first : { figures: alternative, context: contextOf(alternative) };
  }
  return { [PREPARED]: { spec, first, other, open, metrics: once(() => metricsOf(spec, figures)) } };
}

function isPrepared(raw: unknown): raw is PreparedSpec {
  return typeof raw === 'object' && raw !== null && PREPARED in raw;
}

const verdictPart = ({ status, classification, outcomes }: Verdict): Verdict => ({ status, classification, outcomes });

/** Worked out on first use, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

function decidedByOf(summary: Summary, context: MetricContext, figures: ChipFigures, metrics: Metrics, readingsDisagree: boolean): DecidingInput[] {
  const unknown = new Set(summary.undecided.flatMap((item) => item.conditions.filter((c) => truthOfCondition(c, context) === null).map((c) => c.metric)));
  const seen = new Set<InputName>();
  const decidedBy: DecidingInput[] = [];
  for (const metric of unknown) {
    for (const input of decidingInputs(metric, figures)) {
      if (seen.has(input)) continue;
      seen.add(input);
      const path = INPUT_PATHS[input] ?? [input];
      decidedBy.push({ metric, input, field: path.join('.'), path, label: enWords.input[input] });
    }
  }
  if (readingsDisagree) {
    for (const a of metrics.bitLengthAmbiguities) {
      decidedBy.push({
        metric: 'tpp', input: 'bitLength', field: `throughput[${a.entryIndex}].bitLength`, path: ['throughput', a.entryIndex, 'bitLength'],
        label: `the bit length of ${a.format} (${a.alternativeBitLength} or ${a.bitLength})`,
      });
    }
  }
  return decidedBy;
}

/**
 * The verdict path's work (`Internals`), or the invalid result: validates, computes the figures and
 * decides, clause by clause, under both readings of an open bit length. `evaluate` explains it
 * without making the verdict's result first.
 */
export function verdictPath(spec: unknown, ruleSetOrId?: unknown): Internals | InvalidResult {
  const prepared = prepareSpec(spec)[PREPARED];
  const resolved = resolveRuleSet(ruleSetOrId === undefined ? defaultRuleSetId('errors' in prepared ? null : prepared.spec.kind) : ruleSetOrId);
  const specErrors = 'errors' in prepared ? prepared.errors : [];
  if ('errors' in resolved) return invalid(null, [...resolved.errors, ...specErrors]);
  const { ruleSet } = resolved;
  if ('errors' in prepared) return invalid(ruleSet, prepared.errors);

  const compiled = compile(ruleSet);
  const { first: { figures, context }, other } = prepared;
  const first = summarize(compiled, context);
  let summary = first;
  let readings: Reading[] = [];
  let items = once(() => itemResults(compiled, context, first));
  if (other) {
    const second = other === prepared.first ? first : summarize(compiled, other.context);
    readings = readingsOf(prepared.open, [figures, other.figures], [verdictPart(first), verdictPart(second)]);
    if (second !== first) {
      summary = mergeSummaries(first, second, compiled);
      const own = items;
      items = once(() => mergeItemResults(compiled, own(), itemResults(compiled, other.context, second)));
    }
  }
  const disagree = readingsDiffer(readings);
  const { metrics } = prepared;
  return {
    compiled, spec: prepared.spec, figures, context, ruleSet: summaryOf(ruleSet), summary, readings, metrics, items,
    decidedBy: once(() => decidedByOf(summary, context, figures, metrics(), disagree)),
    current: verdictPart(first), readingsDisagree: disagree, explained: false,
  };
}

/**
 * The verdict path: validates, computes the figures and decides, clause by clause, under both
 * readings of an open bit length. The metrics and the items in detail are worked out when read;
 * no boundaries and no explanation (empty): those come from `explainResult`. Never throws.
 */
export function evaluateVerdict(spec: unknown, ruleSetOrId?: string | RuleSet | ResolvedRuleSet | unknown): EvaluationResult {
  const own = verdictPath(spec, ruleSetOrId);
  if ('errors' in own) return own;
  const { summary, metrics, decidedBy, items } = own;
  const result: EvaluatedResult = {
    ruleSet: own.ruleSet,
    get metrics() { return metrics(); },
    status: summary.status,
    classification: summary.classification,
    matchedClauses: summary.matchedClauses,
    excludedBy: summary.excludedBy,
    outOfScope: summary.outOfScope,
    possibleClassifications: summary.possibleClassifications,
    get decidedBy() { return decidedBy(); },
    get scope() { return items().scope; },
    get clauses() { return items().clauses; },
    get exclusions() { return items().exclusions; },
    get outcomes() { return items().outcomes; },
    readings: own.readings,
    nearestBoundary: null, boundaries: [], lines: [], steps: [], explanation: [], warningSteps: [], warnings: [],
    errors: [],
  };
  keepInternals(result, own);
  return result;
}

/** The inputs that would settle the unknown conditions of `items` (not those open only between bit-length readings). */
export function inputsToDecide(items: readonly ItemResult[], figures: ChipFigures): InputName[] {
  const unknown = unique(items.flatMap((i) => i.conditions.filter((c) => c.met === null && !c.byReading).map((c) => c.metric)));
  return unique(unknown.flatMap((metric) => decidingInputs(metric, figures)));
}

/** The inputs that would settle the unknown conditions of some of a result's items (an outcome that is open, say). */
export function openInputs(result: EvaluationResult, items: readonly ItemResult[]): InputName[] {
  const own = internalsOf(result);
  return own ? inputsToDecide(items, own.figures) : [];
}

/** Words for a result's rule set in a language; English by default. Null for an invalid result. */
export function wordsOf(result: EvaluationResult, messages: WordsMessages = enWords, ruleSetWords?: RuleSetWords): Words | null {
  const own = internalsOf(result);
  if (!own) return null;
  const ruleSet = own.compiled.ruleSet;
  return wordsFor({ messages, ruleSet, ruleSets: builtInRuleSets(), lines: (metric) => linesOf(metric, ruleSet), ...(ruleSetWords ? { ruleSetWords } : {}) });
}

