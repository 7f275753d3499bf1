import { expect } from '@open-wc/testing';
import { evaluate, getChip } from '../../src/core/index.js';
import { specWithTpp } from './helpers.js';

/** What the line-by-line legal review (issue 10) found, item by item; each failed before its fix. */
describe('the missing figure, and words a reader should see (issue 10.4)', () => {
  it('a PD unknown because TPP is unknown is decided by the throughput alone', () => {
    const result = evaluate({ datacenter: true, dies: [{ areaMm2: 800 }] });
    expect(result.status).to.equal('indeterminate');
    expect(result.decidedBy.map((d) => d.input)).to.deep.equal(['throughput']);
    expect(result.explanation).to.include('Cannot tell without the throughput figures.');
  });

  it('with neither figure, both decide; the market is asked for in English', () => {
    expect(evaluate({}).decidedBy.map((d) => d.input)).to.deep.equal(['throughput', 'dies', 'datacenter']);
    const market = evaluate({ throughput: [{ format: 'FP8', value: 300, unit: 'TFLOPS' }], dies: [{ areaMm2: 800 }] });
    expect(market.explanation).to.include('Cannot tell without the market (whether it is designed or marketed for datacenters).');
  });

  it('names notes and consequences by their titles, never by internal ids', () => {
    const open = evaluate({ throughput: [{ format: 'FP8', value: 500, unit: 'TFLOPS' }], dies: [{ areaMm2: 800 }] });
    const text = [...open.explanation, ...open.warnings].join(' ');
    expect(text).to.include('Note 2 to 3A090 depends on designed or marketed for datacenters');
    expect(text).not.to.match(/note-2|nac-aca|case-by-case|presumption-of-denial/);
    const h100 = evaluate(getChip('nvidia-h100-sxm5')!.spec, 'bis-china-review-2026');
    expect(h100.explanation.join(' ')).not.to.match(/\(case-by-case\)|note-2/);
  });

  it('a rule set with no clauses of its own says whose clauses do not hold', () => {
    const result = evaluate(getChip('nvidia-h20')!.spec, 'bis-china-review-2026');
    expect(result.explanation).to.include('Not controlled under ECCN 3A090.a and .b, October 2023 rule (as amended): no clause holds, so License review for China and Macau, January 2026 rule (case-by-case below TPP 21,000 and 6,500 GB/s) does not apply to it.');
  });
});

describe('the letters behind the H20 story (issue 10.6)', () => {
  const h20 = getChip('nvidia-h20')!.spec;

  it('the H20 is not silently "not controlled" for China: the reported lines catch it', () => {
    const result = evaluate(h20, 'us-is-informed-h20-2025');
    expect([result.status, result.classification, result.matchedClauses]).to.deep.equal(['controlled', 'licence required (reported)', ['dram-1400', 'sum-1700']]);
    expect(result.ruleSet?.status).to.equal('reported');
    expect(result.warnings[0]).to.match(/^This rule set is reported, not published/);
    expect(result.outcomes.find((o) => o.id === 'licence-china-d5')!.met).to.equal(true);
  });

  it('each reported line is "or more", tested on it and either side', () => {
    const run = (dram: string, io: string) => evaluate(specWithTpp('2368', { extra: { dramBandwidthGBps: dram, interconnectGBps: io } }), 'us-is-informed-h20-2025');
    expect(run('1400', '0').status).to.equal('controlled');
    expect(run('1399.999', '0').status).to.equal('not-controlled');
    expect(run('0', '1100').status).to.equal('controlled');
    expect(run('0', '1099.999').status).to.equal('not-controlled');
    expect(run('600', '1100').status).to.equal('controlled');
    expect(run('600.001', '1099.999').matchedClauses).to.deep.equal(['sum-1700']);
    expect(run('600', '1099.999').status).to.equal('not-controlled');
  });

  it('without the bandwidths it says which would decide', () => {
    const result = evaluate(specWithTpp('2368'), 'us-is-informed-h20-2025');
    expect(result.status).to.equal('indeterminate');
    expect(result.decidedBy.map((d) => d.input)).to.deep.equal(['dramBandwidthGBps', 'interconnectGBps']);
  });
});
