// Checks the built engine as a Node user meets it: imported by package name through the exports
// map, evaluating a chip without a DOM.
import assert from 'node:assert/strict';

const core = await import('compute-threshold-calculator/core');
const h100 = {
  datacenter: true,
  throughput: [{ format: 'FP8', value: 3958, unit: 'TFLOPS', sparse: true }],
  dies: [{ areaMm2: 814 }],
};
const result = core.evaluate(h100, 'bis-3a090-2023');
assert.equal(result.status, 'controlled');
assert.equal(result.classification, '3A090.a');
assert.equal(result.metrics.tpp, '15832');
assert.deepEqual(core.ruleSets.map((r) => r.id), [
  'bis-3a090-2022', 'bis-3a090-2023', 'bis-3a090c-2024', 'us-is-informed-h20-2025', 'bis-china-review-2026',
  'us-section-232-tariff-2026', 'bis-advanced-computing-licence-2026', 'us-ai-diffusion-caps-2025', 'bis-china-volume-cap-2026',
  'us-draft-scale-licensing-2026', 'us-bill-gain-ai-2025', 'us-bill-safe-chips-2025', 'us-bill-ai-overwatch-2026',
  'eu-ai-act-art51', 'ca-sb53', 'ny-raise', 'us-eo-14110',
]);
// A shipment and a training run, as issues 15 and 16 state them.
const h200 = core.catalog.find((c) => c.id === 'nvidia-h200-sxm').spec;
assert.deepEqual(core.evaluate(h200, 'us-section-232-tariff-2026').matchedClauses, ['band-1']);
assert.equal(core.evaluate({ ...h200, quantity: 75000 }, 'us-ai-diffusion-caps-2025').metrics.totalTpp, '1187400000');
const llama = core.evaluate({ kind: 'training-run', model: { parameters: '405e9', tokens: '15.6e12' } }, 'eu-ai-act-art51');
assert.deepEqual([llama.status, llama.metrics.training.trainingFlop], ['controlled', '37908000000000000000000000']);
assert.ok(core.catalog.length >= 60);
// The verdict path, then its explanation, as a table of chips would use them.
const verdict = core.evaluateVerdict(core.prepareSpec(h100), 'bis-3a090-2023');
assert.deepEqual([verdict.status, verdict.explanation], ['controlled', []]);
assert.deepEqual(core.explainResult(verdict).explanation, result.explanation);
const { catalogWithSources } = await import('compute-threshold-calculator/catalog');
assert.equal(catalogWithSources.length, core.catalog.length);
assert.ok(catalogWithSources.every((chip) => chip.sources.length > 0));
assert.equal(core.evaluate({ throughput: 'x' }).status, 'invalid');
console.log(`node smoke: engine imported from compute-threshold-calculator/core (${Object.keys(core).length} exports); H100 TPP ${result.metrics.tpp}, ${result.classification}`);
