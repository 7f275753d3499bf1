import { expect } from '@open-wc/testing';
import { evaluate, formatNumber, formatPercent, validateRuleSet, validateSpec } from '../../src/core/index.js';
import { specWithTpp } from './helpers.js';

describe('explanation', () => {
  it('names the clause, the numbers and the comparison', () => {
    const h20 = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 296, unit: 'TFLOPS' }], dies: [{ areaMm2: 814 }] });
    expect(h20.explanation).to.include.members([
      'TPP is 2,368 = FP8 296 TFLOPS × 8 bits.',
      'PD is 2.91 = TPP 2,368 ÷ 814 mm² of non-planar logic die area.',
      'Not controlled under ECCN 3A090.a and .b, October 2023 rule (as amended): no clause holds.',
      '3A090.b.2 does not hold: PD 2.91 is 0.29 below the 3.2 threshold (needs ≥ 3.2).',
    ]);
  });

  it('states the clauses that hold, and Note 2 in words', () => {
    const l4 = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 242, unit: 'TFLOPS' }], dies: [{ areaMm2: 294 }] });
    expect(l4.explanation).to.include('3A090.a.2 holds: TPP 1,936 is 336 above the 1,600 threshold (≥ 1,600 holds) and PD 6.59 is 0.67 above the 5.92 threshold (≥ 5.92 holds).');
    const consumer = evaluate(specWithTpp('4000', { datacenter: false }));
    expect(consumer.explanation).to.include('Not controlled: Note 2 to 3A090 applies: not designed or marketed for datacenters and TPP 4,000 is 800 below the 4,800 threshold (< 4,800 holds).');
  });

  it('never rounds a value onto the threshold it misses', () => {
    const result = evaluate(specWithTpp('4799.999', { areaMm2: '100000' }));
    expect(result.explanation).to.include('3A090.a.1 does not hold: TPP 4,799.999 is 0.001 below the 4,800 threshold (needs ≥ 4,800).');
  });

  it('describes MACs, sparsity, processing units and planar dies', () => {
    const result = evaluate({
      datacenter: true,
      throughput: [
        { format: 'INT8', value: 200, unit: 'TMACS', processingUnit: 'tensor' },
        { format: 'FP8', value: 800, unit: 'TFLOPS', sparse: true, processingUnit: 'vector' },
      ],
      dies: [{ areaMm2: 500 }, { areaMm2: 50, nonPlanar: false }],
    });
    expect(result.explanation[0]).to.equal('TPP is 6,400, the sum over 2 processing units working concurrently: tensor 3,200 (INT8 200 TMACS = 400 dense tera-operations/s (multiply-accumulates counted as 2 operations) × 8 bits) + vector 3,200 (FP8 800 TFLOPS = 400 dense tera-operations/s (sparse, halved) × 8 bits).');
    expect(result.warnings).to.include('The FP8 figure 800 TFLOPS was marked sparse and halved to 400 dense tera-operations/s: the rules count dense throughput.');
    expect(result.warnings).to.include('50 mm² of die area on a planar process is left out of the applicable die area, as the definition counts only non-planar logic dies.');
  });

  it('says PD does not exist when every die is planar', () => {
    const result = evaluate(specWithTpp('3000', { extra: { dies: [{ areaMm2: 100, nonPlanar: false }] } }));
    expect(result.explanation).to.include('PD does not exist: no die is made on a non-planar (FinFET or GAA) process, so only clauses on TPP alone can apply.');
  });

  it('warns about TF32 and says whether it decides TPP', () => {
    const decides = evaluate({ datacenter: true, throughput: [{ format: 'TF32', value: 200, unit: 'TFLOPS' }], dies: [{ areaMm2: 800 }] });
    expect(decides.warnings).to.include('TF32 is scored at 32 bits (its storage width); the rules do not settle whether its 19 significant bits count instead. This figure decides TPP: at 19 bits TPP would be 3,800.');
  });

  it('warns within 1% of a threshold, once per threshold', () => {
    const result = evaluate(specWithTpp('4790', { areaMm2: '100000' }));
    const near = result.warnings.filter((w) => w.includes('within 1%'));
    expect(near).to.deep.equal(['TPP 4,790 is 10 below the 4,800 threshold of 3A090.a.1, within 1%: datasheet figures are often rounded, so check the exact values.']);
  });

  it('lists the outcomes that depend on a missing figure', () => {
    const result = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 1979, unit: 'TFLOPS' }], usAvailableSince: '2024-01-01' }, 'bis-china-review-2026');
    expect(result.explanation).to.include('Case-by-case review for China and Macau: depends on the total DRAM bandwidth.');
  });

  it('formats numbers exactly and percentages with a sign', () => {
    expect(formatNumber('12345678901234567890.5', 1)).to.equal('12,345,678,901,234,567,890.5');
    expect(formatNumber('5.9199', 2, '5.92')).to.equal('5.9199');
    expect(formatNumber('5.9201', 2, '5.92')).to.equal('5.9201');
    expect(formatPercent('0.0135')).to.equal('+1.35%');
    expect(formatPercent('-0.5')).to.equal('−50%');
    expect(formatPercent('0.000001')).to.equal('+0.0001%');
  });
});

describe('verdict-only evaluation', () => {
  it('gives the same verdict, metrics and clauses without the boundary search and sentences', () => {
    const spec = { datacenter: true, throughput: [{ format: 'FP8', value: 296, unit: 'TFLOPS' }], dies: [{ areaMm2: 814 }] };
    const full = evaluate(spec, 'bis-3a090-2023');
    const brief = evaluate(spec, 'bis-3a090-2023', { verdictOnly: true });
    expect([brief.status, brief.classification, brief.metrics]).to.deep.equal([full.status, full.classification, full.metrics]);
    expect(brief.clauses).to.deep.equal(full.clauses);
    expect([brief.boundaries, brief.nearestBoundary, brief.explanation, brief.warnings]).to.deep.equal([[], null, [], []]);
    expect(full.nearestBoundary).not.to.equal(null);
  });
});

describe('hostile input in messages and numbers', () => {
  it('shows values beyond the double range in scientific notation, never as ∞', () => {
    expect(formatNumber('8e308', 0)).to.equal('8e308');
    expect(formatNumber('1e21', 0)).to.equal('1e21');
    expect(formatNumber('-1.234567891e400', 2)).to.equal('-1.23457e400');
    const result = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: '1e308', unit: 'TFLOPS' }], dies: [{ areaMm2: '1e-300' }] });
    expect(JSON.stringify([result.explanation, result.warnings])).not.to.match(/∞|Infinity|NaN/);
  });

  it('never repeats a huge or deeply nested input in an error message', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20000; i += 1) deep = [deep];
    const rules = { id: 'x', title: 'x', appliesTo: 'x', citation: { document: 'x', published: '2026-01-01', url: 'https://example.org' }, effective: '2026-01-01', status: 'bill', sources: [],
      extends: deep, clauses: [{ id: 'c', classification: 'C', title: 'c', when: { metric: deep, op: deep, threshold: 'x'.repeat(200000) } }] };
    const { errors } = validateRuleSet(rules);
    expect(errors.map((e) => e.field)).to.deep.equal(['extends', 'clauses[0] (c).when.metric']);
    // The input is quoted cut short; only the list of known metrics (some 50 names) makes a message long.
    expect(errors.every((e) => e.message.replace(/\(known: [^)]*\)/, '').length < 400)).to.equal(true);
    const threshold = validateRuleSet({ ...rules, extends: undefined, clauses: [{ id: 'c', classification: 'C', title: 'c', when: { metric: 'tpp', op: deep, threshold: 'x'.repeat(200000) } }] }).errors;
    expect(threshold.map((e) => e.message)).to.deep.equal([
      'clauses[0] (c).when.op a list is not allowed (for tpp: >= > < <= ==).',
      `clauses[0] (c).when.threshold is not a number ("${'x'.repeat(40)}…").`,
    ]);
    const spec = validateSpec({ throughput: [{ format: 'F'.repeat(100000), value: 1, unit: 'U'.repeat(100000) }] }).errors;
    expect(spec.every((e) => e.message.length < 400)).to.equal(true);
  });
});
