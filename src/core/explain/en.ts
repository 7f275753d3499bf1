/**
 * The English catalogue: how the engine's structured steps and warnings read in English, on top of
 * its words (en-words.ts). Node users get these sentences as `explanation` and `warnings`; the
 * widget's English messages use this same catalogue, and each other language has one of its own of
 * the same type.
 */
import { Decimal } from '../decimal.js';
import type { Boundary } from '../boundary.js';
import { METRICS } from '../metrics/registry.js';
import type { ConditionResult, Verdict } from '../rules/classify.js';
import { and, date, enWords, verdictWords } from './en-words.js';
import type { EntryParams } from './steps.js';
import type { EngineMessages, StepMessages, Words } from './words.js';

function entryFormula(e: EntryParams, w: Words): string {
  const figure = `${e.format} ${w.number(e.value, 3)} ${e.unit}`;
  const notes = [e.countsMacs ? 'multiply-accumulates counted as 2 operations' : '', e.sparse ? 'sparse, halved' : ''].filter(Boolean);
  const converted = notes.length > 0 || (e.unit !== 'TOPS' && e.unit !== 'TFLOPS')
    ? ` = ${w.number(e.denseTeraOps, 3)} dense tera-operations/s${notes.length ? ` (${notes.join('; ')})` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength} bits${e.bitLengthOverridden ? ' (bit length given)' : ''}`;
}

/** Where a known numeric value stands against its threshold, e.g. "TPP 4,790 is 10 below the 4,800 threshold". */
function position(c: ConditionResult, w: Words): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const where = difference.isZero() ? 'exactly at' : `${w.amount(c.metric, difference.toString(), false)} ${difference.isNegative() ? 'below' : 'above'}`;
  return `${w.metric(c.metric)} ${w.value(c.metric, c.value ?? '0')} is ${where} the ${w.threshold(c.metric, c.threshold)} threshold`;
}

/** One condition in words, e.g. "PD 2.91 is 0.29 below the 3.2 threshold (needs ≥ 3.2)". */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const phrase = (v: string) => `${v === 'true' ? '' : 'not '}${label}`;
    if (c.value === null) return `unknown whether ${label} (needs ${phrase(c.threshold)})`;
    return `${phrase(c.value)}${c.met ? '' : ` (needs ${phrase(c.threshold)})`}`;
  }
  if (kind !== 'number') {
    const shown = (v: string) => (kind === 'date' ? (v === 'never' ? 'never' : date(v)) : v);
    const needs = `${kind === 'date' ? w.requirement(c.metric, c.op, c.threshold) : c.threshold}`;
    return `${label} ${c.value === null ? 'unknown' : shown(c.value)}${c.met ? '' : ` (needs ${needs})`}`;
  }
  const requirement = w.requirement(c.metric, c.op, c.threshold, false);
  if (c.value === null) return `${label} ${c.met === false ? 'does not exist' : 'is unknown'} (needs ${requirement})`;
  return `${position(c, w)} (${c.met ? `${requirement} holds` : `needs ${requirement}`})`;
}

const conditions = (cs: readonly ConditionResult[], w: Words, joiner = ' and ') => cs.map((c) => condition(c, w)).join(joiner);

/** "make it controlled as 3A090.b", or "keep it controlled as 3A090.a, but with: …" when only the consequences change. */
function effect(b: Boundary, current: Verdict, w: Words): string {
  const after = verdictWords(b.verdictAfter);
  if (after !== verdictWords(current)) return `make it ${after}`;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => w.item(id).title);
  return `keep it ${after}, but with: ${gained.join('; ') || 'a different outcome'}`;
}

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const at = b.strict ? (b.direction === 'increase' ? 'above' : 'below') : 'at';
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `it is exactly at ${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? ', the die area unchanged' : `, with throughput ${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, with an applicable die area of ${w.number(b.leverTo ?? '0', 2)} mm²` : '';
  return `Nearest line (${w.item(b.itemId).label}): ${w.metric(b.metric)} ${at} ${w.value(b.metric, b.to)} (${amount}${percent}${scope}) would ${effect(b, current, w)}.`;
}

const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format} at ${b.bitLength} bits`).join(', ');

export const enSteps: StepMessages = {
    'tpp-unknown': () => 'TPP is unknown: no throughput figures were given.',
    'tpp-single': (p, w) => `TPP is ${w.value('tpp', p.tpp)} = ${entryFormula(p.entry, w)}${p.count > 1 ? `, the highest of ${p.count} figures` : ''}.`,
    'tpp-units': (p, w) => {
      const parts = p.units.map((u) => `${u.name ?? 'unnamed unit'} ${w.value('tpp', u.tpp)}${u.entry ? ` (${entryFormula(u.entry, w)})` : ''}`);
      return `TPP is ${w.value('tpp', p.tpp)}, the sum over ${p.units.length} processing units working concurrently: ${parts.join(' + ')}.`;
    },
    'pd-value': (p, w) => `PD is ${w.value('performanceDensity', p.pd)} = TPP ${w.value('tpp', p.tpp)} ÷ ${w.number(p.area, 2)} mm² of non-planar logic die area.`,
    'pd-no-die-area': () => 'PD is unknown: no die area was given.',
    'pd-no-non-planar-die': () => 'PD does not exist: no die is made on a non-planar (FinFET or GAA) process, so only clauses on TPP alone can apply.',
    'mbd-value': (p, w) => `Memory bandwidth density is ${w.value('memoryBandwidthDensity', p.mbd)} = ${w.number(p.bandwidth, 2)} GB/s ÷ ${w.number(p.area, 2)} mm² of stack area.`,
    controlled: (p, w) => `Controlled: ${w.classification(p.classification)} (${p.clauses.map((id) => w.item(id).label).join(', ')}).`,
    'clause-holds': (p, w) => `${w.item(p.item).label} holds: ${conditions(p.conditions, w)}.`,
    'also-depends': (p, w) => `Whether ${and(p.items.map((id) => w.item(id).label))} also ${p.items.length > 1 ? 'apply' : 'applies'} depends on ${and(p.inputs.map(w.input))}.`,
    excluded: (p, w) => `Not controlled: ${w.item(p.item).title} applies: ${conditions(p.conditions, w)}.`,
    'out-of-scope': (p, w) => `Not controlled: ${w.ruleSet.title} covers ${w.ruleSet.covers}, and this item is ${w.messages.kind[p.kind]}.`,
    'none-holds': (p, w) => (p.basedOn
      ? `Not controlled under ${w.ruleSetTitle(p.basedOn)}: no clause holds, so ${w.ruleSet.title} does not apply to it.`
      : `Not controlled under ${w.ruleSet.title}: no clause holds.`),
    'clause-fails': (p, w) => `${w.item(p.item).label} does not hold: ${conditions(p.conditions, w, '; ')}.`,
    undecided: (p, w) => `Cannot tell without ${and(p.inputs.map(w.input))}.`,
    'item-depends': (p, w) => {
      const subject = p.item === 'scope' ? `Whether ${w.ruleSet.title} applies` : w.item(p.item).label;
      return `${subject} depends on ${and(p.metrics.map(w.metric))}${p.known.length ? `; ${conditions(p.known, w)}` : ''}.`;
    },
    'not-controlled-note': (_p, w) => w.ruleSet.notControlledNote,
    outcome: (p, w) => w.item(p.item).text ?? w.item(p.item).title,
    'outcome-depends': (p, w) => `${w.item(p.item).title}: depends on ${and(p.inputs.map(w.input))}.`,
    'outcome-reading': (p, w) => `${w.item(p.item).title}: depends on a bit length the rules do not settle: it applies with ${bitLengths(p.holdsUnder)}, not with ${bitLengths(p.failsUnder)}.`,
    'readings-differ': (p, w) => {
      const parts = p.readings.map((r) => {
        const titles = r.verdict.outcomes.map((id) => w.item(id).title);
        return `with ${bitLengths(r.bitLengths)}, TPP is ${w.value('tpp', r.tpp)} and it is ${verdictWords(r.verdict)}${titles.length ? ` (${titles.join('; ')})` : ''}`;
      });
      return `The answer depends on a bit length the rules do not settle: ${parts.join('; ')}. Give the figure an explicit bit length to decide.`;
    },
    nearest: (p, w) => nearestLine(p.boundary, p.current, w),
    market: (p, w) => `If it ${p.boundary.to === 'true' ? 'were' : 'were not'} designed or marketed for datacenters, that would ${effect(p.boundary, p.current, w)}.`,
    'rule-set-status': (p, w) => {
      const span = p.until ? `in force from ${w.date(p.effective)} to ${w.date(p.until)}` : `effective ${w.date(p.effective)}`;
      const replaced = p.supersededBy ? `; replaced by ${w.ruleSetTitle(p.supersededBy)}` : '';
      const standing = {
        superseded: `superseded (${span}${replaced}): use it for history or comparison, not for today's exports`,
        'not-enforced': `not enforced (${span}${replaced}): use it for history or comparison, not for today's exports`,
        revoked: `revoked (${span}${replaced}): kept for history, not in force`,
        reported: `reported, not published (${span}): its lines come from company filings and press reports, not from a published rule`,
        bill: `a bill, not law (${span}): a proposal, not a rule in force`,
        hypothetical: `hypothetical${p.derivedFrom ? `, with thresholds edited from ${w.ruleSetTitle(p.derivedFrom)}` : ''}: a what-if, not a rule in force`,
      }[p.status];
      return `This rule set is ${standing}.`;
    },
    'sparse-halved': (p, w) => `The ${p.format} figure ${w.number(p.value, 3)} ${p.unit} was marked sparse and halved to ${w.number(p.denseTeraOps, 3)} dense tera-operations/s: the rules count dense throughput.`,
    'bit-length-open': (p, w) => `${p.format} is scored at ${p.bitLength} bits (its storage width); the rules do not settle whether its ${p.alternative} significant bits count instead. `
      + (p.decides ? `This figure decides TPP: at ${p.alternative} bits TPP would be ${w.value('tpp', p.tppIfAlternative)}.` : 'It does not decide TPP either way.'),
    'planar-excluded': (p, w) => `${w.number(p.area, 2)} mm² of die area on a planar process is left out of the applicable die area, as the definition counts only non-planar logic dies.`,
    'near-threshold': (p, w) => `${position(p.condition, w)} of ${w.item(p.item).label}, within 1%: datasheet figures are often rounded, so check the exact values.`,
    'hbm-not-used': () => 'The spec gives an HBM stack (hbmStack), but it describes a logic chip, whose co-packaged HBM is outside 3A090.c: the stack is not evaluated. Set kind to "hbm-stack" to evaluate a standalone HBM stack.',
};

export const en: EngineMessages = { ...enWords, steps: enSteps };
