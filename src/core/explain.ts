import type { Boundary, Verdict } from './boundary.js';
import type { Reading } from './readings.js';
import { Decimal } from './decimal.js';
import { formatNumber, formatPercent } from './format.js';
import type { EntryFigure, Metrics } from './metrics.js';
import type { Classification, ConditionResult, ItemResult } from './rules/evaluate.js';
import { METRIC_CATALOG, type MetricName } from './rules/metric-catalog.js';
import type { ResolvedRuleSet } from './rules/types.js';
import { UNITS } from './units.js';

/** A value within this fraction of a threshold is flagged: datasheet figures are rounded. */
const NEAR_THRESHOLD = new Decimal('0.01');

/** Thresholds are shown in full: they are the rule's own numbers. */
const EXACT = 20;
const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<': '<', '<=': '≤', '==': '=' };

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function withUnit(metric: MetricName, text: string): string {
  const { unit } = METRIC_CATALOG[metric];
  return unit ? `${text} ${unit}` : text;
}

/** A metric value, shown with enough decimals not to blur it into `near`. */
export function formatMetric(metric: MetricName, value: string, near?: string, locale?: string): string {
  return withUnit(metric, formatNumber(value, METRIC_CATALOG[metric].decimals, near, locale));
}

/** One condition in words, e.g. "PD 2.91 is 0.29 below the 3.2 threshold (needs ≥ 3.2)". */
export function describeCondition(c: ConditionResult): string {
  const { label } = METRIC_CATALOG[c.metric];
  if (METRIC_CATALOG[c.metric].kind === 'boolean') {
    const phrase = (v: string) => `${v === 'true' ? '' : 'not '}${label}`;
    if (c.value === null) return `unknown whether ${label} (needs ${phrase(c.threshold)})`;
    return `${phrase(c.value)}${c.met ? '' : ` (needs ${phrase(c.threshold)})`}`;
  }
  if (METRIC_CATALOG[c.metric].kind === 'string') {
    return `${label} ${c.value ?? 'unknown'}${c.met ? '' : ` (needs ${c.threshold})`}`;
  }
  const requirement = `${SYMBOL[c.op]} ${formatNumber(c.threshold, EXACT)}`;
  if (c.value === null) return `${label} ${c.met === false ? 'does not exist' : 'is unknown'} (needs ${requirement})`;
  return `${positionOf(c)} (${c.met ? `${requirement} holds` : `needs ${requirement}`})`;
}

/** Where a known numeric value stands against its threshold, e.g. "TPP 4,790 is 10 below the 4,800 threshold". */
function positionOf(c: ConditionResult): string {
  const value = formatMetric(c.metric, c.value ?? '0', c.threshold);
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const where = difference.isZero() ? 'exactly at'
    : `${formatNumber(difference.abs(), METRIC_CATALOG[c.metric].decimals, '0')} ${difference.isNegative() ? 'below' : 'above'}`;
  return `${METRIC_CATALOG[c.metric].label} ${value} is ${where} the ${withUnit(c.metric, formatNumber(c.threshold, EXACT))} threshold`;
}

function entryFormula(e: EntryFigure): string {
  const figure = `${e.format} ${formatNumber(e.value, 3)} ${e.unit}`;
  const dense = formatNumber(e.denseTeraOps, 3);
  const steps = [
    UNITS[e.unit as keyof typeof UNITS]?.countsMacs ? `multiply-accumulates counted as 2 operations` : '',
    e.sparse ? 'sparse, halved' : '',
  ].filter(Boolean);
  const converted = steps.length > 0 || e.unit !== 'TOPS' && e.unit !== 'TFLOPS' ? ` = ${dense} dense tera-operations/s${steps.length ? ` (${steps.join('; ')})` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength} bits${e.bitLengthOverridden ? ' (bit length given)' : ''}`;
}

function metricSentences(m: Metrics): string[] {
  const sentences: string[] = [];
  if (m.tpp === null) sentences.push('TPP is unknown: no throughput figures were given.');
  else if (m.processingUnits.length > 1) {
    const parts = m.processingUnits.map((u) => {
      const basis = m.entries[u.basisIndex];
      return `${u.name ?? 'unnamed unit'} ${formatNumber(u.tpp, 0)}${basis ? ` (${entryFormula(basis)})` : ''}`;
    });
    sentences.push(`TPP is ${formatNumber(m.tpp, 0)}, the sum over ${m.processingUnits.length} processing units working concurrently: ${parts.join(' + ')}.`);
  } else if (m.tppBasis) {
    const others = m.entries.length - 1;
    sentences.push(`TPP is ${formatNumber(m.tpp, 0)} = ${entryFormula(m.tppBasis)}${others > 0 ? `, the highest of ${m.entries.length} figures` : ''}.`);
  }
  if (m.performanceDensity !== null && m.applicableDieAreaMm2 !== null && m.tpp !== null) {
    sentences.push(`PD is ${formatNumber(m.performanceDensity, 2)} = TPP ${formatNumber(m.tpp, 0)} ÷ ${formatNumber(m.applicableDieAreaMm2, 2)} mm² of non-planar logic die area.`);
  } else if (m.performanceDensityGap === 'no-die-area') sentences.push('PD is unknown: no die area was given.');
  else if (m.performanceDensityGap === 'no-non-planar-die') {
    sentences.push('PD does not exist: no die is made on a non-planar (FinFET or GAA) process, so only clauses on TPP alone can apply.');
  }
  return sentences;
}

function inputsOf(items: ItemResult[]): string[] {
  const labels = new Set<string>();
  for (const item of items) for (const c of item.conditions) if (c.met === null) labels.add(METRIC_CATALOG[c.metric].inputLabel);
  return [...labels];
}

function verdictWords(v: Verdict): string {
  if (v.status === 'controlled') return `controlled as ${v.classification}`;
  return v.status === 'not-controlled' ? 'not controlled' : 'undecided';
}

function boundarySentence(b: Boundary, ruleSet: ResolvedRuleSet, current: Verdict): string {
  const after = verdictWords(b.verdictAfter);
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id));
  const titles = gained.map((id) => ruleSet.outcomes.find((o) => o.id === id)?.title ?? id);
  const effect = after !== verdictWords(current) ? `make it ${after}` : `keep it ${after}, but with: ${titles.join('; ') || 'a different outcome'}`;
  if (b.lever === 'market') {
    return `If it ${b.to === 'true' ? 'were' : 'were not'} designed or marketed for datacenters, that would ${effect}.`;
  }
  const metric = b.metric as MetricName;
  const position = b.strict ? (b.direction === 'increase' ? 'above' : 'below') : 'at';
  const change = new Decimal(b.change ?? 0);
  const sign = b.direction === 'increase' ? '+' : '−';
  const amount = change.isZero() ? `it is exactly at ${formatMetric(metric, b.to)}` : `${sign}${formatMetric(metric, change.abs().toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${formatPercent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? metric === 'tpp' ? ', the die area unchanged' : `, with throughput ${formatPercent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, with an applicable die area of ${formatNumber(b.leverTo ?? '0', 2)} mm²` : '';
  return `Nearest line (${b.itemId}): ${METRIC_CATALOG[metric].label} ${position} ${formatMetric(metric, b.to)} (${amount}${percent}${scope}) would ${effect}.`;
}

function verdictSentences(r: Classification, ruleSet: ResolvedRuleSet): string[] {
  const sentences: string[] = [];
  const clause = (id: string) => r.clauses.find((c) => c.id === id);
  if (r.status === 'controlled') {
    const matched = r.matchedClauses.map(clause).filter((c): c is ItemResult => c !== undefined);
    sentences.push(`Controlled: ${r.classification} (${r.matchedClauses.join(', ')}).`);
    for (const c of matched) sentences.push(`${c.id} holds: ${c.conditions.map(describeCondition).join(' and ')}.`);
    if (r.undecided.length > 0) {
      sentences.push(`Whether ${listWords(r.undecided.map((c) => c.id))} also ${r.undecided.length > 1 ? 'apply' : 'applies'} depends on ${listWords(inputsOf(r.undecided))}.`);
    }
  } else if (r.status === 'not-controlled' && r.excludedBy) {
    const note = r.exclusions.find((e) => e.id === r.excludedBy);
    if (note) sentences.push(`Not controlled: ${note.title} applies: ${note.conditions.map(describeCondition).join(' and ')}.`);
  } else if (r.status === 'not-controlled') {
    sentences.push(`Not controlled under ${ruleSet.title}: no clause holds.`);
    for (const c of r.clauses) {
      sentences.push(`${c.id} does not hold: ${c.conditions.filter((x) => x.met === false).map(describeCondition).join('; ')}.`);
    }
  } else {
    const inputs = inputsOf(r.undecided);
    sentences.push(`Cannot tell without ${listWords(inputs)}.`);
    for (const item of r.undecided) {
      const unknown = item.conditions.filter((c) => c.met === null).map((c) => METRIC_CATALOG[c.metric].label);
      const known = item.conditions.filter((c) => c.met !== null).map(describeCondition);
      sentences.push(`${item.classification ? item.id : item.title} depends on ${listWords([...new Set(unknown)])}${known.length ? `; ${known.join(' and ')}` : ''}.`);
    }
    const firstTrue = r.clauses.find((c) => c.met === true);
    if (firstTrue) sentences.push(`${firstTrue.id} holds: ${firstTrue.conditions.map(describeCondition).join(' and ')}.`);
  }
  if (r.status !== 'controlled') sentences.push('Other entries of the Commerce Control List are not evaluated here.');
  for (const outcome of r.outcomes) {
    if (outcome.met === true) sentences.push(outcome.text ?? outcome.title);
    else if (outcome.met === null && r.status === 'controlled' && inputsOf([outcome]).length > 0) sentences.push(`${outcome.title}: depends on ${listWords(inputsOf([outcome]))}.`);
  }
  return sentences;
}

/** Why the answer is open when the readings of an ambiguous bit length disagree. */
function readingSentence(readings: Reading[], ruleSet: ResolvedRuleSet): string {
  const outcome = (v: Verdict) => {
    const titles = v.outcomes.map((id) => ruleSet.outcomes.find((o) => o.id === id)?.title ?? id);
    return `${verdictWords(v)}${titles.length ? ` (${titles.join('; ')})` : ''}`;
  };
  const parts = readings.map((r) => `with ${r.label}, TPP is ${formatNumber(r.tpp, 0)} and it is ${outcome(r.verdict)}`);
  return `The answer depends on a bit length the rules do not settle: ${parts.join('; ')}. Give the figure an explicit bit length to decide.`;
}

/** Plain sentences: the metrics and how they were computed, the verdict and why, the nearest line. */
export function explain(r: Classification, metrics: Metrics, ruleSet: ResolvedRuleSet, nearest: Boundary | null, marketFlip: Boundary | null, current: Verdict, disagreeing: Reading[] | null): string[] {
  return [
    ...metricSentences(metrics),
    ...(disagreeing && r.status === 'indeterminate' ? [] : verdictSentences(r, ruleSet)),
    ...(disagreeing ? [readingSentence(disagreeing, ruleSet)] : []),
    ...(nearest ? [boundarySentence(nearest, ruleSet, current)] : []),
    ...(marketFlip ? [boundarySentence(marketFlip, ruleSet, current)] : []),
  ];
}

/** Ambiguities and judgement calls the reader should know about. */
export function warningsFor(r: Classification, metrics: Metrics, ruleSet: ResolvedRuleSet): string[] {
  const warnings: string[] = [];
  if (ruleSet.status !== 'in-force') {
    const span = ruleSet.until ? `in force from ${ruleSet.effective} to ${ruleSet.until}` : `effective ${ruleSet.effective}`;
    const replaced = ruleSet.supersededBy ? `; replaced by ${ruleSet.supersededBy}` : '';
    const standing = {
      superseded: `superseded (${span}${replaced}): use it for history or comparison, not for today's exports`,
      'not-enforced': `not enforced (${span}${replaced}): use it for history or comparison, not for today's exports`,
      bill: `a bill, not law (${span}): a proposal, not a rule in force`,
      hypothetical: `hypothetical${ruleSet.derivedFrom ? `, with thresholds edited from ${ruleSet.derivedFrom}` : ''}: a what-if, not a rule in force`,
    }[ruleSet.status];
    warnings.push(`This rule set is ${standing}.`);
  }
  for (const e of metrics.entries.filter((x) => x.sparse)) {
    warnings.push(`The ${e.format} figure ${formatNumber(e.value, 3)} ${e.unit} was marked sparse and halved to ${formatNumber(e.denseTeraOps, 3)} dense tera-operations/s: the rules count dense throughput.`);
  }
  for (const a of metrics.bitLengthAmbiguities) {
    const entry = metrics.entries[a.entryIndex];
    const decides = entry?.decides ?? false;
    warnings.push(`${a.format} is scored at ${a.bitLength} bits (its storage width); the rules do not settle whether its ${a.alternativeBitLength} significant bits count instead. ` +
      (decides ? `This figure decides TPP: at ${a.alternativeBitLength} bits TPP would be ${formatNumber(a.tppIfAlternative, 0)}.` : 'It does not decide TPP either way.'));
  }
  if (metrics.excludedDieAreaMm2 !== null) {
    warnings.push(`${formatNumber(metrics.excludedDieAreaMm2, 2)} mm² of die area on a planar process is left out of the applicable die area, as the definition counts only non-planar logic dies.`);
  }
  const flagged = new Set<string>();
  for (const item of [...r.clauses, ...r.exclusions, ...r.outcomes]) {
    for (const c of item.conditions) {
      const key = `${c.metric}:${c.threshold}`;
      if (c.margin?.relative == null || flagged.has(key) || new Decimal(c.margin.relative).abs().greaterThan(NEAR_THRESHOLD)) continue;
      flagged.add(key);
      warnings.push(`${positionOf(c)} of ${item.id}, within 1%: datasheet figures are often rounded, so check the exact values.`);
    }
  }
  return warnings;
}
