import { expect } from '@open-wc/testing';
import { computeMetrics, evaluate } from '../../src/core/index.js';

describe('metrics', () => {
  it('takes the highest TPP over the precisions of one unit and names the entry that decided it', () => {
    const { metrics } = computeMetrics({
      throughput: [
        { format: 'FP16', value: 989.4, unit: 'TFLOPS' },
        { format: 'FP8', value: 1979, unit: 'TFLOPS' },
        { format: 'TF32', value: 494.7, unit: 'TFLOPS' },
      ],
    });
    expect(metrics!.tpp).to.equal('15832');
    expect(metrics!.tppBasis).to.include({ index: 1, format: 'FP8', tpp: '15832' });
    expect(metrics!.entries.map((e) => [e.tpp, e.decides])).to.deep.equal([['15830.4', false], ['15832', true], ['15830.4', false]]);
  });

  it('sums over distinct processing units, each at its own maximum', () => {
    const { metrics } = computeMetrics({
      throughput: [
        { format: 'FP16', value: 100, unit: 'TFLOPS', processingUnit: 'GPU' },
        { format: 'INT8', value: 150, unit: 'TOPS', processingUnit: 'GPU' },
        { format: 'INT8', value: 40, unit: 'TOPS', processingUnit: 'NPU' },
        { format: 'INT4', value: 60, unit: 'TOPS', processingUnit: 'NPU' },
      ],
    });
    expect(metrics!.tpp).to.equal(String(1600 + 320));
    expect(metrics!.processingUnits).to.deep.equal([
      { name: 'GPU', tpp: '1600', basisIndex: 0 },
      { name: 'NPU', tpp: '320', basisIndex: 2 },
    ]);
    expect(metrics!.tppBasis!.index).to.equal(0);
  });

  it('adds decimal figures exactly where binary floating point would not', () => {
    // 0.1 + 0.2 PFLOPS at 16 bits: 4800.000000000001 in binary floating point.
    const { metrics } = computeMetrics({
      throughput: [
        { format: 'FP16', value: 0.1, unit: 'PFLOPS', processingUnit: 'a' },
        { format: 'FP16', value: 0.2, unit: 'PFLOPS', processingUnit: 'b' },
      ],
    });
    expect(metrics!.tpp).to.equal('4800');
  });

  it('sums the non-planar logic dies for the applicable die area and leaves planar ones out', () => {
    const { metrics } = computeMetrics({
      throughput: [{ format: 'INT8', value: 1000, unit: 'TOPS' }],
      dies: [{ areaMm2: 400.1 }, { areaMm2: '399.9', nonPlanar: true }, { name: 'I/O', areaMm2: 120, nonPlanar: false }],
    });
    expect(metrics!.applicableDieAreaMm2).to.equal('800');
    expect(metrics!.excludedDieAreaMm2).to.equal('120');
    expect(metrics!.performanceDensity).to.equal('10');
  });

  it('leaves PD unknown without die area, and undefined when every die is planar', () => {
    const none = computeMetrics({ throughput: [{ format: 'INT8', value: 1000, unit: 'TOPS' }] }).metrics!;
    expect(none.performanceDensity).to.equal(null);
    expect(none.performanceDensityGap).to.equal('no-die-area');
    const planar = computeMetrics({ throughput: [{ format: 'INT8', value: 1000, unit: 'TOPS' }], dies: [{ areaMm2: 300, nonPlanar: false }] }).metrics!;
    expect(planar.performanceDensity).to.equal(null);
    expect(planar.performanceDensityGap).to.equal('no-non-planar-die');
    const noThroughput = computeMetrics({ dies: [{ areaMm2: 300 }] }).metrics!;
    expect(noThroughput.tpp).to.equal(null);
    expect(noThroughput.performanceDensityGap).to.equal('no-throughput');
  });

  it('reports what TPP would be if TF32 counted its 19 significant bits', () => {
    const { metrics } = computeMetrics({ throughput: [{ format: 'TF32', value: 200, unit: 'TFLOPS' }, { format: 'FP16', value: 300, unit: 'TFLOPS' }] });
    expect(metrics!.tpp).to.equal('6400');
    expect(metrics!.bitLengthAmbiguities).to.deep.equal([{ entryIndex: 0, format: 'TF32', bitLength: '32', alternativeBitLength: '19', tppIfAlternative: '4800' }]);
  });

  it('passes bandwidths through as given, adds them up, and computes a standalone HBM stack\'s memory bandwidth density', () => {
    const { metrics } = computeMetrics({ dramBandwidthGBps: '3350', interconnectGBps: 900 });
    expect(metrics!.dramBandwidthGBps).to.equal('3350');
    expect(metrics!.interconnectGBps).to.equal('900');
    expect(metrics!.dramPlusInterconnectGBps).to.equal('4250');
    const stack = computeMetrics({ kind: 'hbm-stack', hbmStack: { bandwidthGBps: 1229, areaMm2: 121 } }).metrics!;
    expect(stack.kind).to.equal('hbm-stack');
    expect(stack.memoryBandwidthDensity!.slice(0, 12)).to.equal('10.157024793');
    // A logic chip's co-packaged HBM is not a standalone stack: no memory bandwidth density for 3A090.c.
    expect(computeMetrics({ hbmStack: { bandwidthGBps: 1229, areaMm2: 121 } }).metrics!.memoryBandwidthDensity).to.equal(null);
  });

  it('never returns NaN or Infinity, even for extreme figures', () => {
    const result = evaluate({ datacenter: true, throughput: [{ format: 'INT8', value: 1e308, unit: 'POPS' }, { format: 'FP8', value: -0, unit: 'TOPS' }], dies: [{ areaMm2: '1e-300' }] });
    expect(result.status).to.equal('controlled');
    expect(JSON.stringify(result)).not.to.match(/NaN|Infinity/);
    expect(result.metrics!.entries[1]!.value).to.equal('0');
  });
});
