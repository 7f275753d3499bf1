import { expect } from '@open-wc/testing';
import china2026 from '../../src/data/rule-sets/bis-china-review-2026.json';
import bis2022 from '../../src/data/rule-sets/bis-3a090-2022.json';
import bis2023 from '../../src/data/rule-sets/bis-3a090-2023.json';
import hbm2024 from '../../src/data/rule-sets/bis-3a090c-2024.json';
import isInformed2025 from '../../src/data/rule-sets/us-is-informed-h20-2025.json';
import { evaluate, getRuleSet, loadRuleSets, ruleSets, ruleSetsFor, validateRuleSet, type RuleSet } from '../../src/core/index.js';
import { BUILT_IN_FILES } from '../../src/core/rule-sets.js';
import { builtInRuleSets, registerBuiltIns } from '../../src/core/rule-set-registry.js';
import { specWithTpp, verdict } from './helpers.js';

function hypothetical(overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    id: 'what-if-4000',
    title: 'What if the line were 4000?',
    appliesTo: 'Integrated circuits',
    citation: { document: 'Hypothetical', published: '2026-11-26', url: 'https://example.org/what-if' },
    effective: '2026-12-01',
    status: 'bill',
    clauses: [{ id: 'x.1', classification: 'X', title: 'TPP of 4000 or more', when: { metric: 'tpp', op: '>=', threshold: 4000 } }],
    sources: [],
    ...overrides,
  };
}

const fieldsOf = (raw: unknown) => validateRuleSet(raw, new Map(ruleSets.map((r) => [r.id, r]))).errors.map((e) => e.field);

describe('built-in rule sets', () => {
  it('all load and validate, each with a citation, effective date and status', () => {
    expect(ruleSets.map((r) => [r.id, r.effective, r.status])).to.deep.equal([
      ['bis-3a090-2022', '2022-10-07', 'superseded'],
      ['bis-3a090-2023', '2023-11-17', 'in-force'],
      ['bis-3a090c-2024', '2024-12-02', 'in-force'],
      ['us-is-informed-h20-2025', '2025-04-09', 'reported'],
      ['bis-china-review-2026', '2026-01-15', 'in-force'],
      ['us-section-232-tariff-2026', '2026-01-15', 'in-force'],
      ['bis-advanced-computing-licence-2026', '2023-11-17', 'in-force'],
      ['us-ai-diffusion-caps-2025', '2025-01-13', 'not-enforced'],
      ['bis-china-volume-cap-2026', '2026-01-15', 'in-force'],
      ['us-draft-scale-licensing-2026', '2026-02-26', 'withdrawn'],
      ['us-bill-gain-ai-2025', '2025-11-06', 'bill'],
      ['us-bill-safe-chips-2025', '2025-12-04', 'bill'],
      ['us-bill-ai-overwatch-2026', '2025-12-18', 'bill'],
      ['eu-ai-act-art51', '2025-08-02', 'in-force'],
      ['ca-sb53', '2026-01-01', 'in-force'],
      ['ny-raise', '2027-01-01', 'enacted'],
      ['us-eo-14110', '2023-10-30', 'revoked'],
    ]);
    expect(ruleSets.map((r) => r.citation.document).slice(0, 3)).to.deep.equal(['87 FR 62186', '88 FR 73458', '89 FR 96790']);
    expect(getRuleSet('bis-china-review-2026')!.citation.document).to.equal('91 FR 1684');
  });

  it('keep the order of their files and their objects, though the default one registers first (the widget has it before the others)', () => {
    expect(ruleSets.map((r) => r.id)).to.deep.equal((BUILT_IN_FILES as RuleSet[]).map((f) => f.id));
    const before = builtInRuleSets();
    registerBuiltIns([bis2023]);
    registerBuiltIns(BUILT_IN_FILES);
    expect(builtInRuleSets()).to.deep.equal(before);
    builtInRuleSets().forEach((r, i) => expect(r, r.id).to.equal(before[i]));
    // Built on the default's object: the 2026 review's base is the registered 2023 rule.
    expect(getRuleSet('bis-china-review-2026')!.basedOn).to.equal('bis-3a090-2023');
  });

  it('every built-in file passes validation, as the engine trusts them unchecked on load', () => {
    expect(BUILT_IN_FILES.slice(0, 5)).to.deep.equal([bis2022, bis2023, hbm2024, isInformed2025, china2026]);
    const { ruleSets: loaded, problems } = loadRuleSets([...BUILT_IN_FILES]);
    expect(problems).to.deep.equal([]);
    // What validation resolves is what the engine loaded unchecked.
    expect([...loaded.values()]).to.deep.equal(ruleSets);
  });

  it('the 2026 overlay inherits the 2023 clauses, Note 2 and caveats', () => {
    const overlay = getRuleSet('bis-china-review-2026')!;
    expect(overlay.clauses.map((c) => c.id)).to.deep.equal(['3A090.a.1', '3A090.a.2', '3A090.b.1', '3A090.b.2']);
    expect(overlay.exclusions.map((e) => e.id)).to.deep.equal(['note-2']);
    expect(overlay.outcomes.map((o) => o.id)).to.deep.equal(['nac-aca-unavailable', 'nac-aca-available', 'case-by-case', 'presumption-of-denial', 'presumption-of-denial-baseline', 'not-china-macau']);
    expect(overlay.caveats.length).to.equal(getRuleSet('bis-3a090-2023')!.caveats.length + 7);
    expect(overlay.scope).to.deep.equal(getRuleSet('bis-3a090-2023')!.scope);
  });

  it('every bill carries its stage and date, and every clause and outcome of the 2026 rule sets an evidence level', () => {
    for (const r of ruleSets.filter((x) => x.status === 'bill' || x.status === 'withdrawn')) expect(r.stage, r.id).to.have.keys(['label', 'date']);
    const newer = ruleSets.slice(5);
    for (const r of newer) {
      const base = r.basedOn ? getRuleSet(r.basedOn)! : null;
      const inherited = new Set(base ? [...base.clauses, ...base.exclusions, ...base.outcomes].map((i) => i.id) : []);
      const own = [...r.clauses, ...r.exclusions, ...r.outcomes].filter((i) => !inherited.has(i.id));
      for (const item of own) expect(item.evidence, `${r.id} ${item.id}`).to.be.oneOf(['primary', 'quoted', 'secondary', 'unverified']);
    }
  });

  it('sorts the rule sets by the kind of item they can apply to, from their scopes', () => {
    const ids = (kind: Parameters<typeof ruleSetsFor>[0]) => ruleSetsFor(kind).map((r) => r.id);
    expect(ids('training-run')).to.deep.equal(['eu-ai-act-art51', 'ca-sb53', 'ny-raise', 'us-eo-14110']);
    expect(ids('hbm-stack')).to.deep.equal(['bis-3a090c-2024']);
    expect(ids('logic')).to.have.length(12);
    expect(ids('logic')).not.to.include('bis-3a090c-2024');
    // A rule set without a scope applies to every kind.
    expect(ruleSetsFor('training-run', [hypotheticalResolved()]).length).to.equal(1);
  });

  it('no built-in rule set joins the family of the 3A090 classifications by accident (as-of dates choose within a family)', () => {
    expect(ruleSets.filter((r) => r.family === '3A090 integrated circuits').map((r) => r.id)).to.deep.equal(['bis-3a090-2022', 'bis-3a090-2023', 'bis-china-review-2026']);
  });
});

function hypotheticalResolved() {
  return validateRuleSet(hypothetical(), new Map()).ruleSet!;
}

describe('custom rule sets', () => {
  it('evaluates a hypothetical rule passed as an object', () => {
    expect(verdict(evaluate(specWithTpp('4000'), hypothetical()))).to.equal('controlled X');
    expect(verdict(evaluate(specWithTpp('3999.99'), hypothetical()))).to.equal('not-controlled');
    expect(evaluate(specWithTpp('4000'), hypothetical()).warnings[0]).to.match(/^This rule set is a bill, not law \(effective Dec 1, 2026\)/);
  });

  it('supports every operator and nested any/all groups', () => {
    const rules = hypothetical({
      clauses: [{
        id: 'nested', classification: 'N', title: 'nested',
        when: { any: [
          { all: [{ metric: 'tpp', op: '>', threshold: '100' }, { metric: 'tpp', op: '<=', threshold: '200' }] },
          { metric: 'tpp', op: '==', threshold: '1000' },
        ] },
      }],
    });
    const run = (tpp: string) => verdict(evaluate(specWithTpp(tpp), rules));
    expect([run('100'), run('100.01'), run('200'), run('200.01'), run('1000')]).to.deep.equal([
      'not-controlled', 'controlled N', 'controlled N', 'not-controlled', 'controlled N',
    ]);
  });

  it('can extend a built-in rule set', () => {
    const rules = hypothetical({ extends: 'bis-3a090-2023', clauses: [{ id: 'extra', classification: 'E', title: 'E', when: { metric: 'dramBandwidthGBps', op: '>=', threshold: 1400 } }] });
    const result = evaluate(specWithTpp('1000', { areaMm2: '1000', extra: { dramBandwidthGBps: 1400 } }), rules);
    expect(verdict(result)).to.equal('controlled E');
    expect(result.clauses.map((c) => c.id)).to.deep.equal(['3A090.a.1', '3A090.a.2', '3A090.b.1', '3A090.b.2', 'extra']);
  });
});

describe('malformed rule sets give errors that name the clause and the field', () => {
  it('a threshold typed as text, an unknown metric, an unknown operator', () => {
    const bad = hypothetical({
      clauses: [
        { id: 'a', classification: 'A', title: 'a', when: { metric: 'tpp', op: '>=', threshold: 'four thousand' } },
        { id: 'b', classification: 'B', title: 'b', when: { all: [{ metric: 'flops' as never, op: '>=', threshold: 1 }, { metric: 'tpp', op: '=>' as never, threshold: 1 }] } },
      ],
    });
    const errors = validateRuleSet(bad).errors;
    expect(errors.map((e) => e.field)).to.deep.equal(['clauses[0] (a).when.threshold', 'clauses[1] (b).when.all[0].metric', 'clauses[1] (b).when.all[1].op']);
    expect(errors[0]!.message).to.equal('clauses[0] (a).when.threshold is not a number ("four thousand").');
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([
      [['clauses', 0, 'when', 'threshold'], 'not-a-number'],
      [['clauses', 1, 'when', 'all', 0, 'metric'], 'unknown-metric'],
      [['clauses', 1, 'when', 'all', 1, 'op'], 'unknown-operator'],
    ]);
    expect(errors[1]!.message).to.match(/^clauses\[1\] \(b\)\.when\.all\[0\]\.metric "flops" is not a known metric \(known: tpp, performanceDensity/);
  });

  it('the top-level fields', () => {
    expect(fieldsOf(null)).to.deep.equal(['ruleSet']);
    expect(fieldsOf({})).to.deep.equal(['id', 'title', 'appliesTo', 'effective', 'status', 'citation', 'sources', 'clauses']);
    expect(fieldsOf(hypothetical({ effective: '2026-02-30' }))).to.deep.equal(['effective']);
    expect(fieldsOf(hypothetical({ status: 'law' as never }))).to.deep.equal(['status']);
    expect(fieldsOf(hypothetical({ citation: { document: 'x', published: '2026-01-01', url: 'javascript:alert(1)' } }))).to.deep.equal(['citation.url']);
    expect(fieldsOf(hypothetical({ sources: [{ title: 'x', url: 'data:text/html,hi' }, 'y' as never] }))).to.deep.equal(['sources[0].url', 'sources[1]']);
    expect(fieldsOf(hypothetical({ caveats: [1 as never] }))).to.deep.equal(['caveats']);
    expect(fieldsOf(hypothetical({ extends: 'nope' }))).to.deep.equal(['extends']);
    expect(fieldsOf(hypothetical({ clauses: [] }))).to.deep.equal(['clauses']);
    expect(fieldsOf(hypothetical({ until: 'yesterday' }))).to.deep.equal(['until']);
  });

  it('clauses, notes and outcomes', () => {
    const clause = hypothetical().clauses[0]!;
    expect(fieldsOf(hypothetical({ clauses: [clause, clause] }))).to.deep.equal(['clauses[1] (x.1).id']);
    expect(fieldsOf(hypothetical({ clauses: ['x' as never] }))).to.deep.equal(['clauses[0]']);
    expect(fieldsOf(hypothetical({ clauses: [{ ...clause, when: undefined as never }] }))).to.deep.equal(['clauses[0] (x.1).when']);
    expect(fieldsOf(hypothetical({ clauses: [{ ...clause, when: { all: [] } }] }))).to.deep.equal(['clauses[0] (x.1).when.all']);
    expect(fieldsOf(hypothetical({ clauses: [{ ...clause, when: 'tpp >= 1' as never }] }))).to.deep.equal(['clauses[0] (x.1).when']);
    expect(fieldsOf(hypothetical({ clauses: [{ ...clause, when: { metric: 'classification', op: '==', threshold: 'X' } }] }))).to.deep.equal(['clauses[0] (x.1).when.metric']);
    expect(fieldsOf(hypothetical({ clauses: [{ ...clause, when: { metric: 'datacenter', op: '>=', threshold: 'yes' } }] }))).to.deep.equal(['clauses[0] (x.1).when.op', 'clauses[0] (x.1).when.threshold']);
    expect(fieldsOf(hypothetical({ outcomes: [{ id: 'o', title: 'o', text: '', when: { metric: 'classification', op: '==', threshold: 3 as never } }] }))).to.deep.equal(['outcomes[0] (o).text', 'outcomes[0] (o).when.threshold']);
    expect(fieldsOf(hypothetical({ exclusions: [{ id: 'x.1', title: 'dup', when: { metric: 'tpp', op: '<', threshold: 1 } }] }))).to.deep.equal(['exclusions[0] (x.1).id']);
  });

  it('deeply nested conditions are refused, not recursed into', () => {
    let when: unknown = { metric: 'tpp', op: '>=', threshold: 1 };
    for (let i = 0; i < 5000; i += 1) when = { all: [when] };
    const errors = validateRuleSet(hypothetical({ clauses: [{ id: 'deep', classification: 'D', title: 'd', when: when as never }] })).errors;
    expect(errors.length).to.equal(1);
    expect(errors[0]!.message).to.match(/nests conditions more than 16 levels deep\.$/);
  });

  it('evaluate reports a malformed rule set instead of throwing', () => {
    const result = evaluate(specWithTpp('4000'), hypothetical({ clauses: [{ id: 'a', classification: 'A', title: 'a', when: { metric: 'tpp', op: '>=', threshold: 'lots' } }] }));
    expect(result.status).to.equal('invalid');
    expect(result.errors.map((e) => e.field)).to.deep.equal(['ruleSet.clauses[0] (a).when.threshold']);
  });

  it('loading several: a broken one is reported and the others load', () => {
    const { ruleSets: loaded, problems } = loadRuleSets([hypothetical(), { id: 'broken' }, hypothetical({ id: 'child', extends: 'what-if-4000', clauses: undefined as never })]);
    expect([...loaded.keys()]).to.deep.equal(['what-if-4000', 'child']);
    expect(problems.map((p) => [p.index, p.id])).to.deep.equal([[1, 'broken']]);
    expect(loaded.get('child')!.clauses.map((c) => c.id)).to.deep.equal(['x.1']);
  });
});
