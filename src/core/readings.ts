/**
 * Bit lengths the rules leave open (TF32: 32 bits stored, 19 significant). Where a spec has such a
 * figure, it is evaluated under both readings, and the two answers are merged: what both readings
 * agree on stands; a verdict, clause, condition or consequence on which they differ is unknown
 * (null), and says under which reading it would hold.
 */
import type { ChipFigures } from './metrics/figures.js';
import { itemResultOf, sameVerdict, type ConditionResult, type ItemResult, type ItemResults, type Summary, type Verdict } from './rules/classify.js';
import type { CompiledItem, CompiledRuleSet } from './rules/compile.js';
import { agreed, type Truth } from './rules/logic.js';

/** The verdict under one reading of the formats whose bit length the rules leave open. */
export interface Reading {
  /** e.g. "TF32 at 32 bits", in English; `bitLengths` says the same for other languages. */
  label: string;
  bitLengths: { format: string; bitLength: string }[];
  tpp: string;
  verdict: Verdict;
}

/** Both readings' verdicts, for the entries whose bit length is open (`ambiguousEntries`). */
export function readingsOf(entries: readonly { format: string; bitLength: string; alternative: string }[], figures: readonly [ChipFigures, ChipFigures], verdicts: readonly [Verdict, Verdict]): Reading[] {
  const bitLengths = (key: 'bitLength' | 'alternative') => {
    const seen = new Map<string, { format: string; bitLength: string }>();
    for (const e of entries) seen.set(`${e.format}:${e[key]}`, { format: e.format, bitLength: e[key] });
    return [...seen.values()];
  };
  return ([['bitLength', 0], ['alternative', 1]] as const).map(([key, i]) => {
    const lengths = bitLengths(key);
    return {
      label: lengths.map((b) => `${b.format} at ${b.bitLength} bits`).join(', '),
      bitLengths: lengths,
      tpp: figures[i].tpp?.toString() ?? '',
      verdict: verdicts[i],
    };
  });
}

export function readingsDiffer(readings: readonly Reading[]): boolean {
  const [first, second] = readings;
  return first !== undefined && second !== undefined && !sameVerdict(first.verdict, second.verdict);
}

function mergeCondition(a: ConditionResult, b: ConditionResult): ConditionResult {
  if (a.met === b.met && a.value === b.value) return a;
  return {
    ...a,
    met: agreed(a.met, b.met),
    byReading: [{ value: a.value, met: a.met }, { value: b.value, met: b.met }],
  };
}

function mergeItem(item: CompiledItem, a: ItemResult, b: ItemResult): ItemResult {
  return itemResultOf(item, a.conditions.map((c, i) => mergeCondition(c, b.conditions[i]!)), agreed(a.met, b.met));
}

const mergeItems = (items: readonly CompiledItem[], a: readonly ItemResult[], b: readonly ItemResult[]) => a.map((r, i) => mergeItem(items[i]!, r, b[i]!));
const mergeTruths = (a: readonly Truth[], b: readonly Truth[]) => a.map((t, i) => agreed(t, b[i]!));

/** One answer from both readings' answers: what they agree on, and unknown where they differ. */
export function mergeSummaries(a: Summary, b: Summary, compiled: CompiledRuleSet): Summary {
  const same = a.status === b.status && a.classification === b.classification;
  const truths = {
    scope: agreed(a.truths.scope, b.truths.scope),
    clauses: mergeTruths(a.truths.clauses, b.truths.clauses),
    exclusions: mergeTruths(a.truths.exclusions, b.truths.exclusions),
    outcomes: mergeTruths(a.truths.outcomes, b.truths.outcomes),
  };
  const classification = same ? a.classification : null;
  const possible = same ? a.possibleClassifications
    : [...new Set([a.classification, b.classification, ...a.possibleClassifications, ...b.possibleClassifications])].filter((c): c is string => c !== null);
  const undecidedIds = new Set(a.undecided.map((i) => i.id));
  return {
    status: same ? a.status : 'indeterminate',
    classification,
    outcomes: compiled.outcomes.filter((_, i) => truths.outcomes[i] === true).map((o) => o.id),
    matchedClauses: classification ? compiled.clauses.filter((c, i) => truths.clauses[i] === true && c.classification === classification).map((c) => c.id) : [],
    excludedBy: a.excludedBy === b.excludedBy ? a.excludedBy : null,
    outOfScope: a.outOfScope && b.outOfScope,
    possibleClassifications: same && a.status === 'not-controlled' ? [] : possible,
    undecided: [...a.undecided, ...b.undecided.filter((i) => !undecidedIds.has(i.id))],
    truths,
  };
}

/** Both readings' items in detail, merged: a condition or item the readings disagree on is unknown. */
export function mergeItemResults(compiled: CompiledRuleSet, a: ItemResults, b: ItemResults): ItemResults {
  return {
    scope: compiled.scope && a.scope && b.scope ? mergeItem(compiled.scope, a.scope, b.scope) : a.scope,
    clauses: mergeItems(compiled.clauses, a.clauses, b.clauses),
    exclusions: mergeItems(compiled.exclusions, a.exclusions, b.exclusions),
    outcomes: mergeItems(compiled.outcomes, a.outcomes, b.outcomes),
  };
}
