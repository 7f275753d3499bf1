import { expect } from '@open-wc/testing';
import { evaluate, getRuleSet } from '../../src/core/index.js';
import { clause, specWithTpp, verdict } from './helpers.js';

describe('bis-3a090-2022: the 600 GB/s transfer-rate gate AND TPP 4800', () => {
  const run = (tpp: string, interconnectGBps?: string) => evaluate(specWithTpp(tpp, { extra: interconnectGBps ? { interconnectGBps } : {} }), 'bis-3a090-2022');

  it('needs both', () => {
    expect(verdict(run('4800', '600'))).to.equal('controlled 3A090.a');
    expect(verdict(run('4800', '599.999'))).to.equal('not-controlled');
    expect(verdict(run('4799.999', '600'))).to.equal('not-controlled');
    expect(verdict(run('4799.999', '10000'))).to.equal('not-controlled');
  });

  it('a low TPP settles it without the transfer rate; a high one needs it', () => {
    expect(verdict(run('4000'))).to.equal('not-controlled');
    const open = run('5000');
    expect(open.status).to.equal('indeterminate');
    expect(open.decidedBy.map((d) => d.field)).to.deep.equal(['interconnectGBps']);
  });

  it('has no consumer carve-out, and says it is superseded', () => {
    const result = evaluate(specWithTpp('5000', { datacenter: false, extra: { interconnectGBps: 900 } }), 'bis-3a090-2022');
    expect(verdict(result)).to.equal('controlled 3A090.a');
    expect(result.warnings[0]).to.match(/^This rule set is superseded \(in force from Oct 7, 2022 to Nov 16, 2023; replaced by ECCN 3A090\.a and \.b, October 2023 rule \(as amended\)\)/);
  });
});

describe('bis-3a090c-2024: HBM memory bandwidth density greater than 2', () => {
  const run = (bandwidthGBps: string, areaMm2: string) => evaluate({ kind: 'hbm-stack', hbmStack: { bandwidthGBps, areaMm2 } }, 'bis-3a090c-2024');
  const outcomes = (r: ReturnType<typeof run>) => r.outcomes.filter((o) => o.met === true).map((o) => o.id);

  it('2 exactly is not greater than 2', () => {
    expect(verdict(run('200', '100'))).to.equal('not-controlled');
    expect(verdict(run('200.001', '100'))).to.equal('controlled 3A090.c');
  });

  it('License Exception HBM below 3.3 only', () => {
    expect(outcomes(run('329.99', '100'))).to.deep.equal(['le-hbm-available', 'no-nac-aca']);
    expect(outcomes(run('330', '100'))).to.deep.equal(['no-nac-aca']);
    expect(clause(run('330', '100'), 'le-hbm-available').met).to.equal(false);
  });

  it('a stack without its bandwidth and area cannot be judged, and it says what is needed', () => {
    const result = evaluate({ kind: 'hbm-stack', hbmStack: { bandwidthGBps: '', areaMm2: '' } }, 'bis-3a090c-2024');
    expect(result.status).to.equal('invalid');
    expect(result.errors.map((e) => e.field)).to.deep.equal(['hbmStack.bandwidthGBps', 'hbmStack.areaMm2']);
    expect(evaluate({ kind: 'hbm-stack' }, 'bis-3a090c-2024').errors.map((e) => [e.field, e.code])).to.deep.equal([['hbmStack', 'missing']]);
  });

  it('a logic chip is outside 3A090.c, even one whose spec carries an HBM stack (issue 10.2)', () => {
    for (const spec of [
      { datacenter: true, throughput: [{ format: 'FP8', value: 121, unit: 'TFLOPS' }], dies: [{ areaMm2: 294 }] },
      { datacenter: true, throughput: [{ format: 'FP8', value: 1979, unit: 'TFLOPS' }], dies: [{ areaMm2: 814 }], hbmStack: { bandwidthGBps: 3350, areaMm2: 121 } },
    ]) {
      const result = evaluate(spec, 'bis-3a090c-2024');
      expect(result.status).to.equal('not-controlled');
      expect(result.outOfScope).to.equal(true);
      expect(result.decidedBy).to.deep.equal([]);
      expect(result.outcomes.filter((o) => o.met === true)).to.deep.equal([]);
      expect(result.explanation[0]).to.equal('Not controlled: ECCN 3A090.c, high-bandwidth memory, December 2024 rule covers high-bandwidth memory (HBM) stacks sold as such; HBM packaged with a logic chip whose primary function is logic is outside it, and this item is a logic chip.');
    }
    expect(evaluate({ datacenter: true, throughput: [], hbmStack: { bandwidthGBps: 3350, areaMm2: 121 } }, 'bis-3a090c-2024').warnings)
      .to.include('The spec gives an HBM stack (hbmStack), but it describes a logic chip, whose co-packaged HBM is outside 3A090.c: the stack is not evaluated. Set kind to "hbm-stack" to evaluate a standalone HBM stack.');
  });

  it('a standalone HBM stack is outside 3A090.a and .b', () => {
    const result = evaluate({ kind: 'hbm-stack', hbmStack: { bandwidthGBps: 819.2, areaMm2: 110 } }, 'bis-3a090-2023');
    expect([result.status, result.outOfScope]).to.deep.equal(['not-controlled', true]);
    expect(result.explanation[0]).to.match(/covers integrated circuits with digital processing units .*, and this item is a standalone HBM stack\.$/);
  });
});

describe('bis-china-review-2026: case-by-case below TPP 21,000 and 6,500 GB/s', () => {
  const run = (tpp: string, dram?: string, usAvailableSince: string | false = '2024-06-01') =>
    evaluate(specWithTpp(tpp, { areaMm2: '800', extra: { usAvailableSince, ...(dram ? { dramBandwidthGBps: dram } : {}) } }), 'bis-china-review-2026');
  const policy = (r: ReturnType<typeof run>) => r.outcomes.filter((o) => o.met === true).map((o) => o.id).filter((id) => !id.startsWith('nac'));

  it('keeps the 3A090 classification and adds the review policy', () => {
    const result = run('20999.999', '6499.999');
    expect(verdict(result)).to.equal('controlled 3A090.a');
    expect(policy(result)).to.deep.equal(['case-by-case']);
  });

  it('21,000 and 6,500 are "less than" bounds: at them, the presumption of denial stays', () => {
    expect(policy(run('21000', '1000'))).to.deep.equal(['presumption-of-denial']);
    expect(policy(run('15832', '6500'))).to.deep.equal(['presumption-of-denial']);
    expect(policy(run('15832', '6499.999'))).to.deep.equal(['case-by-case']);
  });

  it('without the DRAM bandwidth the policy is undecided under 21,000 but not above it', () => {
    expect(policy(run('15832'))).to.deep.equal([]);
    expect(clause(run('15832'), 'case-by-case').met).to.equal(null);
    expect(policy(run('36000'))).to.deep.equal(['presumption-of-denial']);
  });

  it('covers only chips sold in the US when the rule was published, 2026-01-15 (issue 10.5)', () => {
    expect(policy(run('15832', '4800', '2026-01-15'))).to.deep.equal(['case-by-case']);
    expect(policy(run('15832', '4800', '2026-01-16'))).to.deep.equal(['presumption-of-denial']);
    expect(policy(run('15832', '4800', false))).to.deep.equal(['presumption-of-denial']);
    const unknown = evaluate(specWithTpp('15832', { areaMm2: '800', extra: { dramBandwidthGBps: '4800' } }), 'bis-china-review-2026');
    expect(clause(unknown, 'case-by-case').met).to.equal(null);
    expect(unknown.explanation).to.include('Case-by-case review for China and Macau: depends on the date it was first sold in the United States.');
  });

  it('3A090.b and consumer 3A090.a items keep a presumption of denial only as secondary sources report it', () => {
    const l40Like = evaluate(specWithTpp('2896', { areaMm2: '608', extra: { dramBandwidthGBps: 864, usAvailableSince: false } }), 'bis-china-review-2026');
    expect(verdict(l40Like)).to.equal('controlled 3A090.b');
    expect(policy(l40Like)).to.deep.equal(['presumption-of-denial-baseline']);
    expect(l40Like.ruleSet?.status).to.equal('in-force');
    expect(getRuleSet('bis-china-review-2026')!.outcomes.find((o) => o.id === 'presumption-of-denial-baseline')!.evidence).to.equal('secondary');
  });

  it('does not apply to chips outside 3A090', () => {
    const result = run('1000', '1000');
    expect(result.status).to.equal('not-controlled');
    expect(policy(result)).to.deep.equal([]);
  });
});
