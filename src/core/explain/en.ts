/**
 * The English catalogue: how the engine's structured steps and warnings read in English, on top of
 * its words (en-words.ts). Node users get these sentences as `explanation` and `warnings`; the
 * widget's English messages use this same catalogue, and each other language has one of its own of
 * the same type.
 */
import { Decimal } from '../decimal.js';
import type { Boundary } from '../boundary.js';
import { METRICS, type MetricDefinition } from '../metrics/registry.js';
import type { ConditionResult, Verdict } from '../rules/classify.js';
import { and, date, enWords, verdictWords } from './en-words.js';
import type { CountryRole, EntryParams, PerChipParams } from './steps.js';
import type { EngineMessages, StepMessages, Words } from './words.js';

function entryFormula(e: EntryParams, w: Words): string {
  const figure = `${e.format} ${w.number(e.value, 3)} ${e.unit}`;
  const notes = [e.countsMacs ? 'multiply-accumulates counted as 2 operations' : '', e.sparse ? 'sparse, halved' : ''].filter(Boolean);
  const converted = notes.length > 0 || (e.unit !== 'TOPS' && e.unit !== 'TFLOPS')
    ? ` = ${w.number(e.denseTeraOps, 3)} dense tera-operations/s${notes.length ? ` (${notes.join('; ')})` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength} bits${e.bitLengthOverridden ? ' (bit length given)' : ''}`;
}

/**
 * Where a known numeric value stands against its threshold, e.g. "TPP 4,790 is 10 below the 4,800
 * threshold"; for a metric compared as a multiple (a cap), "total TPP 1,187,400,000 is 1.5× the …".
 */
function position(c: ConditionResult, w: Words): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const def: MetricDefinition = METRICS[c.metric];
  // The relative margin is a division, made when first read: only a metric compared as a multiple reads it.
  const relative = def.compare === 'multiple' ? c.margin?.relative ?? null : null;
  const where = difference.isZero() ? 'exactly at'
    : relative !== null ? w.multipleOfLine(relative)
      : `${w.amount(c.metric, difference.toString(), false)} ${difference.isNegative() ? 'below' : 'above'}`;
  return `${w.metric(c.metric)} ${w.value(c.metric, c.value ?? '0')} is ${where} the ${w.threshold(c.metric, c.threshold)} threshold`;
}

/** One condition in words, e.g. "PD 2.91 is 0.29 below the 3.2 threshold (needs ≥ 3.2)". */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const phrase = (v: string) => `${v === 'true' ? '' : 'not '}${label}`;
    // A question that does not arise for this item (a cluster's, for a run described by its model) is false, not open.
    if (c.value === null) return c.met === false ? `${label}: does not apply` : `unknown whether ${label} (needs ${phrase(c.threshold)})`;
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

/** The whole number of chips that crosses a line the quantity lever reaches at `to` (a fraction). */
function chipsAcross(b: Boundary): string {
  const to = new Decimal(b.leverTo ?? '0');
  const count = b.direction === 'increase' ? (b.strict ? to.floor().plus(1) : to.ceil()) : (b.strict ? to.ceil().minus(1) : to.floor());
  return Decimal.max(count, 0).toString();
}

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const at = b.strict ? (b.direction === 'increase' ? 'above' : 'below') : 'at';
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `it is exactly at ${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? ', the die area unchanged' : `, with throughput ${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, with an applicable die area of ${w.number(b.leverTo ?? '0', 2)} mm²`
      : b.lever === 'quantity' && b.metric !== 'quantity' ? `, that is ${w.number(chipsAcross(b), 0)} chips`
        : b.lever === 'trainingDays' ? `, after ${w.number(b.leverTo ?? '0', 2)} days of training`
          : b.lever === 'runCompute' && b.metric !== 'trainingFlop' ? `, with this run's compute at ${w.value('trainingFlop', b.leverTo ?? '0')}` : '';
  return `Nearest line (${w.item(b.itemId).label}): ${w.metric(b.metric)} ${at} ${w.value(b.metric, b.to)} (${amount}${percent}${scope}) would ${effect(b, current, w)}.`;
}

const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format} at ${b.bitLength} bits`).join(', ');

const ROLE: Record<CountryRole, string> = { destination: 'Destination', buyerHeadquarters: 'Buyer headquartered in', shipFrom: 'Shipped from' };

/** A per-chip rate as typed, e.g. "BF16 989.5 TFLOPS", halved when sparse. */
function perChip(p: PerChipParams, w: Words): string {
  const figure = `${p.format ? `${p.format} ` : ''}${w.number(p.value, 3)} ${p.unit}`;
  return p.sparse ? `${figure} (sparse, halved to ${w.number(p.denseTeraOps, 3)} dense tera-operations/s)` : figure;
}

/** A share from 0 to 1 as a percentage without a sign, e.g. "40%". */
const share = (fraction: string, w: Words) => `${w.number(new Decimal(fraction).times(100).toString(), 2)}%`;

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
    fleet: (p, w) => `${w.number(p.quantity, 0)} chips × TPP ${w.value('tpp', p.tpp)} = total TPP ${w.value('totalTpp', p.totalTpp)}: `
      + `${w.value('h100EquivalentsByTpp', p.byTpp)} H100-equivalents by TPP (÷ 15,832, as the AI Diffusion rule's caps count)`
      + (p.by8Bit !== null && p.eightBitTeraOps !== null
        ? `, ${w.value('h100EquivalentsBy8Bit', p.by8Bit)} by peak 8-bit operations (${w.number(p.eightBitTeraOps, 3)} dense tera-operations/s each ÷ 1,979, as Epoch AI counts).`
        : '; none by 8-bit operations, as no 8-bit figure was given.'),
    country: (p, w) => `${ROLE[p.role]} ${p.country}${p.role === 'shipFrom' ? (p.country === 'US' ? ' (an export from the United States)' : ' (a reexport or an export from abroad)')
      : p.groups.length ? ` (Country Group${p.groups.length > 1 ? 's' : ''} ${w.and(p.groups)})` : ' (in none of Country Groups D:1, D:4, D:5, A:5 and A:6)'}.`,
    'training-unknown': () => 'The training compute is unknown: give the cluster (chips, per-chip rate, utilisation and duration), the model (parameters and tokens), or the total FLOP.',
    'training-cluster': (p, w) => `The run's compute is ${w.value('trainingFlop', p.flop)} = ${w.number(p.chips, 0)} chips × ${perChip(p.perChip, w)} × ${share(p.utilization, w)} utilisation × ${w.number(p.days, 3)} days (${w.number(p.seconds, 0)} s).`,
    'training-cluster-rate': (p, w) => `The cluster runs at ${w.value('clusterPeakOpsPerSecond', p.rate)} = ${w.number(p.chips, 0)} chips × ${perChip(p.perChip, w)} × ${share(p.utilization, w)} utilisation (peak ${w.value('clusterPeakOpsPerSecond', p.peak)}); no duration was given, so the run's compute is unknown.`,
    'training-model': (p, w) => `The run's compute is ${w.value('trainingFlop', p.flop)} = 6 × ${w.figure('trainingFlop', p.parameters)} ${p.active ? 'active parameters' : 'parameters'} × ${w.figure('trainingFlop', p.tokens)} tokens.`,
    'training-total': (p, w) => `The run's compute is given: ${w.value('trainingFlop', p.flop)}.`,
    'training-cumulative': (p, w) => `The model's training compute is ${w.value('trainingFlop', p.total)} = ${[
      ...(p.base !== null ? [`the original model's ${w.value('trainingFlop', p.base)}`] : []),
      `this run's ${w.value('trainingFlop', p.run)}`,
      ...(p.fineTuning !== null ? [`fine-tuning and other modifications ${w.value('trainingFlop', p.fineTuning)}`] : []),
    ].join(' + ')}.`,
    modification: (p, w) => {
      const thirds = new Decimal(p.thirds);
      const side = thirds.greaterThan(1) ? 'more than' : thirds.lessThan(1) ? 'less than' : 'exactly';
      return `The modification used ${w.value('trainingFlop', p.modification)}, ${side} a third of the original model's ${w.value('trainingFlop', p.base)} `
        + `(${w.value('modificationThirds', p.thirds)} thirds).`;
    },
    'days-to-line': (p, w) => `At this rate the model's compute reaches ${w.threshold('trainingFlop', p.threshold)} (${w.item(p.item).label}) after ${w.number(p.days, 2)} days of training`
      + `${p.durationDays !== null ? `; the run lasts ${w.number(p.durationDays, 3)} days` : ''}.`,
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
      const stage = p.stage ? `; ${p.stage.label}, ${w.date(p.stage.date)}` : '';
      const replaced = p.supersededBy ? `; replaced by ${w.ruleSetTitle(p.supersededBy)}` : '';
      const standing = {
        superseded: `superseded (${span}${replaced}): use it for history or comparison, not for today's exports`,
        'not-enforced': `not enforced (${span}${replaced}): use it for history or comparison, not for today's exports`,
        revoked: `revoked (${span}${replaced}): kept for history, not in force`,
        reported: `reported, not published (${span}): its lines come from company filings and press reports, not from a published rule`,
        bill: `a bill, not law (${p.stage ? `introduced ${w.date(p.effective)}${stage}` : span}): a proposal, not a rule in force`,
        hypothetical: `hypothetical${p.derivedFrom ? `, with thresholds edited from ${w.ruleSetTitle(p.derivedFrom)}` : ''}: a what-if, not a rule in force`,
        enacted: `enacted, not yet in force: it takes effect on ${w.date(p.effective)}${stage}`,
        withdrawn: `a withdrawn draft, never published (reported ${w.date(p.effective)}${stage}): its lines come from press reports of the draft`,
      }[p.status];
      return `This rule set is ${standing}.`;
    },
    'sparse-halved': (p, w) => `The ${p.format} figure ${w.number(p.value, 3)} ${p.unit} was marked sparse and halved to ${w.number(p.denseTeraOps, 3)} dense tera-operations/s: the rules count dense throughput.`,
    'bit-length-open': (p, w) => `${p.format} is scored at ${p.bitLength} bits (its storage width); the rules do not settle whether its ${p.alternative} significant bits count instead. `
      + (p.decides ? `This figure decides TPP: at ${p.alternative} bits TPP would be ${w.value('tpp', p.tppIfAlternative)}.` : 'It does not decide TPP either way.'),
    'planar-excluded': (p, w) => `${w.number(p.area, 2)} mm² of die area on a planar process is left out of the applicable die area, as the definition counts only non-planar logic dies.`,
    'near-threshold': (p, w) => `${position(p.condition, w)} of ${w.item(p.item).label}, within 1%: datasheet figures are often rounded, so check the exact values.`,
    'hbm-not-used': () => 'The spec gives an HBM stack (hbmStack), but it describes a logic chip, whose co-packaged HBM is outside 3A090.c: the stack is not evaluated. Set kind to "hbm-stack" to evaluate a standalone HBM stack.',
    'h100e-conventions': (p, w) => `By TPP one of these chips counts as ${w.value('h100EquivalentsByTpp', p.byTpp)} H100s, by peak 8-bit operations as ${w.value('h100EquivalentsBy8Bit', p.by8Bit)}: `
      + 'TPP weighs each operation by its bit length and takes the highest, so a chip\'s 4-bit rate can count for more than its 8-bit one. The AI Diffusion rule\'s caps count TPP; Epoch AI counts 8-bit operations.',
    'country-note': (p) => `${ROLE[p.role]} ${p.country}${p.group ? ` (Country Group ${p.group})` : ''}: ${p.note}`,
    'training-estimate': (p) => (p.route === 'cluster'
      ? 'The run\'s compute is estimated as peak rate × utilisation × duration; the rules count the operations actually performed, so give the measured total (totalFlop) when it is known.'
      : '6 × parameters × tokens estimates a dense transformer\'s training operations (forward and backward passes); it leaves out attention and other terms, and the rules count the operations actually performed.'),
};

export const en: EngineMessages = { ...enWords, steps: enSteps };
