// npm run fuzz [count] [seed]: random specs and random rule-set JSON through the built engine
// (dist/core.js, as a Node user imports it). For each pair it checks that nothing throws, that no
// number in the result is NaN or infinite, that the verdict path (`evaluateVerdict`) agrees with
// the full evaluation on everything they share, and that an invalid result names each field.
// Exits non-zero with the seed and the failing input on the first failure. CI runs a short pass.
import {
  ENTRY_FIELDS, FORMAT_BIT_LENGTHS, METRICS, METRIC_NAMES, OPERATORS, RULE_SET_STATUSES, SPEC_FIELDS, TARIFF_EXEMPTIONS, TRAINING_FIELDS, UNITS,
  evaluate, evaluateVerdict, ruleSets, validateRuleSet,
} from 'compute-threshold-calculator/core';

const count = Number(process.argv[2] ?? 100000);
const seed = Number(process.argv[3] ?? Date.now() % 2147483647);

/** A seeded generator, so that a failure can be replayed with its seed. */
let state = seed;
const random = () => {
  state = (state * 48271) % 2147483647;
  return state / 2147483647;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

/** Whether the spec being made is hostile (odd values anywhere) or a datasheet's (rarely odd). */
let hostile = false;
const odd = (p) => chance(hostile ? p : p / 20);

/** Numbers as datasheets, forms and hostile pages write them. */
function number() {
  const datasheet = [
    () => String(between(0, 99999)),
    () => `${between(0, 9999)}.${between(0, 999)}`,
    () => between(0, 5000),
    () => random() * 10000,
  ];
  if (!odd(0.4)) return pick(datasheet)();
  return pick([
    () => pick(['1e3', '2.5E2', '1e400', '-1e400', '1e-400', '0', '-0', '-5', '0.000001', '9'.repeat(40), '1,979', '1.979,5', ' 12 ', '', 'abc', 'NaN', 'Infinity', '0x10', '1_000']),
    () => pick([null, undefined, true, [], {}, Number.NaN, Number.POSITIVE_INFINITY, -1, Number.MAX_VALUE, Number.MIN_VALUE]),
  ])();
}

const FORMATS = [...Object.keys(FORMAT_BIT_LENGTHS), 'fp8', ' BF16 '];
const ODD_FORMATS = ['FP6', 'MXFP4', '', 'INT3', null];
const UNIT_NAMES = [...Object.keys(UNITS), 'tflops'];
const ODD_UNITS = ['TFLOP', 'FLOPS', '', null];

function entry() {
  const raw = { format: pick(odd(0.1) ? ODD_FORMATS : FORMATS), value: number(), unit: pick(odd(0.1) ? ODD_UNITS : UNIT_NAMES) };
  if (chance(0.3)) raw.sparse = odd(0.3) ? pick(['yes', null]) : pick([true, false]);
  if (chance(0.15)) raw.bitLength = number();
  if (chance(0.2)) raw.processingUnit = odd(0.3) ? pick(['', null, 3]) : pick(['a', 'b']);
  if (odd(0.05)) raw[pick(['extra', 'Value', 'formats'])] = number();
  if (odd(0.03)) delete raw[pick(ENTRY_FIELDS)];
  return odd(0.02) ? pick([null, 'FP8 100 TFLOPS', 7, []]) : raw;
}

const COUNTRIES = ['US', 'CN', 'MO', 'HK', 'AE', 'DE', 'IL', 'IN', 'CY', 'KH', 'MY', 'RU', 'VN', 'de', ' cn '];
const ODD_COUNTRIES = ['XX', 'USA', '', 5, null, 'China'];
const country = () => pick(odd(0.2) ? ODD_COUNTRIES : COUNTRIES);

/** A huge figure as training compute is written: 3.79e25, "1e26", or a datasheet-like number. */
function flop() {
  if (odd(0.3)) return number();
  return pick([() => `${between(1, 9)}.${between(0, 99)}e${between(18, 28)}`, () => `1e${between(20, 28)}`, () => String(between(1, 9999)) + '0'.repeat(between(18, 24))])();
}

/** A training-run spec: usually one route to its compute, sometimes none or two, sometimes broken. */
function trainingRun() {
  const raw = { kind: 'training-run' };
  const routes = odd(0.1) ? ['cluster', 'model', 'totalFlop'].filter(() => chance(0.5)) : [pick(['cluster', 'model', 'totalFlop', 'none'])];
  if (routes.includes('cluster')) {
    raw.cluster = odd(0.05) ? pick(['big', 3, []]) : {
      chips: odd(0.2) ? number() : between(1, 100000),
      perChip: odd(0.05) ? pick([null, 'BF16']) : { format: pick(['BF16', 'FP8', '', undefined]), value: number(), unit: pick(odd(0.1) ? ODD_UNITS : UNIT_NAMES), ...(chance(0.2) ? { sparse: odd(0.2) ? 'yes' : true } : {}) },
      utilization: odd(0.2) ? pick(['1.2', '0', -0.1, 'x']) : pick(['0.4', '0.35', '1', String(random())]),
      ...(chance(0.7) ? { durationDays: odd(0.2) ? number() : String(between(1, 200)) } : {}),
      ...(chance(0.3) ? { networkGbps: number() } : {}),
      ...(chance(0.3) ? { singleDatacenter: odd(0.2) ? 'yes' : pick([true, false]) } : {}),
    };
  }
  if (routes.includes('model')) {
    raw.model = odd(0.05) ? 'llama' : {
      ...(chance(0.9) ? { parameters: odd(0.2) ? number() : `${between(1, 999)}e${between(6, 12)}` } : {}),
      ...(chance(0.3) ? { activeParameters: `${between(1, 99)}e9` } : {}),
      ...(chance(0.95) ? { tokens: odd(0.2) ? number() : `${between(1, 40)}e12` } : {}),
    };
  }
  if (routes.includes('totalFlop')) raw.totalFlop = flop();
  if (chance(0.3)) raw.fineTuningFlop = flop();
  if (chance(0.3)) raw.baseModelFlop = flop();
  if (chance(0.3)) raw.developerRevenueUsd = odd(0.2) ? number() : pick(['500000000', '500000000.01', String(between(0, 9e9))]);
  if (chance(0.3)) raw.biologicalSequenceData = odd(0.2) ? 'no' : pick([true, false]);
  if (chance(0.3)) raw.generatesContent = odd(0.2) ? 1 : pick([true, false]);
  if (chance(0.3)) raw.name = pick(['Llama', '<b>x</b>', '']);
  if (odd(0.05)) raw[pick(['throughput', 'flops', 'dies'])] = number();
  if (odd(0.02)) delete raw[pick(TRAINING_FIELDS)];
  return raw;
}

function spec() {
  hostile = chance(0.3);
  if (chance(0.2)) return trainingRun();
  const raw = {};
  if (chance(0.15)) raw.kind = odd(0.3) ? pick(['memory', null]) : pick(['logic', 'hbm-stack']);
  if (chance(0.5)) raw.name = pick(['Chip', '<img src=x onerror=alert(1)>', '', 5]);
  if (chance(0.8)) raw.datacenter = odd(0.2) ? pick([null, 'yes']) : pick([true, false]);
  if (chance(0.9)) raw.throughput = odd(0.05) ? pick([null, 'many', {}]) : Array.from({ length: between(0, 4) }, entry);
  if (chance(0.8)) {
    raw.dies = odd(0.05) ? pick([null, 'big']) : Array.from({ length: between(0, 3) }, () => ({
      areaMm2: number(), ...(chance(0.3) ? { nonPlanar: odd(0.2) ? 'no' : pick([true, false]) } : {}), ...(chance(0.2) ? { name: 'GH100' } : {}),
    }));
  }
  if (chance(0.5)) raw.dramBandwidthGBps = number();
  if (chance(0.5)) raw.interconnectGBps = number();
  if (chance(0.15)) raw.hbmStack = odd(0.1) ? pick([null, 'stack']) : { bandwidthGBps: number(), areaMm2: number() };
  if (chance(0.3)) raw.usAvailableSince = odd(0.3) ? pick([true, '2024-13-01', 'soon', null]) : pick(['2024-01-01', '2026-01-15', '2026-01-16', false]);
  if (chance(0.3)) raw.quantity = odd(0.3) ? number() : pick([1, 1699, 1700, 75000, '49899', 0]);
  if (chance(0.3)) raw.destinationCountry = country();
  if (chance(0.3)) raw.buyerHeadquartersCountry = country();
  if (chance(0.3)) raw.shipFromCountry = country();
  if (chance(0.2)) raw.tariffExemption = odd(0.2) ? pick(['tax', 3, '']) : pick(TARIFF_EXEMPTIONS);
  if (chance(0.15)) raw.usEndUseQuantity = odd(0.3) ? number() : pick([1, 1000, 150000]);
  if (odd(0.05)) raw[pick(['tpp', 'Throughput', 'die'])] = number();
  if (odd(0.02)) delete raw[pick(SPEC_FIELDS)];
  return odd(0.02) ? pick([null, undefined, 'spec', 42, []]) : raw;
}

const THRESHOLDS = {
  itemKind: () => pick(['logic', 'hbm-stack', 'training-run']), classification: () => pick(['3A090.a', 'X']),
  destinationCountry: country, buyerHeadquartersCountry: country, shipFromCountry: country, tariffExemption: () => pick(TARIFF_EXEMPTIONS),
  trainingFlop: flop, clusterPeakOpsPerSecond: () => pick(['1e20', '1e19']),
};
/** A threshold of the metric's kind (a country for a country, true or false for a yes/no), sometimes odd. */
function thresholdOf(metric) {
  const kind = METRICS[metric]?.kind;
  if (THRESHOLDS[metric] && chance(0.9)) return THRESHOLDS[metric]();
  if (kind === 'boolean') return pick([true, false]);
  if (kind === 'date') return pick(['2026-01-15', '2025-01-01']);
  return chance(0.97) ? pick([String(between(0, 6000)), `${between(0, 9)}.${between(0, 99)}`, between(0, 6000)]) : number();
}

/** A condition on the metrics a phase may test (outcomes may also test the classification), with the operators each metric takes. */
function condition(depth, phase) {
  if (depth < 3 && chance(0.3)) return { [pick(['all', 'any'])]: Array.from({ length: between(chance(0.01) ? 0 : 1, 3) }, () => condition(depth + 1, phase)) };
  const metric = chance(0.01) ? pick(['flops', '', null]) : pick(METRIC_NAMES.filter((m) => phase === 'outcome' || METRICS[m].phase === phase));
  const kind = METRICS[metric]?.kind;
  const threshold = thresholdOf(metric);
  const operators = kind === 'number' || kind === 'date' ? OPERATORS : ['=='];
  return { metric, op: chance(0.01) ? pick(['=>', '!=', null]) : pick(operators), threshold };
}

function item(kind, index) {
  const raw = { id: `${kind}-${index}`, title: `${kind} ${index}`, when: condition(0, kind === 'outcome' ? 'outcome' : 'classification') };
  if (kind === 'clause') raw.classification = pick(['3A090.a', '3A090.b', 'X.1']);
  // An outcome says what follows in its text; a clause or note may.
  if (kind === 'outcome' || chance(0.2)) raw.text = 'Because.';
  if (chance(0.01)) delete raw[pick(['id', 'title', 'when'])];
  return raw;
}

/** A rule set: mostly well formed (so that evaluations happen), sometimes extending a built-in, sometimes broken. */
function ruleSet(index) {
  const raw = {
    id: `fuzz-${index}`, title: 'Fuzzed rules', appliesTo: 'Integrated circuits',
    citation: { document: 'Fuzz', published: '2026-01-01', url: 'https://example.org/fuzz' },
    effective: '2026-01-01', status: pick(RULE_SET_STATUSES), sources: [],
    clauses: Array.from({ length: between(1, 4) }, (_, i) => item('clause', i)),
  };
  if (chance(0.4)) raw.exclusions = Array.from({ length: between(1, 2) }, (_, i) => item('note', i));
  if (chance(0.4)) raw.outcomes = Array.from({ length: between(1, 3) }, (_, i) => item('outcome', i));
  if (chance(0.2)) raw.scope = { covers: 'logic chips', when: { metric: 'itemKind', op: '==', threshold: pick(['logic', 'training-run']) } };
  if (raw.status === 'bill' && chance(0.5)) raw.stage = odd(0.2) ? pick([{ label: '' }, 'x']) : { label: 'in committee', date: '2026-01-01' };
  if (chance(0.25)) {
    raw.extends = chance(0.05) ? 'nothing' : pick(ruleSets.map((r) => r.id));
    if (chance(0.5)) delete raw.clauses;
  } else if (chance(0.01)) {
    delete raw.clauses;
  }
  if (chance(0.02)) raw[pick(['status', 'citation', 'effective'])] = pick([null, 'x', 3]);
  return raw;
}

/** Every number and numeric text in a result: none may be NaN or infinite (an error may quote what was given, "NaN" say). */
function badNumbers(value, path = 'result', found = []) {
  if (path.endsWith('.params.given')) return found;
  if (typeof value === 'number' && !Number.isFinite(value)) found.push(path);
  else if (typeof value === 'string' && /^-?(NaN|Infinity)$/.test(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => badNumbers(v, `${path}[${i}]`, found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) badNumbers(v, `${path}.${k}`, found);
  return found;
}

/** What the verdict path and the full evaluation must agree on. */
const SHARED = ['status', 'classification', 'matchedClauses', 'excludedBy', 'outOfScope', 'possibleClassifications', 'decidedBy', 'metrics', 'scope', 'clauses', 'exclusions', 'outcomes', 'readings', 'errors'];
const shared = (result) => JSON.stringify(SHARED.map((key) => result[key]));

function fail(message, input) {
  console.error(`fuzz: ${message} (seed ${seed})\n${JSON.stringify(input, null, 2)?.slice(0, 4000)}`);
  process.exit(1);
}

const started = performance.now();
const tally = { evaluated: 0, invalid: 0, ruleSetsRejected: 0 };
for (let i = 0; i < count; i += 1) {
  const input = { spec: spec(), ruleSet: chance(0.6) ? pick(ruleSets).id : ruleSet(i) };
  let full;
  let verdict;
  try {
    full = evaluate(input.spec, input.ruleSet);
    verdict = evaluateVerdict(input.spec, input.ruleSet);
  } catch (error) {
    fail(`threw ${error instanceof Error ? error.stack : error}`, input);
  }
  const bad = badNumbers(full);
  if (bad.length) fail(`NaN or Infinity at ${bad.join(', ')}`, input);
  if (shared(full) !== shared(verdict)) fail('the verdict path disagrees with the full evaluation', input);
  if (full.status === 'invalid') {
    tally.invalid += 1;
    if (full.errors.length === 0) fail('invalid without errors', input);
    for (const e of full.errors) {
      if (!e.field || !Array.isArray(e.path) || !e.code || !e.message) fail(`an error without field, path, code or message: ${JSON.stringify(e)}`, input);
    }
    if (typeof input.ruleSet === 'object' && !validateRuleSet(input.ruleSet, new Map(ruleSets.map((r) => [r.id, r]))).ruleSet) tally.ruleSetsRejected += 1;
  } else {
    tally.evaluated += 1;
    if (full.explanation.length === 0 || full.explanation.some((s) => typeof s !== 'string' || s.length === 0)) fail('an evaluated result without an explanation', input);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${count.toLocaleString('en-US')} specs and rule sets (seed ${seed}) in ${seconds.toFixed(1)} s: `
  + `${tally.evaluated.toLocaleString('en-US')} evaluated, ${tally.invalid.toLocaleString('en-US')} invalid `
  + `(${tally.ruleSetsRejected.toLocaleString('en-US')} for their rule set); no exception, no NaN or Infinity, the verdict path equal to the full evaluation.`);
