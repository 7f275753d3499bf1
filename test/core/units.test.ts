import { expect } from '@open-wc/testing';
import { computeMetrics, type ThroughputEntry } from '../../src/core/index.js';

function tppOf(...throughput: ThroughputEntry[]): string | null {
  const { metrics, errors } = computeMetrics({ throughput });
  expect(errors).to.deep.equal([]);
  return metrics!.tpp;
}

describe('units and formats', () => {
  it('reads operation units at their SI prefix', () => {
    expect(tppOf({ format: 'INT8', value: 600000, unit: 'GOPS' })).to.equal('4800');
    expect(tppOf({ format: 'INT8', value: 600, unit: 'TOPS' })).to.equal('4800');
    expect(tppOf({ format: 'INT8', value: 0.6, unit: 'POPS' })).to.equal('4800');
    expect(tppOf({ format: 'FP16', value: 300000, unit: 'GFLOPS' })).to.equal('4800');
    expect(tppOf({ format: 'FP16', value: 300, unit: 'TFLOPS' })).to.equal('4800');
    expect(tppOf({ format: 'FP16', value: '0.3', unit: 'PFLOPS' })).to.equal('4800');
  });

  it('counts a multiply-accumulate as two operations (the rule text: 2 x 300 MacTOPS at 8 bits = 4800)', () => {
    expect(tppOf({ format: 'INT8', value: 300, unit: 'TMACS' })).to.equal('4800');
    expect(tppOf({ format: 'FP16', value: 150000, unit: 'GMACS' })).to.equal('4800');
  });

  it('uses the bit length of each format', () => {
    const bits = { FP64: 64, FP32: 32, TF32: 32, FP16: 16, BF16: 16, FP8: 8, FP6: 6, FP4: 4, INT32: 32, INT16: 16, INT8: 8, INT4: 4 };
    for (const [format, bitLength] of Object.entries(bits)) {
      expect(tppOf({ format, value: 10, unit: 'TOPS' }), format).to.equal(String(10 * bitLength));
    }
  });

  it('accepts formats and units in any letter case', () => {
    expect(tppOf({ format: 'bf16', value: 300, unit: 'tflops' })).to.equal('4800');
  });

  it('lets bitLength override a format, or score a format it does not know', () => {
    expect(tppOf({ format: 'TF32', bitLength: 19, value: 100, unit: 'TFLOPS' })).to.equal('1900');
    expect(tppOf({ format: 'MXFP6', bitLength: '6', value: 100, unit: 'TFLOPS' })).to.equal('600');
  });

  it('halves a sparse figure, and only that one', () => {
    expect(tppOf({ format: 'FP8', value: 3958, unit: 'TFLOPS', sparse: true })).to.equal('15832');
    expect(tppOf({ format: 'FP8', value: 3958, unit: 'TFLOPS', sparse: false })).to.equal('31664');
    expect(tppOf({ format: 'INT8', value: 600, unit: 'TMACS', sparse: true })).to.equal('4800');
  });

  it('records each entry as it was scored', () => {
    const { metrics } = computeMetrics({ throughput: [{ format: 'INT8', value: 300, unit: 'TMACS', sparse: true }] });
    const entry = metrics!.entries[0]!;
    expect(entry).to.include({ format: 'INT8', bitLength: '8', value: '300', unit: 'TMACS', sparse: true, countsMacs: true, denseTeraOps: '300', tpp: '2400', decides: true });
  });
});
