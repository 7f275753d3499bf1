/**
 * What a language's messages need to word a step: its numbers, dates and lists, the names of
 * metrics and inputs, and the rule set's own words (titles, texts), with every value shown by the
 * one formatting path that never rounds a value onto a line it misses.
 */
import { Decimal } from '../decimal.js';
import { formatNumber, formatPercent, formatScientific, type NumberStyle } from '../format.js';
import type { ItemKind } from '../metrics/figures.js';
import { METRICS, type InputName, type MetricDefinition, type MetricName } from '../metrics/registry.js';
import type { ResolvedRuleSet, RuleSetStatus } from '../rules/types.js';
import type { FieldError, ErrorCode } from '../errors.js';
import type { AsOfReason } from '../as-of.js';
import type { StepCode, StepParams } from './steps.js';

/** Thresholds are shown in full: they are the rule's own numbers. */
const EXACT = 20;
/** A difference is never shown as zero. */
const ZERO = new Decimal(0);
const ONE = [new Decimal(1)];
/** Below this, a metric shown in scientific notation is written out in full. */
const SCIENTIFIC_FROM = new Decimal('1e6');

/**
 * How one language words the engine's results, but for the steps of an explanation: what a verdict
 * needs. Every key is required, so a missing one fails the typecheck.
 */
export interface WordsMessages {
  numbers: NumberStyle;
  /** An ISO date (YYYY-MM-DD) as the reader writes dates. */
  date: (iso: string) => string;
  /** "a, b, and c" / "a, b, or c". */
  and: (items: readonly string[]) => string;
  or: (items: readonly string[]) => string;
  /** The short name of each metric, as a label and in sentences ("TPP", "total DRAM bandwidth"). */
  metric: Record<MetricName, string>;
  /** What a reader would give to settle an open answer, as it finishes "Cannot tell without …". */
  input: Record<InputName, string>;
  /** A condition's requirement, an operator's symbol and the threshold as shown: "≥ 4,800", "= no". */
  requirement: (symbol: string, threshold: string) => string;
  /** A yes-or-no value in words, as a table cell or a requirement shows it. */
  yesNo: (value: boolean) => string;
  /** A condition in words: the metric's name and its requirement, "TPP ≥ 4,800". */
  condition: (metric: string, requirement: string) => string;
  /** The item a spec describes, as it finishes "This item is …". */
  kind: Record<ItemKind, string>;
  status: Record<RuleSetStatus, string>;
  /** "controlled as 3A090.a", "not controlled", "undecided". */
  verdict: (status: 'controlled' | 'not-controlled' | 'indeterminate', classification: string | null) => string;
  /** Why a rule set was chosen for a date; `ruleSet` looks up a rule set named by id. */
  asOf: (reason: AsOfReason, ruleSet: (id: string) => { title: string; document: string; effective: string } | null) => string;
  errors: Record<ErrorCode, (error: FieldError) => string>;
}

/** How one language words each step of an explanation. */
export type StepMessages = { [C in StepCode]: (params: StepParams[C], w: Words) => string };

/** A language's whole catalogue for the engine: its words and its steps. */
export interface EngineMessages extends WordsMessages {
  steps: StepMessages;
}

/** The rule set's words for an item: a clause's id names it, a note or consequence by its title. */
export interface ItemWords {
  label: string;
  title: string;
  text: string | null;
}

export interface Words {
  readonly messages: WordsMessages;
  number(value: string, decimals: number): string;
  /** A metric's value with its unit, never blurred into a line of that metric. */
  value(metric: MetricName, value: string): string;
  /** A metric's value without its unit, as `value` shows it. */
  figure(metric: MetricName, value: string): string;
  /** The size of a difference, with its unit unless `withUnit` is false, never shown as zero. */
  amount(metric: MetricName, value: string, withUnit?: boolean): string;
  /** A threshold, exactly, with its unit. */
  threshold(metric: MetricName, value: string): string;
  percent(fraction: string): string;
  /**
   * A value as a multiple of its line, from its margin relative to the line ("0.5" → "1.50×"),
   * never shown as 1× when it is not exactly on it.
   */
  multipleOfLine(relative: string): string;
  date(iso: string): string;
  and(items: readonly string[]): string;
  or(items: readonly string[]): string;
  metric(metric: MetricName): string;
  input(input: InputName): string;
  item(id: string): ItemWords;
  ruleSet: { title: string; covers: string; notControlledNote: string };
  /** A classification as the reader's language says it. */
  classification(classification: string): string;
  /** The title of a rule set named by id (a base, a successor), or the id when it is not known. */
  ruleSetTitle(id: string): string;
  /** A condition's requirement, e.g. "≥ 4,800", with the unit unless `withUnit` is false. */
  requirement(metric: MetricName, op: string, threshold: string, withUnit?: boolean): string;
  /** A condition in words, e.g. "TPP ≥ 4,800". */
  condition(metric: MetricName, op: string, threshold: string): string;
}

export const OPERATOR_SYMBOLS: Record<string, string> = { '>=': '≥', '>': '>', '<': '<', '<=': '≤', '==': '=' };

/** Where a rule set's words come from: the rule set itself, or its translation into the reader's language. */
export interface RuleSetWords {
  title(ruleSet: ResolvedRuleSet): string;
  shortTitle(ruleSet: ResolvedRuleSet): string;
  item(ruleSet: ResolvedRuleSet, id: string): ItemWords;
  covers(ruleSet: ResolvedRuleSet): string;
  notControlledNote(ruleSet: ResolvedRuleSet): string;
  caveats(ruleSet: ResolvedRuleSet): readonly string[];
  /** A classification as the reader's language says it: an ECCN paragraph stays, words are translated. */
  classification(ruleSet: ResolvedRuleSet, classification: string): string;
}

/** The rule set's own words, as written in its JSON. */
export const ORIGINAL_WORDS: RuleSetWords = {
  title: (r) => r.title,
  shortTitle: (r) => r.shortTitle ?? r.title,
  item: (r, id) => {
    const clause = r.clauses.find((c) => c.id === id);
    if (clause) return { label: clause.label ?? clause.id, title: clause.title, text: clause.text ?? null };
    const other = [...r.exclusions, ...r.outcomes].find((i) => i.id === id);
    if (other) return { label: other.title, title: other.title, text: other.text ?? null };
    return id === 'scope' && r.scope ? { label: r.scope.covers, title: r.scope.covers, text: null } : { label: id, title: id, text: null };
  },
  covers: (r) => r.scope?.covers ?? '',
  notControlledNote: (r) => r.notControlledNote ?? '',
  caveats: (r) => r.caveats,
  classification: (_r, classification) => classification,
};


export interface WordsContext {
  messages: WordsMessages;
  ruleSet: ResolvedRuleSet;
  /** The thresholds of each metric that values must not blur into. */
  lines: (metric: MetricName) => readonly Decimal[];
  /** Other rule sets that may be named (the base, a successor). */
  ruleSets: readonly ResolvedRuleSet[];
  ruleSetWords?: RuleSetWords;
}

export function wordsFor({ messages: m, ruleSet, lines, ruleSets, ruleSetWords = ORIGINAL_WORDS }: WordsContext): Words {
  const unitOf = (metric: MetricName, text: string) => (METRICS[metric].unit ? `${text} ${METRICS[metric].unit}` : text);
  /** A metric's number: in scientific notation for one that takes it (training compute), from 10^6 on. */
  const numberOf = (metric: MetricName, value: string, digits: number, near: readonly Decimal[] | undefined) => {
    const def: MetricDefinition = METRICS[metric];
    return def.notation === 'scientific' && new Decimal(value).abs().greaterThanOrEqualTo(SCIENTIFIC_FROM)
      ? formatScientific(value, digits, near, m.numbers) : formatNumber(value, digits, near, m.numbers);
  };
  // An explanation shows the same few values and thresholds many times: each is formatted once.
  const shown = new Map<string, string>();
  const memo = (key: string, make: () => string) => {
    let text = shown.get(key);
    if (text === undefined) shown.set(key, (text = make()));
    return text;
  };
  const figure = (metric: MetricName, value: string) => memo(`v${metric}:${value}`, () => numberOf(metric, value, METRICS[metric].decimals, lines(metric)));
  const exact = (metric: MetricName, value: string) => memo(`x${metric}:${value}`, () => numberOf(metric, value, EXACT, undefined));
  return {
    messages: m,
    number: (value, decimals) => formatNumber(value, decimals, undefined, m.numbers),
    value: (metric, value) => unitOf(metric, figure(metric, value)),
    figure,
    amount: (metric, value, withUnit = true) => {
      const text = memo(`a${metric}:${value}`, () => numberOf(metric, value.startsWith('-') ? value.slice(1) : value, METRICS[metric].decimals, [ZERO]));
      return withUnit ? unitOf(metric, text) : text;
    },
    threshold: (metric, value) => unitOf(metric, exact(metric, value)),
    percent: (fraction) => formatPercent(fraction, m.numbers),
    multipleOfLine: (relative) => {
      // Two decimals always ("1.50×"), more where fewer would read as exactly 1×.
      const text = formatNumber(new Decimal(relative).plus(1), 2, ONE, m.numbers);
      const decimals = text.includes(m.numbers.decimal) ? text.length - text.indexOf(m.numbers.decimal) - 1 : 0;
      return `${text}${decimals === 0 ? m.numbers.decimal : ''}${'0'.repeat(Math.max(0, 2 - decimals))}×`;
    },
    date: m.date,
    and: m.and,
    or: m.or,
    metric: (metric) => m.metric[metric],
    input: (input) => m.input[input],
    item: (id) => ruleSetWords.item(ruleSet, id),
    classification: (classification) => ruleSetWords.classification(ruleSet, classification),
    ruleSet: { title: ruleSetWords.title(ruleSet), covers: ruleSetWords.covers(ruleSet), notControlledNote: ruleSetWords.notControlledNote(ruleSet) },
    ruleSetTitle: (id) => {
      const found = ruleSets.find((r) => r.id === id) ?? (ruleSet.id === id ? ruleSet : undefined);
      return found ? ruleSetWords.title(found) : id;
    },
    requirement: (metric, op, threshold, withUnit = true) => {
      const kind = METRICS[metric].kind;
      const value = kind === 'number' ? (withUnit ? unitOf(metric, exact(metric, threshold)) : exact(metric, threshold))
        : kind === 'date' ? m.date(threshold) : kind === 'boolean' ? m.yesNo(threshold === 'true') : threshold;
      return m.requirement(OPERATOR_SYMBOLS[op] ?? op, value);
    },
    condition(metric, op, threshold) {
      return m.condition(m.metric[metric], this.requirement(metric, op, threshold));
    },
  };
}
