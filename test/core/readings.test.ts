import { expect } from '@open-wc/testing';
import { evaluate, type ChipSpec } from '../../src/core/index.js';

/** A Trainium-like chip: TF32 at the BF16 rate, so the TF32 bit length decides TPP. */
const tf32AtBf16Rate = (dies: ChipSpec['dies'], dramBandwidthGBps?: number): ChipSpec => ({
  datacenter: true,
  throughput: [{ format: 'BF16', value: 190, unit: 'TFLOPS' }, { format: 'TF32', value: 190, unit: 'TFLOPS' }],
  dies,
  ...(dramBandwidthGBps ? { dramBandwidthGBps } : {}),
});

describe('bit lengths the rules leave open (TF32)', () => {
  it('when the reading changes the classification, the answer is indeterminate and says why', () => {
    const result = evaluate(tf32AtBf16Rate([{ areaMm2: 1000 }]));
    expect(result.status).to.equal('indeterminate');
    expect(result.possibleClassifications).to.deep.equal(['3A090.a', '3A090.b']);
    expect(result.readings.map((r) => [r.label, r.tpp, r.verdict.classification])).to.deep.equal([
      ['TF32 at 32 bits', '6080', '3A090.a'],
      ['TF32 at 19 bits', '3610', '3A090.b'],
    ]);
    expect(result.decidedBy).to.deep.equal([{ metric: 'tpp', input: 'bitLength', field: 'throughput[1].bitLength', path: ['throughput', 1, 'bitLength'], label: 'the bit length of TF32 (19 or 32)' }]);
    expect(result.nearestBoundary).to.equal(null);
    expect(result.explanation).to.include('The answer depends on a bit length the rules do not settle: with TF32 at 32 bits, TPP is 6,080 and it is controlled as 3A090.a (No License Exception NAC/ACA); with TF32 at 19 bits, TPP is 3,610 and it is controlled as 3A090.b (License Exception NAC/ACA may be available). Give the figure an explicit bit length to decide.');
  });

  it('an explicit bit length settles it', () => {
    const spec = tf32AtBf16Rate([{ areaMm2: 1000 }]);
    spec.throughput![1]!.bitLength = 19;
    const result = evaluate(spec);
    expect(result.status).to.equal('controlled');
    expect(result.classification).to.equal('3A090.b');
    expect(result.readings).to.deep.equal([]);
  });

  it('when both readings agree, the verdict stands', () => {
    const result = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 1979, unit: 'TFLOPS' }, { format: 'TF32', value: 494.7, unit: 'TFLOPS' }], dies: [{ areaMm2: 814 }] });
    expect(result.status).to.equal('controlled');
    expect(result.readings.map((r) => r.verdict.classification)).to.deep.equal(['3A090.a', '3A090.a']);
    expect(result.explanation.some((s) => s.startsWith('The answer depends'))).to.equal(false);
  });

  it('when only an outcome differs, the classification stands and that outcome is open', () => {
    // 700 TFLOPS TF32: 22,400 at 32 bits (over the 21,000 cap), 13,300 at 19 bits.
    const result = evaluate({ datacenter: true, throughput: [{ format: 'TF32', value: 700, unit: 'TFLOPS' }], dies: [{ areaMm2: 800 }], dramBandwidthGBps: 3000, usAvailableSince: '2025-01-01' }, 'bis-china-review-2026');
    expect(result.status).to.equal('controlled');
    expect(result.classification).to.equal('3A090.a');
    expect(result.outcomes.filter((o) => o.met === null).map((o) => o.id)).to.deep.equal(['case-by-case', 'presumption-of-denial']);
    expect(result.explanation).to.include('Case-by-case review for China and Macau: depends on a bit length the rules do not settle: it applies with TF32 at 19 bits, not with TF32 at 32 bits.');
    expect(result.explanation.find((s) => s.startsWith('The answer depends'))).to.match(/^The answer depends on a bit length the rules do not settle: with TF32 at 32 bits, TPP is 22,400 and it is controlled as 3A090.a \(No License Exception NAC\/ACA; Presumption of denial for China and Macau\); with TF32 at 19 bits, TPP is 13,300/);
  });
});

describe('outcomes when the readings disagree (issue 10.1)', () => {
  // AWS Trainium's figures: TF32 at 190 TFLOPS decides TPP at 32 bits (6,080), not at 19 (3,610).
  const trainium = { datacenter: true, throughput: [{ format: 'BF16', value: 190, unit: 'TFLOPS' }, { format: 'TF32', value: 190, unit: 'TFLOPS' }] };

  it('no outcome is stated as fact under an unsettled verdict', () => {
    for (const id of ['bis-3a090-2023', 'bis-china-review-2026']) {
      const result = evaluate(trainium, id);
      expect(result.status, id).to.equal('indeterminate');
      expect(result.outcomes.filter((o) => o.met === true).map((o) => o.id), id).to.deep.equal([]);
      expect(result.outcomes.find((o) => o.id === 'nac-aca-unavailable')!.met, id).to.equal(null);
    }
  });

  it('the clause that holds under one reading only is unknown, and says so under each reading', () => {
    const a1 = evaluate(trainium).clauses.find((c) => c.id === '3A090.a.1')!;
    expect(a1.met).to.equal(null);
    expect(a1.conditions[0]!.byReading).to.deep.equal([{ value: '6080', met: true }, { value: '3610', met: false }]);
  });

  it('the text says which outcome depends on the reading', () => {
    expect(evaluate(trainium).explanation).to.include('No License Exception NAC/ACA: depends on a bit length the rules do not settle: it applies with TF32 at 32 bits, not with TF32 at 19 bits.');
  });
});
