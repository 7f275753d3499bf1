import { expect } from '@open-wc/testing';
import { evaluate, evaluateVerdict, getRuleSet, type TrainingRunSpec } from '../../src/core/index.js';
import { clause, verdict } from './helpers.js';

/** Issue 16: training-run specs, the rule sets on training compute, exact arithmetic from 10^20 to 10^28. */
const llama3: TrainingRunSpec = { kind: 'training-run', name: 'Llama 3 405B', model: { parameters: '405e9', tokens: '15.6e12' } };
const h100Cluster = (durationDays?: number | string): TrainingRunSpec => ({
  kind: 'training-run',
  cluster: { chips: 10000, perChip: { format: 'BF16', value: 989.5, unit: 'TFLOPS' }, utilization: 0.4, ...(durationDays === undefined ? {} : { durationDays }) },
});
const flop = (totalFlop: string, extra: Partial<TrainingRunSpec> = {}): TrainingRunSpec => ({ kind: 'training-run', totalFlop, ...extra });

describe('training-run specs (issue 16.1)', () => {
  it('computes the run\'s compute by each route, exactly', () => {
    expect(evaluate(llama3).metrics!.training!.trainingFlop).to.equal('37908000000000000000000000');
    expect(evaluate(h100Cluster(90)).metrics!.training!.trainingFlop).to.equal('30777408000000000000000000');
    expect(evaluate(flop('1e25')).metrics!.training!.trainingFlop).to.equal('10000000000000000000000000');
    // A mixture of experts counts its active parameters.
    const moe = evaluate({ kind: 'training-run', model: { parameters: '671e9', activeParameters: '37e9', tokens: '14.8e12' } });
    expect(moe.metrics!.training!.trainingFlop).to.equal(String(6 * 37 * 148) + '0'.repeat(20));
    expect(moe.explanation[0]).to.equal('The run\'s compute is 3.29 × 10²⁴ FLOP = 6 × 3.7 × 10¹⁰ active parameters × 1.48 × 10¹³ tokens.');
  });

  it('adds fine-tuning and reinforcement learning, and a base model\'s compute, as SB 53 and the EU count them', () => {
    const r = evaluate(flop('9e25', { fineTuningFlop: '2e25' }), 'ca-sb53');
    expect(r.metrics!.training!.trainingFlop).to.equal('110000000000000000000000000');
    expect(verdict(r)).to.equal('controlled frontier model');
    expect(r.explanation[1]).to.equal('The model\'s training compute is 1.1 × 10²⁶ FLOP = this run\'s 9 × 10²⁵ FLOP + fine-tuning and other modifications 2 × 10²⁵ FLOP.');
    const modified = evaluate(flop('1e25', { baseModelFlop: '2.4e25', generatesContent: true }), 'eu-ai-act-art51');
    expect(modified.metrics!.training!.modificationThirds).to.equal('1.25');
    expect(modified.outcomes.filter((o) => o.met === true).map((o) => o.id)).to.deep.equal(['notify-commission', 'downstream-provider']);
  });

  it('the EU downstream-modifier line: more than a third of the original model\'s compute, tested on it and either side', () => {
    const provider = (run: string) => clause(evaluate(flop(run, { baseModelFlop: '3e24', generatesContent: true }), 'eu-ai-act-art51'), 'downstream-provider').met;
    expect([provider('1e24'), provider('1.000001e24'), provider('0.999999e24')]).to.deep.equal([false, true, false]);
    // Without a base model there is no modification to test, and nothing to ask for.
    const own = evaluate(flop('3e24', { generatesContent: true }), 'eu-ai-act-art51');
    expect(clause(own, 'downstream-provider').met).to.equal(false);
    expect(own.decidedBy).to.deep.equal([]);
  });

  it('validates like a chip spec: errors name each field', () => {
    const errors = (spec: unknown) => evaluate(spec).errors.map((e) => [e.field, e.code]);
    expect(errors({ kind: 'training-run', model: { tokens: '1e12' }, totalFlop: '1e24' })).to.deep.equal([['totalFlop', 'one-route-only'], ['model.parameters', 'missing']]);
    expect(errors({ kind: 'training-run', cluster: { chips: 1.5, perChip: { value: 1, unit: 'FLOPS' }, utilization: 1.2 } })).to.deep.equal([
      ['cluster.chips', 'not-integer'], ['cluster.perChip.unit', 'unknown-unit'], ['cluster.utilization', 'above-maximum'],
    ]);
    expect(errors({ kind: 'training-run', cluster: 'big', throughput: [] })).to.deep.equal([['throughput', 'unknown-field'], ['cluster', 'wrong-type']]);
    expect(errors({ kind: 'training-run', cluster: { chips: 8, utilization: 0.5 } })).to.deep.equal([['cluster.perChip', 'missing']]);
    expect(errors({ kind: 'training-run', cluster: { chips: 8, perChip: 3, utilization: 0.5 } })).to.deep.equal([['cluster.perChip', 'wrong-type']]);
    expect(errors({ kind: 'training-run', totalFlop: '-1', baseModelFlop: 0, biologicalSequenceData: 'no' })).to.deep.equal([
      ['totalFlop', 'negative'], ['baseModelFlop', 'not-positive'], ['biologicalSequenceData', 'wrong-type'],
    ]);
    expect(evaluate({ kind: 'training-run', model: 'x' }).errors[0]!.message).to.equal('model must be an object with parameters (or activeParameters) and tokens.');
    expect(evaluate({ kind: 'training-run', cluster: { chips: 8, perChip: { value: 1, unit: 'TFLOPS', sparse: 'no' }, utilization: 0.5, durationDays: 'x' } }).errors.map((e) => e.field))
      .to.deep.equal(['cluster.perChip.sparse', 'cluster.durationDays']);
  });

  it('a sparse per-chip figure is halved', () => {
    const r = evaluate({ kind: 'training-run', cluster: { chips: 1, perChip: { value: 2, unit: 'PFLOPS', sparse: true }, utilization: 1, durationDays: 1 } });
    expect(r.metrics!.training!.cluster!.perChipOpsPerSecond).to.equal('1000000000000000');
    expect(r.explanation[0]).to.equal('The run\'s compute is 8.64 × 10¹⁹ FLOP = 1 chips × 2 PFLOPS (sparse, halved to 1,000 dense tera-operations/s) × 100% utilisation × 1 days (86,400 s).');
  });
});

describe('rule sets on training compute, at each line (issue 16.2, 16.4)', () => {
  const run = (total: string, id: string, extra: Partial<TrainingRunSpec> = {}) => evaluate(flop(total, extra), id);

  it('Llama 3 405B (6 × 405e9 × 15.6e12 ≈ 3.79 × 10²⁵) under each', () => {
    const eu = evaluate(llama3, 'eu-ai-act-art51');
    expect([eu.status, eu.classification]).to.deep.equal(['controlled', 'general-purpose AI model with systemic risk (presumed)']);
    expect(eu.explanation.slice(0, 3)).to.deep.equal([
      'The run\'s compute is 3.79 × 10²⁵ FLOP = 6 × 4.05 × 10¹¹ parameters × 1.56 × 10¹³ tokens.',
      'Controlled: general-purpose AI model with systemic risk (presumed) (Art. 51(2)).',
      'Art. 51(2) holds: training compute 3.79 × 10²⁵ FLOP is 2.79 × 10²⁵ above the 10²⁵ FLOP threshold (> 10²⁵ holds).',
    ]);
    expect(eu.explanation[3]).to.match(/^The provider shall notify the Commission without delay and in any event within two weeks/);
    for (const id of ['ca-sb53', 'ny-raise']) {
      const r = evaluate(llama3, id);
      expect(r.status, id).to.equal('not-controlled');
      expect(r.explanation, id).to.include(getRuleSet(id)!.notControlledNote!);
    }
    expect(evaluate(llama3, 'us-eo-14110').status).to.equal('indeterminate');
    expect(evaluate(llama3, 'us-eo-14110').decidedBy.map((d) => d.input)).to.deep.equal(['biologicalSequenceData']);
    expect(evaluate({ ...llama3, biologicalSequenceData: false }, 'us-eo-14110').status).to.equal('not-controlled');
    expect(evaluate({ ...llama3, biologicalSequenceData: true }, 'us-eo-14110').classification).to.equal('reportable model');
  });

  it('every line is strict ("greater than"), tested on it and either side', () => {
    const cases: [string, string, string, Partial<TrainingRunSpec>][] = [
      ['eu-ai-act-art51', '1e25', 'general-purpose AI model with systemic risk (presumed)', { generatesContent: false }],
      ['eu-ai-act-art51', '1e23', 'general-purpose AI model (indicative criterion)', { generatesContent: true }],
      ['ca-sb53', '1e26', 'frontier model', {}],
      ['ny-raise', '1e26', 'frontier model', {}],
      ['us-eo-14110', '1e26', 'reportable model', { biologicalSequenceData: false }],
      ['us-eo-14110', '1e23', 'reportable model', { biologicalSequenceData: true }],
    ];
    for (const [id, line, classification, extra] of cases) {
      const at = (mantissa: string) => verdict(run(`${mantissa}e${line.split('e')[1]}`, id, extra));
      expect(at('1'), `${id} at ${line}`).to.not.equal(`controlled ${classification}`);
      expect(at('1.0000000001'), `${id} above ${line}`).to.equal(`controlled ${classification}`);
      expect(at('0.9999999999'), `${id} below ${line}`).to.not.equal(`controlled ${classification}`);
    }
  });

  it('the large-developer line of SB 53 and RAISE: revenue over $500 million, asked for when it decides', () => {
    const duties = (revenue?: string) => run('2e26', 'ca-sb53', revenue === undefined ? {} : { developerRevenueUsd: revenue }).outcomes.filter((o) => o.met === true).map((o) => o.id);
    expect(duties('500000000')).to.deep.equal(['frontier-developer']);
    expect(duties('500000000.01')).to.deep.equal(['large-frontier-developer']);
    expect(duties()).to.deep.equal([]);
    expect(run('2e26', 'ny-raise').explanation).to.include('Large frontier developer (revenue over $500 million): depends on the developer’s annual revenue.');
    expect(run('2e26', 'ny-raise').warnings[0]).to.equal('This rule set is enacted, not yet in force: it takes effect on Jan 1, 2027.');
  });

  it('EO 14110\'s cluster line: 10^20 op/s or more, networking over 100 Gbit/s, one data centre; revoked', () => {
    const cluster = (chips: number, networkGbps: number, singleDatacenter = true) => evaluate({
      kind: 'training-run', biologicalSequenceData: false,
      cluster: { chips, perChip: { format: 'FP8', value: 1979, unit: 'TFLOPS' }, utilization: 0.4, durationDays: 1, networkGbps, singleDatacenter },
    }, 'us-eo-14110');
    // 50,531 H100s at 1,979 TFLOPS FP8 dense: 1.00000849 × 10^20 op/s; 50,530: just under.
    expect(cluster(50531, 400).matchedClauses).to.deep.equal(['cluster-10-20']);
    expect(cluster(50530, 400).status).to.equal('not-controlled');
    expect(cluster(50531, 100).status).to.equal('not-controlled');
    expect(cluster(50531, 400, false).status).to.equal('not-controlled');
    expect(cluster(50531, 400).warnings[0]).to.equal('This rule set is revoked (in force from Oct 30, 2023 to Jan 20, 2025): kept for history, not in force.');
    // A run described by its model has no cluster to test.
    expect(clause(evaluate({ ...llama3, biologicalSequenceData: false }, 'us-eo-14110'), 'cluster-10-20').met).to.equal(false);
  });

  it('gives status "controlled" from Node with the rule set\'s own wording, and picks the EU rule set by default', () => {
    const r = evaluate(flop('2e25', { generatesContent: true }));
    expect(r.ruleSet!.id).to.equal('eu-ai-act-art51');
    expect(r.status).to.equal('controlled');
    expect(evaluateVerdict(flop('2e25')).ruleSet!.id).to.equal('eu-ai-act-art51');
    // A chip is outside every training rule set, and a training run outside every chip rule set.
    expect(evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 1979, unit: 'TFLOPS' }] }, 'eu-ai-act-art51').outOfScope).to.equal(true);
    const chipRules = evaluate(llama3, 'bis-3a090-2023');
    expect([chipRules.status, chipRules.outOfScope]).to.deep.equal(['not-controlled', true]);
    expect(chipRules.explanation[0]).to.match(/and this item is a training run\.$/);
  });
});

describe('days to threshold, margins and the nearest line (issue 16.3)', () => {
  it('10,000 H100 at dense BF16 989.5 TFLOP/s and 40% reach 10^25 FLOP in about 29.2 days', () => {
    const r = evaluate(h100Cluster(), 'eu-ai-act-art51');
    expect(r.status).to.equal('indeterminate');
    expect(r.decidedBy.map((d) => d.field)).to.include('cluster.durationDays');
    const line = r.lines.find((l) => l.items.includes('art-51-2'))!;
    expect(line.at.trainingDays!.slice(0, 7)).to.equal('29.2422');
    expect(r.explanation).to.include('At this rate the model\'s compute reaches 10²⁵ FLOP (Art. 51(2)) after 29.24 days of training.');
    expect(r.explanation[0]).to.equal('The cluster runs at 3.96 × 10¹⁸ op/s = 10,000 chips × BF16 989.5 TFLOPS × 40% utilisation (peak 9.9 × 10¹⁸ op/s); no duration was given, so the run\'s compute is unknown.');
  });

  it('with a duration: the margin to each line and the nearest line in days', () => {
    const r = evaluate(h100Cluster(90), 'eu-ai-act-art51');
    expect(verdict(r)).to.equal('controlled general-purpose AI model with systemic risk (presumed)');
    const line = r.lines.find((l) => l.items.includes('art-51-2'))!;
    expect(line.margin!.absolute).to.equal('20777408000000000000000000');
    expect(r.nearestBoundary!.lever).to.equal('trainingDays');
    expect(r.nearestBoundary!.leverTo!.slice(0, 7)).to.equal('29.2422');
    expect(r.explanation.at(-1)).to.equal('Nearest line (Art. 51(2)): training compute at 10²⁵ FLOP (−2.08 × 10²⁵ FLOP, −67.51%, after 29.24 days of training) would make it undecided.');
    expect(r.warnings).to.include('The run\'s compute is estimated as peak rate × utilisation × duration; the rules count the operations actually performed, so give the measured total (totalFlop) when it is known.');
  });

  it('days count from the base model\'s and the fine-tuning\'s compute', () => {
    const r = evaluate({ ...h100Cluster(), baseModelFlop: '5e24', fineTuningFlop: '1e24' } as TrainingRunSpec, 'eu-ai-act-art51');
    const line = r.lines.find((l) => l.items.includes('art-51-2'))!;
    expect(Number(line.at.trainingDays)).to.be.closeTo(29.2422 * 0.4, 0.001);
    // A line the base model already crosses has no day.
    expect(r.lines.find((l) => l.items.includes('gpai-indicative'))!.at.trainingDays).to.equal(undefined);
  });

  it('never rounds a shown value onto the line it misses, from 10^20 to 10^28', () => {
    const below = evaluate(flop('9999999999999999999999999'), 'eu-ai-act-art51');
    expect(below.explanation[0]).to.equal('The run\'s compute is given: 9.999999999999999999999999 × 10²⁴ FLOP.');
    const above = evaluate(flop('10000000000000000000000001'), 'eu-ai-act-art51');
    expect(above.explanation[0]).to.equal('The run\'s compute is given: 1.0000000000000000000000001 × 10²⁵ FLOP.');
    expect(evaluate(flop('1e28'), 'ca-sb53').explanation[0]).to.equal('The run\'s compute is given: 10²⁸ FLOP.');
    expect(evaluate(flop('1e20'), 'ca-sb53').explanation[0]).to.equal('The run\'s compute is given: 10²⁰ FLOP.');
  });
});
