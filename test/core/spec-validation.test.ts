import { expect } from '@open-wc/testing';
import { evaluate, validateSpec } from '../../src/core/index.js';

const ok = { format: 'FP8', value: 100, unit: 'TFLOPS' };

function errorsOf(spec: unknown) {
  const { errors } = validateSpec(spec);
  return errors.map((e) => [e.field, e.code]);
}

function messageOf(spec: unknown) {
  return validateSpec(spec).errors.map((e) => e.message);
}

describe('spec validation', () => {
  it('accepts a minimal spec, numbers as numbers or decimal strings', () => {
    expect(errorsOf({})).to.deep.equal([]);
    expect(errorsOf({ throughput: [{ format: 'FP8', value: ' 1.5e2 ', unit: 'TFLOPS' }], dies: [{ areaMm2: '814' }] })).to.deep.equal([]);
  });

  it('rejects what is not a spec object', () => {
    expect(errorsOf(null)).to.deep.equal([['spec', 'missing']]);
    expect(errorsOf('H100')).to.deep.equal([['spec', 'wrong-type']]);
    expect(errorsOf([1])).to.deep.equal([['spec', 'wrong-type']]);
  });

  it('names the field of each problem with a throughput entry', () => {
    expect(errorsOf({ throughput: [{ format: 'FP8', unit: 'TFLOPS' }] })).to.deep.equal([['throughput[0].value', 'missing']]);
    expect(errorsOf({ throughput: [ok, { ...ok, value: 'abc' }] })).to.deep.equal([['throughput[1].value', 'not-a-number']]);
    expect(errorsOf({ throughput: [{ ...ok, value: '1,979' }] })).to.deep.equal([['throughput[0].value', 'separator']]);
    expect(errorsOf({ throughput: [{ ...ok, value: '1979,5' }] })).to.deep.equal([['throughput[0].value', 'separator']]);
    expect(errorsOf({ throughput: [{ ...ok, value: -1 }] })).to.deep.equal([['throughput[0].value', 'negative']]);
    expect(errorsOf({ throughput: [{ ...ok, value: Number.NaN }] })).to.deep.equal([['throughput[0].value', 'not-finite']]);
    expect(errorsOf({ throughput: [{ ...ok, value: Infinity }] })).to.deep.equal([['throughput[0].value', 'not-finite']]);
    expect(errorsOf({ throughput: [{ ...ok, value: '1e999' }] })).to.deep.equal([['throughput[0].value', 'out-of-range']]);
    expect(errorsOf({ throughput: [{ ...ok, value: true }] })).to.deep.equal([['throughput[0].value', 'wrong-type']]);
    expect(errorsOf({ throughput: [{ ...ok, format: 'FP7' }] })).to.deep.equal([['throughput[0].format', 'unknown-format']]);
    expect(errorsOf({ throughput: [{ ...ok, format: '' }] })).to.deep.equal([['throughput[0].format', 'missing']]);
    expect(errorsOf({ throughput: [{ value: 1, unit: 'TOPS' }] })).to.deep.equal([['throughput[0].format', 'missing']]);
    expect(errorsOf({ throughput: [{ ...ok, format: 8 }] })).to.deep.equal([['throughput[0].format', 'wrong-type']]);
    expect(errorsOf({ throughput: [{ ...ok, unit: 'TB/s' }] })).to.deep.equal([['throughput[0].unit', 'unknown-unit']]);
    expect(errorsOf({ throughput: [{ format: 'FP8', value: 1 }] })).to.deep.equal([['throughput[0].unit', 'missing']]);
    expect(errorsOf({ throughput: [{ ...ok, sparse: 'yes' }] })).to.deep.equal([['throughput[0].sparse', 'wrong-type']]);
    expect(errorsOf({ throughput: [{ ...ok, bitLength: 0 }] })).to.deep.equal([['throughput[0].bitLength', 'not-positive']]);
    expect(errorsOf({ throughput: [{ ...ok, processingUnit: 3 }] })).to.deep.equal([['throughput[0].processingUnit', 'wrong-type']]);
    expect(errorsOf({ throughput: [{ ...ok, precision: 'FP8' }] })).to.deep.equal([['throughput[0].precision', 'unknown-field']]);
    expect(errorsOf({ throughput: ['FP8'] })).to.deep.equal([['throughput[0]', 'wrong-type']]);
    expect(errorsOf({ throughput: { format: 'FP8' } })).to.deep.equal([['throughput', 'wrong-type']]);
  });

  it('rejects zero or negative die area, and names the die', () => {
    expect(errorsOf({ dies: [{ areaMm2: 814 }, { areaMm2: 0 }] })).to.deep.equal([['dies[1].areaMm2', 'not-positive']]);
    expect(errorsOf({ dies: [{ areaMm2: -5 }] })).to.deep.equal([['dies[0].areaMm2', 'negative']]);
    expect(errorsOf({ dies: [{}] })).to.deep.equal([['dies[0].areaMm2', 'missing']]);
    expect(errorsOf({ dies: [{ areaMm2: 5, nonPlanar: 'no' }] })).to.deep.equal([['dies[0].nonPlanar', 'wrong-type']]);
    expect(errorsOf({ dies: [5] })).to.deep.equal([['dies[0]', 'wrong-type']]);
  });

  it('checks the other fields', () => {
    expect(errorsOf({ datacenter: 'yes' })).to.deep.equal([['datacenter', 'wrong-type']]);
    expect(errorsOf({ name: 5 })).to.deep.equal([['name', 'wrong-type']]);
    expect(errorsOf({ dramBandwidthGBps: 'fast' })).to.deep.equal([['dramBandwidthGBps', 'not-a-number']]);
    expect(errorsOf({ interconnectGBps: -600 })).to.deep.equal([['interconnectGBps', 'negative']]);
    expect(errorsOf({ hbmStack: { bandwidthGBps: 1229 } })).to.deep.equal([['hbmStack.areaMm2', 'missing']]);
    expect(errorsOf({ hbmStack: 'HBM3E' })).to.deep.equal([['hbmStack', 'wrong-type']]);
    expect(errorsOf({ interconect: 600 })).to.deep.equal([['interconect', 'unknown-field']]);
  });

  it('writes messages that name the field and say what to do', () => {
    expect(messageOf({ throughput: [{ ...ok, value: '1,979' }] })).to.deep.equal([
      'throughput[0].value is not a number: use "." as the decimal separator and no thousands separators ("1,979").',
    ]);
    expect(messageOf({ throughput: [{ ...ok, format: 'FP7' }] })[0]).to.match(/^throughput\[0\]\.format "FP7" is not a known format \(FP64, .*\); give its bitLength\.$/);
    expect(messageOf({ dies: [{ areaMm2: 0 }] })).to.deep.equal(['dies[0].areaMm2 must be greater than zero.']);
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ datacenter: 1, throughput: [{ format: 'FP8', value: 'x', unit: 'Q' }], dies: [{ areaMm2: 0 }] })).to.deep.equal([
      ['datacenter', 'wrong-type'], ['throughput[0].unit', 'unknown-unit'], ['throughput[0].value', 'not-a-number'], ['dies[0].areaMm2', 'not-positive'],
    ]);
  });

  it('gives evaluate an invalid status with the errors, never an exception', () => {
    for (const bad of [undefined, null, 42, 'x', [], { throughput: 'lots' }, { dies: [{ areaMm2: {} }] }, JSON.parse('{"__proto__": {"x": 1}}')]) {
      const result = evaluate(bad, 'bis-3a090-2023');
      expect(result.status, JSON.stringify(bad)).to.equal('invalid');
      expect(result.errors.length).to.be.greaterThan(0);
      expect(result.metrics).to.equal(null);
    }
    const result = evaluate({ throughput: [{ format: 'FP8', value: 'x', unit: 'TFLOPS' }] });
    expect(result.status).to.equal('invalid');
    expect(result.errors[0]!.field).to.equal('throughput[0].value');
    expect(result.ruleSet!.id).to.equal('bis-3a090-2023');
  });

  it('names an unknown rule set id', () => {
    const result = evaluate({}, 'bis-3a090-2099');
    expect(result.status).to.equal('invalid');
    expect(result.errors[0]!.message).to.match(/^ruleSet "bis-3a090-2099" is not a known rule set \(known: bis-3a090-2022, bis-3a090-2023, bis-3a090c-2024, us-is-informed-h20-2025, bis-china-review-2026, us-section-232-tariff-2026, .*, us-eo-14110\)\.$/);
  });
});
