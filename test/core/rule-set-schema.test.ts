import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import example from '../../docs/example-rule-set.json';
import bis2022 from '../../src/data/rule-sets/bis-3a090-2022.json';
import bis2023 from '../../src/data/rule-sets/bis-3a090-2023.json';
import hbm2024 from '../../src/data/rule-sets/bis-3a090c-2024.json';
import china2026 from '../../src/data/rule-sets/bis-china-review-2026.json';
import isInformed2025 from '../../src/data/rule-sets/us-is-informed-h20-2025.json';
import { generatedSchemaParts } from '../../scripts/rule-set-schema-conditions.js';
import schema from '../../src/data/rule-set.schema.json';
import { evaluate, loadRuleSets, ruleSets } from '../../src/core/index.js';
import { BUILT_IN_FILES } from '../../src/core/rule-sets.js';

const validator = new Validator(schema as never, '2020-12', false);

describe('the rule-set JSON Schema', () => {
  it('accepts every built-in rule set and the documented example', () => {
    for (const raw of [bis2022, bis2023, hbm2024, isInformed2025, china2026, ...BUILT_IN_FILES.slice(5), example] as { id: string }[]) {
      const { valid, errors } = validator.validate(raw);
      expect(valid, `${raw.id}: ${JSON.stringify(errors.slice(0, 3))}`).to.equal(true);
    }
  });

  it('refuses what the engine refuses: a threshold typed as text, an unknown metric, a javascript: link', () => {
    const broken = structuredClone(bis2023) as Record<string, unknown> & typeof bis2023;
    (broken.clauses[0]!.when as { threshold: string }).threshold = 'lots';
    expect(validator.validate(broken).valid).to.equal(false);
    const metric = structuredClone(bis2023);
    (metric.clauses[0]!.when as { metric: string }).metric = 'flops';
    expect(validator.validate(metric).valid).to.equal(false);
    expect(validator.validate({ ...bis2023, citation: { ...bis2023.citation, url: 'javascript:alert(1)' } }).valid).to.equal(false);
    expect(validator.validate({ ...bis2023, stage: { label: 'x' } }).valid).to.equal(false);
  });

  it('is tied to the metric registry: its metric enums and statuses are the engine\'s (npm run schema writes them)', () => {
    const parts = generatedSchemaParts();
    expect(schema.properties.status, 'run npm run schema').to.deep.equal(parts.status);
    expect(schema.$defs.condition, 'run npm run schema').to.deep.equal(parts.condition);
    const enumerated = parts.condition.oneOf.flatMap((c) => c.properties.metric.enum);
    expect([...enumerated].sort()).to.deep.equal(ruleSets.length ? [...new Set(enumerated)].sort() : []);
  });

  it('the documented example works as docs/rule-sets.md says', () => {
    const { ruleSets: loaded, problems } = loadRuleSets([example], new Map(ruleSets.map((r) => [r.id, r])));
    const chip = { datacenter: true, throughput: [{ format: 'INT8', value: 525, unit: 'TOPS' }], dies: [{ areaMm2: 3000 }] };
    expect(problems).to.deep.equal([]);
    expect(evaluate(chip, loaded.get('what-if-4000')).classification).to.equal('what-if 4000');
    expect(evaluate(chip, 'bis-3a090-2023').status).to.equal('not-controlled');
  });
});
