import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import { hashKeyOf, hashWith, readHash, type SharedState } from '../../src/model/share-state.js';
import { editableItems } from '../../src/model/threshold-edits.js';
import { FORMAT_BIT_LENGTHS, UNITS, ruleSets, type ConditionEdit, type Operator } from '../../src/index.js';
import { clickOn, find, hashOf, isUnfolded, mountAlone, setHash, settled, until, verdict } from './helpers.js';

/**
 * Properties of the link (`#ctc=…`): whatever state the calculator writes to the URL hash is what
 * it reads back, through share-state.ts' own functions and through the address bar, each widget
 * under its own key, and end to end from one widget's link to another's.
 */

const initialUrl = window.location.href;

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
      setHash(hashWith(window.location.hash, 'ctc', state)!);
      expect(readHash(window.location.hash)).to.deep.equal({ state });
    }));
  });

  /** Keys of widgets: the first without an id, a later one, and ones with ids. */
  const widgetKey = fc.oneof(
    fc.nat({ max: 20 }).map((n) => hashKeyOf('', n)),
    fc.stringMatching(/^[\w-]{1,64}$/).map((id) => hashKeyOf(id, 0)),
  );

  it('keeps each widget\'s state under its own key, whatever the others write', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(widgetKey, sharedState), { selector: ([key]) => key, minLength: 1, maxLength: 4 }), (widgets) => {
      let hash = '';
      for (const [key, state] of widgets) hash = hashWith(hash, key, state)!;
      for (const [key, state] of widgets) expect(readHash(hash, key), key).to.deep.equal({ state });
      // Removing one leaves the others.
      const [gone, ...rest] = widgets.map(([key]) => key);
      const without = hashWith(hash, gone!, null)!;
      expect(readHash(without, gone)).to.equal(null);
      for (const [key, state] of widgets.slice(1)) expect(readHash(without, key), key).to.deep.equal({ state });
      expect(rest).to.have.length(widgets.length - 1);
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
      const writer = await mountAlone(html`<compute-threshold-calculator sync-url layout="full" rule-set=${edited.ruleSet} as-of=${asOf ?? ''}></compute-threshold-calculator>`);
      writer.spec = given;
      writer.thresholdEdits = edited.edits;
      await writer.updateComplete;
      await until(() => isUnfolded(writer), 'the working never rendered');
      await settled(writer);
      // The reader's change writes the link; it is then opened afresh.
      await clickOn(writer, find(writer, datacenter ? '#market-datacenter' : '#market-other'));
      const reader = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      try {
        expect(reader.spec).to.deep.equal(writer.spec);
        expect(reader.spec.datacenter).to.equal(datacenter);
        // The rule set shown (the date may have chosen another than the attribute named), with the same thresholds.
        expect(find<HTMLSelectElement>(reader, '#rule-set').value).to.equal(find<HTMLSelectElement>(writer, '#rule-set').value);
        expect(reader.result!.ruleSet!.id).to.equal(writer.result!.ruleSet!.id);
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
