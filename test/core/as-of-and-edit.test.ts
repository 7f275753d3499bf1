import { expect } from '@open-wc/testing';
import { deriveRuleSet, evaluate, getRuleSet, ruleSetInForce, thresholdChanges } from '../../src/core/index.js';
import { specWithTpp, verdict } from './helpers.js';

describe('the rule set in force on a date', () => {
  const chosen = (date: string, family?: string) => ruleSetInForce(date, family).ruleSet?.id ?? null;

  it('on each side of every effective date', () => {
    expect(chosen('2022-10-06')).to.equal(null);
    expect(chosen('2022-10-07')).to.equal('bis-3a090-2022');
    expect(chosen('2023-11-16')).to.equal('bis-3a090-2022');
    expect(chosen('2023-11-17')).to.equal('bis-3a090-2023');
    expect(chosen('2026-01-14')).to.equal('bis-3a090-2023');
    expect(chosen('2026-01-15')).to.equal('bis-china-review-2026');
    expect(chosen('2024-12-01', '3A090.c high-bandwidth memory')).to.equal(null);
    expect(chosen('2024-12-02', '3A090.c high-bandwidth memory')).to.equal('bis-3a090c-2024');
  });

  it('says which and why', () => {
    // Rule sets by their titles and dates as a reader writes them, as everywhere else in the widget (issue 10.4).
    expect(ruleSetInForce('2025-06-01').reason).to.equal(
      'On Jun 1, 2025 the rules in force for 3A090 integrated circuits are ECCN 3A090.a and .b, October 2023 rule (as amended) (88 FR 73458, effective Nov 17, 2023); ECCN 3A090, October 2022 rule ended on Nov 16, 2023.');
    expect(ruleSetInForce('2026-11-26').reason).to.equal(
      'On Nov 26, 2026 the rules in force for 3A090 integrated circuits are License review for China and Macau, January 2026 rule (case-by-case below TPP 21,000 and 6,500 GB/s) (91 FR 1684, effective Jan 15, 2026), which builds on ECCN 3A090.a and .b, October 2023 rule (as amended) (88 FR 73458, effective Nov 17, 2023); ECCN 3A090, October 2022 rule ended on Nov 16, 2023.');
    expect(ruleSetInForce('2021-01-01').reason).to.equal(
      'No rule set for 3A090 integrated circuits was in force on Jan 1, 2021: the first, ECCN 3A090, October 2022 rule (87 FR 62186, effective Oct 7, 2022), took effect later.');
    expect(ruleSetInForce('2021-01-01').why).to.deep.equal({ code: 'none-in-force', date: '2021-01-01', family: '3A090 integrated circuits', next: 'bis-3a090-2022' });
    expect(ruleSetInForce('2025-06-01').reason).not.to.match(/bis-|\d{4}-\d{2}-\d{2}/);
    expect(ruleSetInForce('2022-10-07').considered).to.deep.equal([
      { id: 'bis-3a090-2022', standing: 'chosen' },
      { id: 'bis-3a090-2023', standing: 'not-yet-effective' },
      { id: 'bis-china-review-2026', standing: 'not-yet-effective' },
    ]);
  });

  it('refuses what is not a date', () => {
    for (const bad of ['2026-02-30', '26-11-2026', 'today']) {
      const choice = ruleSetInForce(bad);
      expect(choice.ruleSet).to.equal(null);
      expect(choice.reason).to.equal(`"${bad}" is not a date as YYYY-MM-DD.`);
      expect(choice.why).to.deep.equal({ code: 'not-a-date', date: bad });
    }
  });
});

describe('editing thresholds', () => {
  const base = getRuleSet('bis-3a090-2023')!;

  it('a threshold: what if the a.1 line were 4000?', () => {
    const { ruleSet } = deriveRuleSet(base, [{ item: '3A090.a.1', index: 0, threshold: '4000' }]);
    expect(ruleSet!.id).to.equal('bis-3a090-2023~custom');
    expect(ruleSet!.derivedFrom).to.equal('bis-3a090-2023');
    expect(verdict(evaluate(specWithTpp('4000', { areaMm2: '100000' }), ruleSet))).to.equal('controlled 3A090.a');
    expect(verdict(evaluate(specWithTpp('4000', { areaMm2: '100000' }), base))).to.equal('not-controlled');
    expect(evaluate(specWithTpp('4000'), ruleSet).warnings[0]).to.equal(
      'This rule set is hypothetical, with thresholds edited from ECCN 3A090.a and .b, October 2023 rule (as amended): a what-if, not a rule in force.');
    expect(base.clauses[0]!.when).to.deep.equal({ metric: 'tpp', op: '>=', threshold: '4800' });
  });

  it('an operator, a PD bound, a note and an outcome', () => {
    const { ruleSet } = deriveRuleSet(base, [
      { item: '3A090.a.1', index: 0, op: '>' },
      { item: '3A090.b.2', index: 1, threshold: 3 },
      { item: 'note-2', index: 1, threshold: '5000' },
      { item: 'nac-aca-available', index: 2, threshold: '3A090.c' },
    ]);
    expect(thresholdChanges(base, ruleSet!)).to.deep.equal([
      { item: '3A090.a.1', index: 0, metric: 'tpp', from: { op: '>=', threshold: '4800' }, to: { op: '>', threshold: '4800' } },
      { item: '3A090.b.2', index: 1, metric: 'performanceDensity', from: { op: '>=', threshold: '3.2' }, to: { op: '>=', threshold: '3' } },
      { item: 'note-2', index: 1, metric: 'tpp', from: { op: '<', threshold: '4800' }, to: { op: '<', threshold: '5000' } },
      { item: 'nac-aca-available', index: 2, metric: 'classification', from: { op: '==', threshold: '3A090.b' }, to: { op: '==', threshold: '3A090.c' } },
    ]);
    expect(verdict(evaluate(specWithTpp('4800', { areaMm2: '100000' }), ruleSet))).to.equal('not-controlled');
    expect(verdict(evaluate(specWithTpp('1600', { areaMm2: '533.33' }), ruleSet))).to.equal('controlled 3A090.b');
    expect(verdict(evaluate(specWithTpp('4900', { datacenter: false }), ruleSet))).to.equal('not-controlled');
  });

  it('an overlay keeps its inherited clauses once edited', () => {
    const overlay = getRuleSet('bis-china-review-2026')!;
    const { ruleSet } = deriveRuleSet(overlay, [{ item: 'case-by-case', index: 1, threshold: 25000 }]);
    expect(ruleSet!.basedOn).to.equal('bis-3a090-2023');
    expect(ruleSet!.clauses.length).to.equal(4);
    const policy = evaluate(specWithTpp('22000', { areaMm2: '800', extra: { dramBandwidthGBps: 4800, usAvailableSince: '2024-01-01' } }), ruleSet).outcomes.find((o) => o.id === 'case-by-case')!;
    expect(policy.met).to.equal(true);
  });

  it('a threshold typed as text, or a condition that does not exist, comes back as an error', () => {
    const text = deriveRuleSet(base, [{ item: '3A090.a.2', index: 1, threshold: 'five' }]);
    expect(text.errors.map((e) => e.message)).to.deep.equal(['clauses[1] (3A090.a.2).when.all[1].threshold is not a number ("five").']);
    expect(text.errors.map((e) => [e.path, e.code, e.params.item])).to.deep.equal([[['clauses', 1, 'when', 'all', 1, 'threshold'], 'not-a-number', '3A090.a.2']]);
    const missing = deriveRuleSet(base, [{ item: '3A090.z', index: 0, threshold: 1 }, { item: '3A090.a.1', index: 3, threshold: 1 }]);
    expect(missing.errors.map((e) => [e.path, e.code])).to.deep.equal([[['3A090.z', 0], 'unknown-condition'], [['3A090.a.1', 3], 'unknown-condition']]);
  });

  it('no edits, no changes', () => {
    const { ruleSet } = deriveRuleSet(base, []);
    expect(thresholdChanges(base, ruleSet!)).to.deep.equal([]);
  });
});

describe('edge cases of dates and thresholds', () => {
  it('years below 100 are dates as written, not 19xx', () => {
    expect(ruleSetInForce('0020-01-01').reason).to.match(/^No rule set for 3A090 integrated circuits was in force on Jan 1, 0020/);
    expect(ruleSetInForce('2024-02-29').ruleSet?.id).to.equal('bis-3a090-2023');
    expect(ruleSetInForce('2023-02-29').ruleSet).to.equal(null);
  });

  it('a threshold written differently but equal is no change', () => {
    const base = getRuleSet('bis-3a090-2023')!;
    const { ruleSet } = deriveRuleSet(base, [{ item: '3A090.a.1', index: 0, threshold: '4800.0' }]);
    expect(thresholdChanges(base, ruleSet!)).to.deep.equal([]);
  });
});
