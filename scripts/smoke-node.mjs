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
assert.deepEqual(core.ruleSets.map((r) => r.id), ['bis-3a090-2022', 'bis-3a090-2023', 'bis-3a090c-2024', 'us-is-informed-h20-2025', 'bis-china-review-2026']);
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
