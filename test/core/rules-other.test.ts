import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/core/index.js';
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
    expect(result.warnings[0]).to.match(/^This rule set is superseded \(in force from 2022-10-07 to 2023-11-16; replaced by bis-3a090-2023\)/);
  });
});

describe('bis-3a090c-2024: HBM memory bandwidth density greater than 2', () => {
  const run = (bandwidthGBps: string, areaMm2: string) => evaluate({ hbmStack: { bandwidthGBps, areaMm2 } }, 'bis-3a090c-2024');
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

  it('a chip without an HBM stack cannot be judged under 3A090.c, and it says what is needed', () => {
    const result = evaluate({ throughput: [{ format: 'FP8', value: 1979, unit: 'TFLOPS' }] }, 'bis-3a090c-2024');
    expect(result.status).to.equal('indeterminate');
    expect(result.decidedBy.map((d) => d.field)).to.deep.equal(['hbmStack']);
  });
});

describe('bis-china-review-2026: case-by-case below TPP 21,000 and 6,500 GB/s', () => {
  const run = (tpp: string, dram?: string) =>
    evaluate(specWithTpp(tpp, { areaMm2: '800', extra: dram ? { dramBandwidthGBps: dram } : {} }), 'bis-china-review-2026');
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

  it('does not apply to chips outside 3A090', () => {
    const result = run('1000', '1000');
    expect(result.status).to.equal('not-controlled');
    expect(policy(result)).to.deep.equal([]);
  });
});
