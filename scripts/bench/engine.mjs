// Engine throughput: evaluations per second over catalog-like specs under every built-in rule set,
// beside the same classification done with plain JavaScript numbers (no decimals, no explanation,
// no boundary search) as a baseline. Three ways in: the verdict path per (spec, rule set); the
// verdict path with each spec prepared once for all rule sets, as a table of chips does; and the
// full evaluation with boundaries and explanation. Imports the built package, as a Node user would.
import { catalog, evaluate, evaluateVerdict, prepareSpec, ruleSets } from 'compute-threshold-calculator/core';

/** Deterministic pseudo-random numbers, so that runs compare. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Catalog chips with throughput and die area scaled by random factors, written as 2-decimal strings. */
export function catalogLikeSpecs(count, seed = 42) {
  const next = random(seed);
  const chips = catalog.filter((c) => (c.spec.throughput ?? []).length > 0);
  return Array.from({ length: count }, (_, i) => {
    const { spec } = chips[i % chips.length];
    const scale = 0.5 + next();
    return {
      ...spec,
      throughput: spec.throughput.map((t) => ({ ...t, value: (Number(t.value) * scale).toFixed(2) })),
      ...(spec.dies ? { dies: spec.dies.map((d) => ({ ...d, areaMm2: (Number(d.areaMm2) * (0.7 + next() * 0.6)).toFixed(2) })) } : {}),
    };
  });
}

const BITS = { FP64: 64, FP32: 32, TF32: 32, FP16: 16, BF16: 16, FP8: 8, FP6: 6, FP4: 4, INT32: 32, INT16: 16, INT8: 8, INT4: 4 };
const FACTOR = { GOPS: 0.001, TOPS: 1, POPS: 1000, GFLOPS: 0.001, TFLOPS: 1, PFLOPS: 1000, GMACS: 0.002, TMACS: 2 };
const COMPARE = { '>=': (a, b) => a >= b, '>': (a, b) => a > b, '<': (a, b) => a < b, '<=': (a, b) => a <= b, '==': (a, b) => a === b };

/** The baseline: the same metrics and three-valued clause logic in binary floating point. */
function baselineEvaluate(spec, ruleSet) {
  const units = new Map();
  for (const t of spec.throughput) {
    const tpp = (Number(t.value) * FACTOR[t.unit.toUpperCase()] / (t.sparse ? 2 : 1)) * (t.bitLength ? Number(t.bitLength) : BITS[t.format.toUpperCase()]);
    const key = t.processingUnit ?? '';
    units.set(key, Math.max(units.get(key) ?? 0, tpp));
  }
  const tpp = [...units.values()].reduce((a, b) => a + b, 0);
  const area = (spec.dies ?? []).filter((d) => d.nonPlanar !== false).reduce((a, d) => a + Number(d.areaMm2), 0);
  const metrics = {
    tpp, performanceDensity: area > 0 ? tpp / area : null, datacenter: spec.datacenter ?? null,
    interconnectGBps: spec.interconnectGBps ?? null, dramBandwidthGBps: spec.dramBandwidthGBps ?? null, memoryBandwidthDensity: null,
  };
  const truth = (node) => {
    if (node.all || node.any) {
      const values = (node.all ?? node.any).map(truth);
      const decisive = !node.all;
      return values.includes(decisive) ? decisive : values.includes(null) ? null : !decisive;
    }
    const value = metrics[node.metric];
    if (value === null || value === undefined) return null;
    return COMPARE[node.op](value, typeof value === 'number' ? Number(node.threshold) : node.threshold);
  };
  if (ruleSet.exclusions.some((e) => truth(e.when) === true)) return 'not-controlled';
  return ruleSet.clauses.find((c) => truth(c.when) !== false)?.classification ?? 'not-controlled';
}

/** The best of `rounds` passes over every spec under every rule set; `run(spec, ruleSet)` per evaluation. */
function rate(label, specs, run, rounds = 3) {
  let best = null;
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    let count = 0;
    for (const spec of specs) for (const ruleSet of ruleSets) { run(spec, ruleSet); count += 1; }
    const seconds = (performance.now() - start) / 1000;
    if (!best || count / seconds > best.perSecond) best = { label, evaluations: count, seconds, perSecond: count / seconds };
  }
  return best;
}

/** The verdict and the metrics a table shows: what the verdict path is for. */
const verdictOf = (result) => (result.status === 'invalid' ? result.status : `${result.status} ${result.metrics.tpp} ${result.metrics.performanceDensity}`);

export function benchEngine(count = 10000) {
  const specs = catalogLikeSpecs(count);
  rate('warm-up', specs.slice(0, 300), (s, r) => evaluate(s, r).explanation.length, 1);
  const verdict = rate('evaluateVerdict per (spec, rule set)', specs, (s, r) => verdictOf(evaluateVerdict(s, r)));
  // One prepared spec per chip, evaluated under every rule set in turn.
  let last = null;
  const prepared = rate('evaluateVerdict, spec prepared once per chip', specs, (s, r) => {
    if (last?.spec !== s) last = { spec: s, prepared: prepareSpec(s) };
    return verdictOf(evaluateVerdict(last.prepared, r));
  });
  const full = rate('evaluate (boundaries and explanation)', specs.slice(0, Math.ceil(count / 4)), (s, r) => evaluate(s, r).explanation.length);
  const baseline = rate('baseline (JS numbers, classification only)', specs, baselineEvaluate);
  return { specs: count, ruleSets: ruleSets.length, verdict, prepared, full, baseline };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = benchEngine(Number(process.argv[2] ?? 10000));
  console.log(JSON.stringify(result, null, 2));
}
