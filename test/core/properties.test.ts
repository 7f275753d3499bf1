import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate, FORMAT_BIT_LENGTHS, validateRuleSet, type ChipSpec, type ThroughputEntry } from '../../src/core/index.js';

/**
 * Properties of the engine over random specs. TPP is recomputed here with BigInt fractions, a code
 * path that shares nothing with the engine's decimal arithmetic.
 */

const UNIT_MILLI_TERA: Record<string, bigint> = { GOPS: 1n, GFLOPS: 1n, TOPS: 1000n, TFLOPS: 1000n, POPS: 1000000n, PFLOPS: 1000000n, GMACS: 2n, TMACS: 2000n };
const FORMATS = Object.keys(FORMAT_BIT_LENGTHS) as (keyof typeof FORMAT_BIT_LENGTHS)[];

/** A figure with up to three decimals, written as the decimal string a datasheet would give. */
const milli = fc.bigInt({ min: 0n, max: 5_000_000n });
const asDecimal = (m: bigint) => `${m / 1000n}.${String(m % 1000n).padStart(3, '0')}`;

const entry = fc.record({
  format: fc.constantFrom(...FORMATS),
  milli,
  unit: fc.constantFrom(...Object.keys(UNIT_MILLI_TERA)),
  sparse: fc.boolean(),
  processingUnit: fc.constantFrom(undefined, 'a', 'b'),
});
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

const toEntry = (e: Entry): ThroughputEntry => ({
  format: e.format, value: asDecimal(e.milli), unit: e.unit, sparse: e.sparse, ...(e.processingUnit ? { processingUnit: e.processingUnit } : {}),
});

/** TPP x 2,000,000: value (1/1000) x unit (1/1000 tera) x dense (1/2), all integers. */
function expectedTppTimes2e6(entries: Entry[]): bigint {
  const units = new Map<string, bigint>();
  for (const e of entries) {
    const scaled = e.milli * UNIT_MILLI_TERA[e.unit]! * (e.sparse ? 1n : 2n) * BigInt(FORMAT_BIT_LENGTHS[e.format]);
    const key = e.processingUnit ?? '';
    if (!units.has(key) || scaled > units.get(key)!) units.set(key, scaled);
  }
  return [...units.values()].reduce((a, b) => a + b, 0n);
}

function decimalToTimes2e6(text: string): bigint {
  const [whole, fraction = ''] = text.split('.');
  if (fraction.length > 7) throw new Error(`unexpected precision in ${text}`);
  return (BigInt(whole!) * 10_000_000n + BigInt(fraction.padEnd(7, '0'))) / 5n;
}

const LEVEL: Record<string, number> = { 'not-controlled': 0, '3A090.b': 1, '3A090.a': 2 };
/**
 * The control level as the lowest and highest over the readings of ambiguous bit lengths (TF32 at
 * 32 or 19 bits); a spec with no such entry has one reading.
 */
const levels = (spec: ChipSpec): [number, number] => {
  const r = evaluate(spec, 'bis-3a090-2023');
  const verdicts = r.readings.length > 0 ? r.readings.map((x) => x.verdict) : [r];
  const each = verdicts.map((v) => LEVEL[v.status === 'controlled' ? v.classification! : v.status]!);
  expect(each.every((l) => l !== undefined), JSON.stringify(spec)).to.equal(true);
  return [Math.min(...each), Math.max(...each)];
};
const expectNotLower = (after: ChipSpec, before: ChipSpec) => {
  const [lowAfter, highAfter] = levels(after);
  const [lowBefore, highBefore] = levels(before);
  expect(lowAfter).to.be.at.least(lowBefore);
  expect(highAfter).to.be.at.least(highBefore);
};

const knownSpec = fc.record({
  entries: fc.array(entry, { minLength: 1, maxLength: 5 }),
  datacenter: fc.boolean(),
  dies: fc.array(fc.record({ milli: fc.bigInt({ min: 1n, max: 1_000_000n }), nonPlanar: fc.boolean() }), { minLength: 1, maxLength: 3 }),
});
type Known = typeof knownSpec extends fc.Arbitrary<infer T> ? T : never;
const toSpec = (k: Known): ChipSpec => ({
  datacenter: k.datacenter,
  throughput: k.entries.map(toEntry),
  dies: k.dies.map((d) => ({ areaMm2: asDecimal(d.milli), nonPlanar: d.nonPlanar })),
});

describe('engine properties (fast-check)', () => {
  it('TPP equals the definition: dense ops x bits, max per processing unit, summed over units', () => {
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
      const tpp = evaluate({ throughput: entries.map(toEntry) }).metrics!.tpp!;
      expect(decimalToTimes2e6(tpp)).to.equal(expectedTppTimes2e6(entries));
    }), { numRuns: 400 });
  });

  it('raising a throughput figure never lowers the control level under bis-3a090-2023', () => {
    fc.assert(fc.property(knownSpec, fc.nat(), fc.bigInt({ min: 0n, max: 3_000_000n }), (k, pick, extra) => {
      const index = pick % k.entries.length;
      const raised = { ...k, entries: k.entries.map((e, i) => (i === index ? { ...e, milli: e.milli + extra } : e)) };
      expectNotLower(toSpec(raised), toSpec(k));
    }), { numRuns: 400 });
  });

  it('shrinking a die never lowers the control level under bis-3a090-2023', () => {
    fc.assert(fc.property(knownSpec, fc.nat(), fc.double({ min: 0.01, max: 1, noNaN: true }), (k, pick, factor) => {
      const index = pick % k.dies.length;
      const shrunk = { ...k, dies: k.dies.map((d, i) => (i === index ? { ...d, milli: BigInt(Math.max(1, Math.trunc(Number(d.milli) * factor))) } : d)) };
      expectNotLower(toSpec(shrunk), toSpec(k));
    }), { numRuns: 400 });
  });

  it('any JSON as a spec gives a result or errors, never an exception, NaN or Infinity', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => {
      const result = evaluate(json);
      if (result.status === 'invalid') expect(result.errors.length).to.be.greaterThan(0);
      expect(JSON.stringify(result)).not.to.match(/NaN|Infinity/);
    }), { numRuns: 500 });
  });

  it('specs broken in one field at random are reported, naming a field', () => {
    const broken = fc.record({
      datacenter: fc.oneof(fc.boolean(), fc.string(), fc.integer()),
      throughput: fc.array(fc.record({
        format: fc.oneof(fc.constantFrom(...FORMATS), fc.string()),
        value: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
        unit: fc.oneof(fc.constantFrom('TOPS', 'TFLOPS'), fc.string()),
      }, { requiredKeys: [] }), { maxLength: 4 }),
      dies: fc.array(fc.record({ areaMm2: fc.oneof(fc.double(), fc.string()) }), { maxLength: 3 }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(broken, (spec) => {
      const result = evaluate(spec);
      for (const error of result.errors) expect(error.message.startsWith(error.field)).to.equal(true);
      expect(result.status === 'invalid').to.equal(result.errors.length > 0);
    }), { numRuns: 500 });
  });

  it('any JSON as a rule set is validated, never thrown on', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => {
      const { ruleSet, errors } = validateRuleSet(json);
      expect(ruleSet === null).to.equal(errors.length > 0);
      expect(evaluate({}, json).status).to.be.oneOf(['invalid', 'controlled', 'not-controlled', 'indeterminate']);
    }), { numRuns: 300 });
  });
});
