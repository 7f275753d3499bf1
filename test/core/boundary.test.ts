import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/core/index.js';
import { specWithTpp } from './helpers.js';

describe('nearest boundary', () => {
  it('H20-like: 32 more TPP (+1.35%) would make it 3A090.b via b.1', () => {
    const result = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 296, unit: 'TFLOPS' }], dies: [{ areaMm2: 814 }] });
    expect(result.nearestBoundary).to.include({
      lever: 'throughput', metric: 'tpp', itemId: '3A090.b.1', from: '2368', to: '2400', strict: false, direction: 'increase', change: '32',
    });
    expect(result.nearestBoundary!.relativeChange!.slice(0, 8)).to.equal('0.013513');
    expect(result.nearestBoundary!.verdictAfter).to.deep.equal({ status: 'controlled', classification: '3A090.b', outcomes: ['nac-aca-available'] });
    expect(result.explanation).to.include('Nearest line (3A090.b.1): TPP at 2,400 (+32, +1.35%, the die area unchanged) would make it controlled as 3A090.b.');
  });

  it('offers the die-area lever too: a smaller die raises PD', () => {
    const result = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 296, unit: 'TFLOPS' }], dies: [{ areaMm2: 814 }] });
    const byArea = result.boundaries.find((b) => b.lever === 'dieArea')!;
    expect(byArea).to.include({ metric: 'performanceDensity', itemId: '3A090.b.2', to: '3.2', strict: false, direction: 'increase', leverTo: '740' });
  });

  it('at a threshold that holds inclusively, the flip needs a value strictly below it', () => {
    const result = evaluate(specWithTpp('4800', { areaMm2: '100000' }));
    expect(result.nearestBoundary).to.include({ metric: 'tpp', to: '4800', strict: true, direction: 'decrease', change: '0' });
    expect(result.nearestBoundary!.verdictAfter.status).to.equal('not-controlled');
    expect(result.explanation).to.include('Nearest line (3A090.a.1): TPP below 4,800 (it is exactly at 4,800, the die area unchanged) would make it not controlled.');
  });

  it('an exclusive upper bound is reached inclusively: PD 5.92 ends .b and starts a.2', () => {
    const result = evaluate(specWithTpp('2900', { areaMm2: '500' }));
    expect(result.classification).to.equal('3A090.b');
    expect(result.nearestBoundary).to.include({ metric: 'performanceDensity', to: '5.92', strict: false, direction: 'increase' });
    expect(result.nearestBoundary!.verdictAfter.classification).to.equal('3A090.a');
  });

  it('names the market as a lever when it would change the verdict', () => {
    const result = evaluate(specWithTpp('4000', { areaMm2: '500', datacenter: false }));
    const market = result.boundaries.find((b) => b.lever === 'market')!;
    expect(market.verdictAfter.classification).to.equal('3A090.a');
    expect(result.explanation).to.include('If it were designed or marketed for datacenters, that would make it controlled as 3A090.a.');
  });

  it('follows outcomes too: MI325X is 0.39% under the 21,000 line of the 2026 review', () => {
    const result = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 2614.9, unit: 'TFLOPS' }], dramBandwidthGBps: 6000 }, 'bis-china-review-2026');
    expect(result.nearestBoundary).to.include({ itemId: 'case-by-case', metric: 'tpp', to: '21000', strict: false });
    expect(result.nearestBoundary!.verdictAfter.outcomes).to.deep.equal(['nac-aca-unavailable', 'presumption-of-denial']);
    const dram = result.boundaries.find((b) => b.lever === 'dramBandwidthGBps')!;
    expect(dram).to.include({ to: '6500', change: '500', strict: false });
  });

  it('has no boundary when the answer is indeterminate, and none beyond the rule set\'s levers', () => {
    expect(evaluate(specWithTpp('3000')).nearestBoundary).to.equal(null);
    const twentyTwo = evaluate(specWithTpp('4000', { extra: { interconnectGBps: 700 } }), 'bis-3a090-2022');
    expect(twentyTwo.boundaries.map((b) => b.lever)).to.deep.equal(['throughput']);
  });

  it('moves a bandwidth from zero without dividing by zero', () => {
    const result = evaluate(specWithTpp('5000', { extra: { interconnectGBps: 0 } }), 'bis-3a090-2022');
    const gate = result.boundaries.find((b) => b.lever === 'interconnectGBps')!;
    expect(gate).to.include({ from: '0', to: '600', relativeChange: null });
    expect(result.nearestBoundary).to.equal(null);
  });
});
