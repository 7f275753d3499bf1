import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/core/index.js';
import { clause, specWithTpp, verdict } from './helpers.js';

const RULES = 'bis-3a090-2023';
const run = (tpp: string, areaMm2?: string, datacenter = true) => evaluate(specWithTpp(tpp, { areaMm2, datacenter }), RULES);

describe('bis-3a090-2023 thresholds, both sides of each', () => {
  it('3A090.a.1: TPP of 4800 or more', () => {
    expect(verdict(run('4800'))).to.equal('controlled 3A090.a');
    expect(run('4800').matchedClauses).to.deep.equal(['3A090.a.1']);
    expect(verdict(run('4799.999'))).to.equal('indeterminate');
    expect(verdict(run('4799.999', '10000'))).to.equal('not-controlled');
  });

  it('3A090.a.2: TPP of 1600 or more and PD of 5.92 or more', () => {
    expect(run('2960', '500').matchedClauses).to.deep.equal(['3A090.a.2']);
    expect(verdict(run('2959.95', '500'))).to.equal('controlled 3A090.b');
    expect(clause(run('2959.95', '500'), '3A090.a.2').met).to.equal(false);
    expect(verdict(run('1600', '270'))).to.equal('controlled 3A090.a');
    expect(verdict(run('1599.99', '200'))).to.equal('not-controlled');
  });

  it('3A090.b.1: TPP from 2400 to under 4800, PD from 1.6 to under 5.92', () => {
    // PD 1.6 exactly, TPP 2400 exactly: b.1 holds, b.2 (PD >= 3.2) does not.
    const atFloor = run('2400', '1500');
    expect(verdict(atFloor)).to.equal('controlled 3A090.b');
    expect(atFloor.matchedClauses).to.deep.equal(['3A090.b.1']);
    expect(verdict(run('2399.999', '1499.999375'))).to.equal('not-controlled');
    expect(verdict(run('2400', '1500.001'))).to.equal('not-controlled');
    // TPP just under 4800 with PD just under 5.92: both .b prongs, not .a.
    expect(run('4799.99', '811').matchedClauses).to.deep.equal(['3A090.b.1', '3A090.b.2']);
  });

  it('3A090.b.2: TPP of 1600 or more, PD from 3.2 to under 5.92', () => {
    expect(run('1600', '500').matchedClauses).to.deep.equal(['3A090.b.2']);
    expect(verdict(run('1600', '500.0001'))).to.equal('not-controlled');
    expect(verdict(run('1599.9999', '499.99996875'))).to.equal('not-controlled');
    expect(run('3000', '600').matchedClauses).to.deep.equal(['3A090.b.1', '3A090.b.2']);
  });

  it('PD 5.92 is the upper bound of .b and the floor of a.2', () => {
    expect(run('2960', '500').classification).to.equal('3A090.a');
    expect(clause(run('2960', '500'), '3A090.b.1').met).to.equal(false);
    expect(clause(run('2960', '500'), '3A090.b.2').met).to.equal(false);
  });

  it('lands a PD on 3.2 exactly where binary floating point falls short (2368 / 740 = 3.1999999999999997 in floats)', () => {
    const result = run('2368', '740');
    expect(result.metrics!.performanceDensity).to.equal('3.2');
    expect(result.matchedClauses).to.deep.equal(['3A090.b.2']);
  });

  it('Note 2: not datacenter and TPP under 4800 is out of 3A090, whatever the PD', () => {
    const consumer = run('4799.999', '100', false);
    expect(verdict(consumer)).to.equal('not-controlled');
    expect(consumer.excludedBy).to.equal('note-2');
    const atLine = run('4800', '100', false);
    expect(verdict(atLine)).to.equal('controlled 3A090.a');
    expect(clause(atLine, 'note-2').met).to.equal(false);
  });

  it('hints at the license exceptions that follow from the classification', () => {
    const met = (r: ReturnType<typeof run>) => r.outcomes.filter((o) => o.met === true).map((o) => o.id);
    expect(met(run('4800', '100', true))).to.deep.equal(['nac-aca-unavailable']);
    expect(met(run('4800', '100', false))).to.deep.equal(['nac-aca-available']);
    expect(met(run('2400', '1500', true))).to.deep.equal(['nac-aca-available']);
    expect(met(run('1000', '1500', true))).to.deep.equal([]);
  });
});

describe('three-valued logic: unknown figures decide only what they can change', () => {
  it('TPP below 1600 is not controlled even without die area', () => {
    const result = run('1599.999');
    expect(result.status).to.equal('not-controlled');
    expect(result.metrics!.performanceDensity).to.equal(null);
  });

  it('TPP of 4800 or more is 3A090.a even without die area or market', () => {
    const result = evaluate({ throughput: [{ format: 'INT8', value: 600, unit: 'TOPS' }] }, RULES);
    expect(verdict(result)).to.equal('controlled 3A090.a');
    expect(result.matchedClauses).to.deep.equal(['3A090.a.1']);
    expect(result.decidedBy).to.deep.equal([]);
  });

  it('between 1600 and 4800 without die area it cannot tell, and says the die area would decide', () => {
    const result = run('3000');
    expect(result.status).to.equal('indeterminate');
    expect(result.classification).to.equal(null);
    expect(result.possibleClassifications).to.deep.equal(['3A090.a', '3A090.b']);
    expect(result.decidedBy.map((d) => d.field)).to.deep.equal(['dies']);
    expect(result.explanation).to.include('Cannot tell without the die area.');
  });

  it('with the market unknown, Note 2 leaves a controlled-looking chip undecided', () => {
    const result = evaluate({ throughput: [{ format: 'INT8', value: 300, unit: 'TOPS' }], dies: [{ areaMm2: 400 }] }, RULES);
    expect(result.status).to.equal('indeterminate');
    expect(result.possibleClassifications).to.deep.equal(['3A090.a']);
    expect(result.decidedBy.map((d) => d.field)).to.deep.equal(['datacenter']);
  });

  it('with neither market nor area, both are named', () => {
    const result = evaluate({ throughput: [{ format: 'INT8', value: 300, unit: 'TOPS' }] }, RULES);
    expect(result.decidedBy.map((d) => d.field).sort()).to.deep.equal(['datacenter', 'dies']);
  });

  it('a market that is not datacenter settles a chip under 4800 even without die area', () => {
    expect(verdict(run('3000', undefined, false))).to.equal('not-controlled');
  });

  it('no throughput at all: TPP unknown, and it says so', () => {
    const result = evaluate({ datacenter: true, dies: [{ areaMm2: 800 }] }, RULES);
    expect(result.status).to.equal('indeterminate');
    expect(result.decidedBy.map((d) => d.field)).to.include('throughput');
  });

  it('only planar dies: PD does not exist, so only TPP-only clauses can apply', () => {
    const spec = (tpp: string) => specWithTpp(tpp, { extra: { dies: [{ areaMm2: 100, nonPlanar: false }] } });
    expect(verdict(evaluate(spec('4000'), RULES))).to.equal('not-controlled');
    expect(verdict(evaluate(spec('4800'), RULES))).to.equal('controlled 3A090.a');
  });
});
