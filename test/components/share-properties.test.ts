import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import { hashOf, readHash, writeHash, type SharedState } from '../../src/components/share.js';
import { editableItems } from '../../src/components/threshold-edits.js';
import { FORMAT_BIT_LENGTHS, UNITS, ruleSets, type ConditionEdit, type Operator } from '../../src/index.js';
import { find, mount, verdict } from './helpers.js';

/**
 * Properties of the link (`#ctc=`): whatever state the calculator writes to the URL hash is what
 * it reads back, through share.ts' own functions and through the address bar, and end to end
 * from one widget's link to another's.
 */

const initialUrl = window.location.href;

function setHash(hash: string) {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
}

const OPERATORS: Operator[] = ['>=', '>', '<', '<=', '=='];
const FORMATS = Object.keys(FORMAT_BIT_LENGTHS);

/** Any text: every UTF-16 code unit, lone surrogates included. */
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

/** A decimal as a datasheet or a reader writes it, trailing zeros and exponents included. */
const decimalText = fc.oneof(
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 6 })).map(([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    return scale ? `${text.slice(0, -scale)}.${text.slice(-scale)}` : text;
  }),
  fc.constantFrom('989.40', '1e3', '2.5E-2', '0.000', '1e400'),
);

/** A number as JSON carries it: a decimal string, or a finite JavaScript number (JSON writes -0 as 0). */
const numberInput = fc.oneof(decimalText, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }).filter((n) => !Object.is(n, -0)));

const entry = fc.record({
  format: fc.oneof(fc.constantFrom(...FORMATS), anyText(12)),
  value: numberInput,
  unit: fc.constantFrom(...Object.keys(UNITS)),
  sparse: fc.boolean(),
  bitLength: numberInput,
  processingUnit: anyText(8),
}, { requiredKeys: ['format', 'value', 'unit'] });

const die = fc.record({ name: anyText(8), areaMm2: numberInput, nonPlanar: fc.boolean() }, { requiredKeys: ['areaMm2'] });

const spec = fc.record({
  name: anyText(40),
  datacenter: fc.boolean(),
  throughput: fc.array(entry, { maxLength: 5 }),
  dies: fc.array(die, { maxLength: 3 }),
  dramBandwidthGBps: numberInput,
  interconnectGBps: numberInput,
  hbmStack: fc.record({ bandwidthGBps: numberInput, areaMm2: numberInput }),
}, { requiredKeys: [] });

const edit = fc.record({
  item: anyText(100),
  index: fc.maxSafeNat(),
  op: fc.constantFrom(...OPERATORS),
  threshold: fc.oneof(decimalText, fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0))),
}, { requiredKeys: ['item', 'index'] });

/** Rule sets of the reader's own, as JSON objects: the link carries them as given, for the calculator to validate. */
const linkedRuleSet = fc.dictionary(anyText(10), fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }), { maxKeys: 5 })
  .map((raw) => JSON.parse(JSON.stringify(raw)) as Record<string, unknown>);

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const sharedState: fc.Arbitrary<SharedState> = fc.record({
  ruleSet: fc.oneof(fc.constantFrom(...ruleSets.map((r) => r.id)), anyText(20)),
  chip: anyText(20),
  spec,
  edits: fc.array(edit, { maxLength: 64 }),
  ruleSets: fc.array(linkedRuleSet, { maxLength: 8 }),
  asOf: fc.oneof(isoDate, anyText(16)),
}, { requiredKeys: [] });

describe('the link: properties', () => {
  afterEach(() => window.history.replaceState(null, '', initialUrl));

  it('reads back every state it writes, exactly', () => {
    fc.assert(fc.property(sharedState, (state) => {
      expect(readHash(hashOf(state))).to.deep.equal({ state });
    }));
  });

  it('reads back every state it writes to the address bar', () => {
    fc.assert(fc.property(sharedState, (state) => {
      setHash('');
      writeHash(hashOf(state));
      expect(readHash(window.location.hash)).to.deep.equal({ state });
    }));
  });

  /** A built-in rule set, and changes to some of its thresholds, as a reader would type them. */
  const editedRuleSet = fc.constantFrom(...ruleSets).chain((ruleSet) => {
    const refs = editableItems(ruleSet).flatMap((item) => item.conditions.filter((c) => c.editable).map((c) => ({ item: item.id, index: c.index })));
    const change = fc.record({ ref: fc.constantFrom(...refs), op: fc.constantFrom(...OPERATORS), threshold: decimalText });
    return fc.record({
      ruleSet: fc.constant(ruleSet.id),
      edits: fc.uniqueArray(change, { selector: (c) => `${c.ref.item}#${c.ref.index}`, maxLength: 4 })
        .map((changes): ConditionEdit[] => changes.map(({ ref, op, threshold }) => ({ ...ref, op, threshold }))),
    });
  });

  it('gives another widget with sync-url the same figures, rule set, thresholds and date', async function endToEnd() {
    this.timeout(60000);
    const widgetState = fc.record({
      edited: editedRuleSet,
      spec: spec.map(({ datacenter: _set, ...rest }) => rest),
      datacenter: fc.boolean(),
      asOf: fc.option(isoDate, { freq: 3 }),
    });
    await fc.assert(fc.asyncProperty(widgetState, async ({ edited, spec: given, datacenter, asOf }) => {
      setHash('');
      const writer = await mount(html`<compute-threshold-calculator sync-url rule-set=${edited.ruleSet} as-of=${asOf ?? ''}></compute-threshold-calculator>`);
      writer.spec = given;
      writer.thresholdEdits = edited.edits;
      await writer.updateComplete;
      // The reader's change writes the link.
      find<HTMLInputElement>(writer, datacenter ? '#market-datacenter' : '#market-other').click();
      await writer.updateComplete;
      const reader = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      try {
        expect(reader.spec).to.deep.equal(writer.spec);
        expect(reader.spec.datacenter).to.equal(datacenter);
        expect(reader.ruleSet).to.equal(writer.ruleSet);
        expect(reader.asOf ?? '').to.equal(writer.asOf ?? '');
        expect(reader.thresholdEdits).to.deep.equal(writer.thresholdEdits);
        expect(verdict(reader)).to.equal(verdict(writer));
      } finally {
        writer.remove();
        reader.remove();
      }
    }), { numRuns: 25 });
  });
});
