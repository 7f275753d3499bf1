/**
 * Explanations as structured steps: each a code and the facts it states (values as decimal
 * strings, ids of clauses, notes and outcomes, metric and input names). A language's messages turn
 * them into sentences (./en.ts for English); the engine itself words nothing here.
 */
import type { Boundary } from '../boundary.js';
import { countryNotes } from '../country-notes.js';
import type { CountryGroup } from '../countries.js';
import type { Line } from '../lines.js';
import { h100ConventionsDiffer, type ChipFigures, type EntryFigure, type ItemKind, type Metrics } from '../metrics/figures.js';
import type { InputName, MetricName } from '../metrics/registry.js';
import { inputsToDecide } from '../verdict.js';
import type { Reading } from '../readings.js';
import type { ConditionResult, ItemResult, ItemResults, Summary, Verdict } from '../rules/classify.js';
import type { ResolvedRuleSet, RuleSetStatus } from '../rules/types.js';
import type { CompiledRuleSet } from '../rules/compile.js';
import type { MetricContext } from '../rules/classify.js';
import { Decimal } from '../decimal.js';
import { unique } from '../util.js';

/** Which party or place a country given in a spec is. */
export type CountryRole = 'destination' | 'buyerHeadquarters' | 'shipFrom';

/** A training cluster's per-chip figure as a step states it. */
export interface PerChipParams {
  format: string | null;
  value: string;
  unit: string;
  sparse: boolean;
  denseTeraOps: string;
}

/** A throughput figure as a step states it. */
export type EntryParams = Pick<EntryFigure, 'format' | 'value' | 'unit' | 'denseTeraOps' | 'bitLength' | 'bitLengthOverridden' | 'countsMacs' | 'sparse'>;

export interface StepParams {
  /** TPP is unknown: no throughput figure. */
  'tpp-unknown': Record<string, never>;
  /** TPP from one figure, the highest of `count`. */
  'tpp-single': { tpp: string; entry: EntryParams; count: number };
  /** TPP summed over processing units working concurrently. */
  'tpp-units': { tpp: string; units: { name: string | null; tpp: string; entry: EntryParams | null }[] };
  'pd-value': { pd: string; tpp: string; area: string };
  'pd-no-die-area': Record<string, never>;
  'pd-no-non-planar-die': Record<string, never>;
  /** A standalone HBM stack's memory bandwidth density. */
  'mbd-value': { mbd: string; bandwidth: string; area: string };
  /** A shipment or fleet: its chips' total TPP and H100-equivalents under both conventions (by8Bit null without an 8-bit figure). */
  'fleet': { quantity: string; tpp: string; totalTpp: string; byTpp: string; by8Bit: string | null; eightBitTeraOps: string | null };
  /** A country given, and the Country Groups it is in (Hong Kong's are China's). */
  'country': { role: CountryRole; country: string; groups: CountryGroup[] };
  /** A training run without any route to its compute. */
  'training-unknown': Record<string, never>;
  /** The run's compute from its cluster: chips × per-chip peak × utilisation × duration. */
  'training-cluster': { flop: string; chips: string; perChip: PerChipParams; utilization: string; days: string; seconds: string };
  /** A cluster without a duration: its rate, from which the days to each line follow. */
  'training-cluster-rate': { rate: string; peak: string; chips: string; perChip: PerChipParams; utilization: string };
  /** The run's compute as 6 × parameters (active ones for a mixture of experts) × tokens. */
  'training-model': { flop: string; parameters: string; active: boolean; tokens: string };
  'training-total': { flop: string };
  /** The model's compute adds the base model's and the fine-tuning's to the run's. */
  'training-cumulative': { total: string; run: string; base: string | null; fineTuning: string | null };
  /** A modification of a base model, against a third of the base model's compute. */
  'modification': { modification: string; base: string; thirds: string };
  /** At the cluster's rate, the day the model's compute reaches a line. */
  'days-to-line': { item: string; threshold: string; days: string; durationDays: string | null };
  'controlled': { classification: string; clauses: string[] };
  'clause-holds': { item: string; conditions: ConditionResult[] };
  /** More severe clauses, or notes, that stay open: which inputs would settle them. */
  'also-depends': { items: string[]; inputs: InputName[] };
  'excluded': { item: string; conditions: ConditionResult[] };
  /** Outside what the rule set applies to (its `scope.covers` says what that is). */
  'out-of-scope': { kind: ItemKind };
  /** No clause holds; `basedOn` names the rule set the clauses come from, when they are inherited. */
  'none-holds': { basedOn: string | null };
  'clause-fails': { item: string; conditions: ConditionResult[] };
  'undecided': { inputs: InputName[] };
  'item-depends': { item: string; metrics: MetricName[]; known: ConditionResult[] };
  /** The rule set's own note of what it leaves out (`notControlledNote`). */
  'not-controlled-note': Record<string, never>;
  /** An outcome that holds: its text, from the rule set. */
  'outcome': { item: string };
  'outcome-depends': { item: string; inputs: InputName[] };
  /** An outcome that holds under one bit-length reading only. */
  'outcome-reading': { item: string; holdsUnder: Reading['bitLengths']; failsUnder: Reading['bitLengths'] };
  'readings-differ': { readings: Reading[] };
  'nearest': { boundary: Boundary; current: Verdict };
  'market': { boundary: Boundary; current: Verdict };
  // Warnings
  'rule-set-status': {
    status: Exclude<RuleSetStatus, 'in-force'>; effective: string; until: string | null; supersededBy: string | null; derivedFrom: string | null;
    stage: { label: string; date: string } | null;
  };
  'sparse-halved': { format: string; value: string; unit: string; denseTeraOps: string };
  'bit-length-open': { format: string; bitLength: string; alternative: string; decides: boolean; tppIfAlternative: string };
  'planar-excluded': { area: string };
  'near-threshold': { item: string; condition: ConditionResult };
  /** A logic chip's spec carries an HBM stack, which only a spec of kind "hbm-stack" describes. */
  'hbm-not-used': Record<string, never>;
  /** The two H100-equivalent conventions differ for this chip by more than 1% (per chip). */
  'h100e-conventions': { byTpp: string; by8Bit: string };
  /** What a reader must know about a country's groups (a doubtful membership), from the country-groups data. */
  'country-note': { role: CountryRole; country: string; group: CountryGroup | null; note: string };
  /** How the run's compute was estimated, and what that leaves out. */
  'training-estimate': { route: 'cluster' | 'model' };
}

export type StepCode = keyof StepParams;
export type Step = { [C in StepCode]: { code: C; params: StepParams[C] } }[StepCode];

const step = <C extends StepCode>(code: C, params: StepParams[C]) => ({ code, params }) as Step;
const none = {} as Record<string, never>;

function entryParams(e: EntryFigure): EntryParams {
  const { format, value, unit, denseTeraOps, bitLength, bitLengthOverridden, countsMacs, sparse } = e;
  return { format, value, unit, denseTeraOps, bitLength, bitLengthOverridden, countsMacs, sparse };
}

const ROLES: [CountryRole, (m: Metrics) => string | null][] = [
  ['destination', (m) => m.shipment.destinationCountry],
  ['buyerHeadquarters', (m) => m.shipment.buyerHeadquartersCountry],
  ['shipFrom', (m) => m.shipment.shipFromCountry],
];

/** A shipment's steps: its fleet figures and the countries given. */
function shipmentSteps(m: Metrics): Step[] {
  const steps: Step[] = [];
  if (m.quantity !== null && m.tpp !== null && m.totalTpp !== null && m.h100Equivalents.byTpp !== null) {
    steps.push(step('fleet', {
      quantity: m.quantity, tpp: m.tpp, totalTpp: m.totalTpp, byTpp: m.h100Equivalents.byTpp, by8Bit: m.h100Equivalents.by8Bit, eightBitTeraOps: m.eightBitTeraOps,
    }));
  }
  for (const [role, country] of ROLES) {
    const code = country(m);
    if (code) steps.push(step('country', { role, country: code, groups: role === 'shipFrom' ? [] : role === 'destination' ? m.shipment.destinationGroups : m.shipment.buyerHeadquartersGroups }));
  }
  return steps;
}

function trainingSteps(t: NonNullable<Metrics['training']>): Step[] {
  const steps: Step[] = [];
  const c = t.cluster;
  if (t.route === null) steps.push(step('training-unknown', none));
  else if (c && t.runFlop !== null && c.durationDays !== null) {
    steps.push(step('training-cluster', {
      flop: t.runFlop, chips: c.chips, perChip: c.perChip, utilization: c.utilization, days: c.durationDays, seconds: new Decimal(c.durationDays).times(86400).toString(),
    }));
  } else if (c) {
    steps.push(step('training-cluster-rate', { rate: c.effectiveOpsPerSecond, peak: c.peakOpsPerSecond, chips: c.chips, perChip: c.perChip, utilization: c.utilization }));
  } else if (t.model && t.runFlop !== null) {
    steps.push(step('training-model', { flop: t.runFlop, parameters: t.model.activeParameters ?? t.model.parameters ?? '', active: t.model.activeParameters !== null, tokens: t.model.tokens }));
  } else if (t.runFlop !== null) steps.push(step('training-total', { flop: t.runFlop }));
  if (t.runFlop !== null && t.trainingFlop !== null && (t.baseModelFlop !== null || t.fineTuningFlop !== null)) {
    steps.push(step('training-cumulative', { total: t.trainingFlop, run: t.runFlop, base: t.baseModelFlop, fineTuning: t.fineTuningFlop }));
  }
  if (t.modificationFlop !== null && t.baseModelFlop !== null && t.modificationThirds !== null) {
    steps.push(step('modification', { modification: t.modificationFlop, base: t.baseModelFlop, thirds: t.modificationThirds }));
  }
  return steps;
}

function metricSteps(m: Metrics): Step[] {
  const steps: Step[] = [];
  if (m.training) return trainingSteps(m.training);
  if (m.kind === 'hbm-stack') {
    if (m.memoryBandwidthDensity !== null && m.hbmStack) {
      steps.push(step('mbd-value', { mbd: m.memoryBandwidthDensity, bandwidth: m.hbmStack.bandwidthGBps, area: m.hbmStack.areaMm2 }));
    }
    return steps;
  }
  if (m.tpp === null) steps.push(step('tpp-unknown', none));
  else if (m.processingUnits.length > 1) {
    steps.push(step('tpp-units', {
      tpp: m.tpp,
      units: m.processingUnits.map((u) => ({ name: u.name, tpp: u.tpp, entry: m.entries[u.basisIndex] ? entryParams(m.entries[u.basisIndex]!) : null })),
    }));
  } else if (m.tppBasis) steps.push(step('tpp-single', { tpp: m.tpp, entry: entryParams(m.tppBasis), count: m.entries.length }));
  if (m.performanceDensity !== null && m.applicableDieAreaMm2 !== null && m.tpp !== null) {
    steps.push(step('pd-value', { pd: m.performanceDensity, tpp: m.tpp, area: m.applicableDieAreaMm2 }));
  } else if (m.performanceDensityGap === 'no-die-area') steps.push(step('pd-no-die-area', none));
  else if (m.performanceDensityGap === 'no-non-planar-die') steps.push(step('pd-no-non-planar-die', none));
  return [...steps, ...shipmentSteps(m)];
}

/** The answer to explain: which items hold (the summary) and each item in detail. */
export interface Answer {
  summary: Summary;
  items: ItemResults;
}

/** The detailed results of the items that keep the answer open. */
function undecidedOf({ summary, items }: Answer): ItemResult[] {
  const all = [...items.clauses, ...items.exclusions, ...(items.scope ? [items.scope] : [])];
  return summary.undecided.flatMap((u) => all.find((i) => i.id === u.id) ?? []);
}

function verdictSteps(answer: Answer, ruleSet: ResolvedRuleSet, inheritedFrom: ResolvedRuleSet | null, figures: ChipFigures): Step[] {
  const { summary: r, items } = answer;
  const steps: Step[] = [];
  const undecided = undecidedOf(answer);
  const clause = (id: string) => items.clauses.find((c) => c.id === id);
  if (r.status === 'controlled') {
    steps.push(step('controlled', { classification: r.classification ?? '', clauses: r.matchedClauses }));
    for (const c of r.matchedClauses.map(clause)) if (c) steps.push(step('clause-holds', { item: c.id, conditions: c.conditions }));
    if (undecided.length > 0) steps.push(step('also-depends', { items: undecided.map((c) => c.id), inputs: inputsToDecide(undecided, figures) }));
  } else if (r.status === 'not-controlled' && r.outOfScope) {
    steps.push(step('out-of-scope', { kind: figures.kind }));
  } else if (r.status === 'not-controlled' && r.excludedBy) {
    const note = items.exclusions.find((e) => e.id === r.excludedBy);
    if (note) steps.push(step('excluded', { item: note.id, conditions: note.conditions }));
  } else if (r.status === 'not-controlled') {
    steps.push(step('none-holds', { basedOn: inheritedFrom?.id ?? null }));
    for (const c of items.clauses) steps.push(step('clause-fails', { item: c.id, conditions: c.conditions.filter((x) => x.met === false) }));
  } else {
    steps.push(step('undecided', { inputs: inputsToDecide(undecided, figures) }));
    for (const item of undecided) {
      steps.push(step('item-depends', {
        item: item.id,
        metrics: unique(item.conditions.filter((c) => c.met === null).map((c) => c.metric)),
        known: item.conditions.filter((c) => c.met !== null),
      }));
    }
    const firstTrue = items.clauses.find((c) => c.met === true);
    if (firstTrue) steps.push(step('clause-holds', { item: firstTrue.id, conditions: firstTrue.conditions }));
  }
  // The rule set's own words for what it leaves out: said of an item it does not control, not of an open answer.
  if (r.status === 'not-controlled' && ruleSet.notControlledNote) steps.push(step('not-controlled-note', none));
  return steps;
}

function outcomeSteps({ summary: r, items }: Answer, readings: readonly Reading[], figures: ChipFigures): Step[] {
  const [first, second] = readings;
  return items.outcomes.flatMap((outcome): Step[] => {
    if (outcome.met === true) return [step('outcome', { item: outcome.id })];
    if (outcome.met !== null) return [];
    if (first && second && first.verdict.outcomes.includes(outcome.id) !== second.verdict.outcomes.includes(outcome.id)) {
      const [holds, fails] = first.verdict.outcomes.includes(outcome.id) ? [first, second] : [second, first];
      return [step('outcome-reading', { item: outcome.id, holdsUnder: holds.bitLengths, failsUnder: fails.bitLengths })];
    }
    const inputs = inputsToDecide([outcome], figures);
    return r.status === 'controlled' && inputs.length > 0 ? [step('outcome-depends', { item: outcome.id, inputs })] : [];
  });
}

/**
 * The explanation: the metrics and how they were computed, the verdict and why, what the readings
 * of an open bit length say, the consequences, and the nearest line.
 */
export interface ExplanationInput {
  answer: Answer;
  metrics: Metrics;
  figures: ChipFigures;
  ruleSet: ResolvedRuleSet;
  /** The rule set whose clauses `ruleSet` takes over (`extends`), if any. */
  inheritedFrom: ResolvedRuleSet | null;
  readings: readonly Reading[];
  readingsDisagree: boolean;
  nearest: Boundary | null;
  marketFlip: Boundary | null;
  current: Verdict;
  /** The rule set's lines and where the item stands against each (lines.ts). */
  lines: readonly Line[];
}

/** At a training cluster's rate, the day the model's compute reaches each line on it. */
function daysSteps(lines: readonly Line[], metrics: Metrics): Step[] {
  const durationDays = metrics.training?.cluster?.durationDays ?? null;
  return lines.flatMap((l) => (l.metric === 'trainingFlop' && l.at.trainingDays !== undefined
    ? [step('days-to-line', { item: l.items[0]!, threshold: l.threshold, days: l.at.trainingDays, durationDays })] : []));
}

export function explanationSteps(x: ExplanationInput): Step[] {
  const r = x.answer.summary;
  const outOfScope = r.status === 'not-controlled' && r.outOfScope;
  return [
    ...(outOfScope ? [] : metricSteps(x.metrics)),
    ...(x.readingsDisagree && r.status === 'indeterminate' ? [] : verdictSteps(x.answer, x.ruleSet, x.inheritedFrom, x.figures)),
    ...(outOfScope ? [] : outcomeSteps(x.answer, x.readingsDisagree ? x.readings : [], x.figures)),
    ...(x.readingsDisagree ? [step('readings-differ', { readings: [...x.readings] })] : []),
    ...(outOfScope ? [] : daysSteps(x.lines, x.metrics)),
    ...(x.nearest ? [step('nearest', { boundary: x.nearest, current: x.current })] : []),
    ...(x.marketFlip ? [step('market', { boundary: x.marketFlip, current: x.current })] : []),
  ];
}

/** Ambiguities and judgement calls the reader should know about. */
export function warningSteps({ summary: r, items }: Answer, metrics: Metrics, compiled: CompiledRuleSet, context: MetricContext, specHasUnusedHbm: boolean): Step[] {
  const ruleSet = compiled.ruleSet;
  const steps: Step[] = [];
  if (ruleSet.status !== 'in-force') {
    steps.push(step('rule-set-status', {
      status: ruleSet.status, effective: ruleSet.effective, until: ruleSet.until ?? null,
      supersededBy: ruleSet.supersededBy ?? null, derivedFrom: ruleSet.derivedFrom ?? null, stage: ruleSet.stage ?? null,
    }));
  }
  if (specHasUnusedHbm) steps.push(step('hbm-not-used', none));
  if (r.outOfScope) return steps;
  for (const [role, country] of ROLES) {
    const code = country(metrics);
    for (const n of code ? countryNotes(code) : []) steps.push(step('country-note', { role, country: code!, group: n.group, note: n.note }));
  }
  const route = metrics.training?.route;
  if (route === 'cluster' || route === 'model') steps.push(step('training-estimate', { route }));
  const { perChipByTpp, perChipBy8Bit } = metrics.h100Equivalents;
  if (metrics.quantity !== null && h100ConventionsDiffer(metrics.h100Equivalents)) {
    steps.push(step('h100e-conventions', { byTpp: perChipByTpp!, by8Bit: perChipBy8Bit! }));
  }
  for (const e of metrics.entries.filter((x) => x.sparse)) {
    steps.push(step('sparse-halved', { format: e.format, value: e.value, unit: e.unit, denseTeraOps: e.denseTeraOps }));
  }
  for (const a of metrics.bitLengthAmbiguities) {
    steps.push(step('bit-length-open', {
      format: a.format, bitLength: a.bitLength, alternative: a.alternativeBitLength,
      decides: metrics.entries[a.entryIndex]?.decides ?? false, tppIfAlternative: a.tppIfAlternative,
    }));
  }
  if (metrics.excludedDieAreaMm2 !== null) steps.push(step('planar-excluded', { area: metrics.excludedDieAreaMm2 }));
  // A value within 1% of a threshold is flagged, once per threshold: datasheet figures are rounded.
  const flagged = new Set<string>();
  const compiledItems = [...compiled.clauses, ...compiled.exclusions, ...compiled.outcomes];
  [...items.clauses, ...items.exclusions, ...items.outcomes].forEach((item, i) => {
    compiledItems[i]!.conditions.forEach((c, j) => {
      const value = context[c.metric];
      const key = `${c.metric}:${c.text}`;
      if (!c.nearBy || c.nearBy.isZero() || !(value instanceof Decimal) || flagged.has(key)) return;
      if (value.minus(c.threshold as Decimal).abs().greaterThan(c.nearBy)) return;
      flagged.add(key);
      steps.push(step('near-threshold', { item: item.id, condition: item.conditions[j]! }));
    });
  });
  return steps;
}
