import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readHash } from '../../src/model/share-state.js';
import {
  choose, clickOn, deepActiveElement, describedBy, find, findAll, hashOf, mount, mountAlone, notices, openSection, press, setHash, settled,
  text, typeInto, unfold, until, verdict, type Calculator,
} from './helpers.js';

const initialUrl = window.location.href;

/** TPP 4,200 on 3,000 mm² (PD 1.4), for datacenters: under the 2023 rule only an a.1 line at 4,200 or below catches it. */
const WHAT_IF_CHIP = { name: 'What-if chip', datacenter: true, throughput: [{ format: 'INT8', value: '525', unit: 'TOPS' }], dies: [{ areaMm2: '3000' }] };

/** Unfolds the working and opens "Edit thresholds" by clicking its summary. */
async function openEditor(el: Calculator): Promise<void> {
  const details = await openSection(el, 'threshold-editor');
  expect(details.open).to.equal(true);
  expect(text(details.querySelector('summary'))).to.equal('Edit thresholds');
}

/**
 * The comparison and threshold controls of the nth editable condition of an item, found as a
 * reader finds them: by the item's legend ("Clause 3A090.a.1: …", "Note: Note 2 to 3A090").
 */
function condition(el: Calculator, item: string, n = 0): { op: HTMLSelectElement; value: HTMLInputElement } {
  const fieldset = findAll(el, '.threshold-item').find((f) => text(f.querySelector('legend')).includes(` ${item}`));
  const row = fieldset?.querySelectorAll('.condition-edit')[n];
  if (!row) throw new Error(`No editable condition ${n} for ${item}`);
  return { op: row.querySelector('select')!, value: row.querySelector('input')! };
}

function marker(el: Calculator): string {
  return text(el.shadowRoot!.querySelector('[part="custom-marker"]'));
}

/** The consequences that apply, as the clause table lists them. */
function consequences(el: Calculator): string[] {
  return findAll(el, '[part="clause-table"] tbody.outcome.met .item-title').map(text);
}

async function pickOperator(el: Calculator, select: HTMLSelectElement, steps: number): Promise<void> {
  select.focus();
  for (let i = 0; i < steps; i += 1) await press(el, 'ArrowDown');
}

describe('<compute-threshold-calculator>: editing thresholds', () => {
  it('re-evaluates at once when a TPP threshold is typed, and says what differs', async () => {
    const el = await mount(html`<compute-threshold-calculator .spec=${WHAT_IF_CHIP}></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Not controlled');
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.a.1').value, '4000');
    // TPP 4,200 ≥ 4,000.
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clause met: 3A090.a.1.');
    expect(marker(el)).to.contain('Custom thresholds: a hypothetical rule set, not law.');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('3A090.a.1: TPP ≥ 4,000 (was ≥ 4,800)');
    expect(text(find(el, '.verdict-under'))).to.equal('under ECCN 3A090.a and .b, October 2023 rule (as amended) (custom thresholds) (hypothetical, not a rule)');
    expect(el.result!.ruleSet!.status).to.equal('hypothetical');
    expect(el.thresholdEdits).to.deep.equal([{ item: '3A090.a.1', index: 0, threshold: '4000' }]);
    expect(find<HTMLSelectElement>(el, '#rule-set').value).to.equal('bis-3a090-2023');
  });

  it('edits a PD threshold', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.2', 1).value, '2.9');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clause met: 3A090.b.2.');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('3A090.b.2: PD ≥ 2.9 (was ≥ 3.2)');
  });

  it('edits an operator', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    const { op } = condition(el, '3A090.a.1');
    await pickOperator(el, op, 2);
    expect(op.value).to.equal('<');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('3A090.a.1: TPP < 4,800 (was ≥ 4,800)');
    expect(el.thresholdEdits).to.deep.equal([{ item: '3A090.a.1', index: 0, op: '<' }]);
  });

  it('edits a note\'s condition: Note 2 with a lower TPP bar no longer spares a consumer chip', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Not controlled');
    expect(text(find(el, '.verdict-detail'))).to.equal('Note 2 to 3A090 takes it out.');
    await openEditor(el);
    const fieldset = findAll(el, '.threshold-item').find((f) => text(f.querySelector('legend')) === 'Note: Note 2 to 3A090')!;
    expect(text(fieldset)).to.match(/designed or marketed for datacenters = no \(not a number, cannot be edited here\)/i);
    // TPP 4,706.8 is no longer under the note's line: the card's PD of 7.74 makes it 3A090.a.2.
    await typeInto(el, condition(el, 'Note 2 to 3A090').value, '4000');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('Note 2 to 3A090: TPP < 4,000 (was < 4,800)');
  });

  it('edits an outcome\'s condition: the 2026 presumption of denial at a lower TPP', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
    await openEditor(el);
    expect(consequences(el)).to.include('Case-by-case review for China and Macau');
    // The H100's TPP of 15,832 is over a line at 15,000.
    await typeInto(el, condition(el, 'Presumption of denial').value, '15000');
    await settled(el);
    expect(consequences(el)).to.include('Presumption of denial for China and Macau');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('Presumption of denial for China and Macau: TPP ≥ 15,000 (was ≥ 21,000)');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
  });

  it('resets to the published thresholds, and typing a threshold back to its published text is no change', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    const { value } = condition(el, '3A090.b.1');
    await typeInto(el, value, '2300');
    await typeInto(el, condition(el, '3A090.a.1').value, '2000');
    expect(findAll(el, '[part="custom-marker"] .changes li').map(text)).to.deep.equal([
      '3A090.a.1: TPP ≥ 2,000 (was ≥ 4,800)', '3A090.b.1: TPP ≥ 2,300 (was ≥ 2,400)',
    ]);
    expect(text(value.closest('.condition-edit'))).to.contain('Published: ≥ 2,400');

    await typeInto(el, condition(el, '3A090.a.1').value, '4800');
    expect(findAll(el, '[part="custom-marker"] .changes li').map(text)).to.deep.equal(['3A090.b.1: TPP ≥ 2,300 (was ≥ 2,400)']);

    await clickOn(el, find(el, '#reset-thresholds'));
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
    expect(condition(el, '3A090.b.1').value.value).to.equal('2400');
    expect(verdict(el)).to.equal('Not controlled');
    expect(el.thresholdEdits).to.deep.equal([]);
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2023');
    expect(deepActiveElement()?.id).to.equal('rule-set');
  });

  it('keeps edits per rule set: switching away and back restores what was typed', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.1').value, '2300');
    const select = find<HTMLSelectElement>(el, '#rule-set');
    await choose(el, select, 'bis-3a090-2022');
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2022');
    await choose(el, select, 'bis-3a090-2023');
    await settled(el);
    expect(condition(el, '3A090.b.1').value.value).to.equal('2300');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
  });
});

describe('<compute-threshold-calculator>: a threshold typed as text', () => {
  it('shows the engine\'s message by the field, keeps the text, and evaluates the last valid custom thresholds meanwhile', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.1').value, '2300');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');

    const pd = condition(el, '3A090.b.2', 1).value;
    await typeInto(el, pd, '3.2x');
    expect(pd.value).to.equal('3.2x');
    expect(pd.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(describedBy(pd).find((id) => id.endsWith('-error'))!)!;
    expect(text(error)).to.equal('This is not a number: use digits, and “.” or “,” before the decimals, e.g. 989.4.');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(marker(el)).to.contain('the verdict uses your last valid thresholds until it is fixed');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('3A090.b.1: TPP ≥ 2,300 (was ≥ 2,400)');

    await typeInto(el, pd, '2.9');
    expect(pd.getAttribute('aria-invalid')).to.equal('false');
    expect(findAll(el, '[part="custom-marker"] .changes li')).to.have.length(2);
  });

  it('evaluates the published thresholds when no custom one was valid yet, says so, and leads to the field', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.a.1').value, 'four thousand');
    expect(verdict(el)).to.equal('Not controlled');
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2023');
    expect(marker(el)).to.contain('The published thresholds are evaluated.');
    expect(marker(el)).to.contain('uses the published thresholds until it is fixed');

    // Folded again, the editor opens to the field the marker names.
    await clickOn(el, find(el, 'details.threshold-editor summary'));
    expect(find<HTMLDetailsElement>(el, 'details.threshold-editor').open).to.equal(false);
    await clickOn(el, find(el, '[part="custom-marker"] .error button'));
    await until(() => find<HTMLDetailsElement>(el, 'details.threshold-editor').open, 'the editor never opened');
    await until(() => el.shadowRoot!.querySelector('.threshold-item') && deepActiveElement() === condition(el, '3A090.a.1').value, 'the field never got the focus');
    expect(condition(el, '3A090.a.1').value.value).to.equal('four thousand');
  });
});

describe('<compute-threshold-calculator>: the threshold editor by keyboard alone', () => {
  it('opens, edits an operator and a threshold, and resets, with keys only', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    find(el, '#working-toggle').focus();
    await press(el, 'Enter');
    await unfold(el);
    const summary = find(el, 'details.threshold-editor summary');
    summary.focus();
    await press(el, 'Enter');
    expect(find<HTMLDetailsElement>(el, 'details.threshold-editor').open).to.equal(true);
    await settled(el);

    await press(el, 'Tab');
    const { op, value } = condition(el, '3A090.a.1');
    expect(deepActiveElement()).to.equal(op);
    await press(el, 'ArrowDown');
    expect(op.value).to.equal('>');
    await press(el, 'ArrowUp');
    expect(op.value).to.equal('>=');
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);

    await press(el, 'Tab');
    expect(deepActiveElement()).to.equal(value);
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '2000' });
    await el.updateComplete;
    expect(verdict(el)).to.equal('Controlled: 3A090.a');

    await settled(el);
    // Back up the page to the marker's reset button, above the date field and the editor.
    const passed: string[] = [];
    for (let i = 0; i < 10 && deepActiveElement()?.id !== 'reset-thresholds'; i += 1) {
      await sendKeys({ press: 'Shift+Tab' });
      passed.push(deepActiveElement()?.id || deepActiveElement()!.tagName.toLowerCase());
    }
    expect(passed.filter((id, i) => id !== passed[i - 1])).to.deep.equal([op.id, 'summary', 'as-of', 'reset-thresholds']);
    await press(el, 'Enter');
    expect(verdict(el)).to.equal('Not controlled');
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
  });
});

describe('<compute-threshold-calculator>: accessibility of the threshold editor (axe)', () => {
  it('passes with the editor open, a custom threshold and one typed as text', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.1').value, '2300');
    await typeInto(el, condition(el, '3A090.b.2', 1).value, 'abc');
    await settled(el);
    expect(marker(el)).to.contain('last valid');
    await expect(el).to.be.accessible();
  });

  it('passes with the editor open in the dark theme on the 2026 rule set', async () => {
    const el = await mount(html`<compute-threshold-calculator theme="dark" chip="nvidia-h100-sxm5" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
    await openEditor(el);
    await expect(el).to.be.accessible();
  });
});

describe('<compute-threshold-calculator>: custom thresholds in the link and the download', () => {
  afterEach(() => window.history.replaceState(null, '', initialUrl));

  it('round-trips edits through the hash, text that is not a number included', async () => {
    setHash('');
    const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.1').value, '2300');
    await pickOperator(el, condition(el, '3A090.a.1').op, 2);
    await settled(el);
    const written = { edits: el.thresholdEdits, verdict: verdict(el), marker: marker(el) };
    expect(readHash(window.location.hash)).to.deep.equal({
      state: {
        ruleSet: 'bis-3a090-2023', chip: 'nvidia-h20',
        edits: [{ item: '3A090.b.1', index: 0, threshold: '2300' }, { item: '3A090.a.1', index: 0, op: '<' }],
      },
    });
    // The link opened afresh.
    const copy = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(copy.thresholdEdits).to.deep.equal(written.edits);
    expect(verdict(copy)).to.equal('Controlled: 3A090.a');
    expect(verdict(copy)).to.equal(written.verdict);
    await unfold(copy);
    expect(marker(copy)).to.equal(written.marker);

    // Nothing typed is lost: an invalid threshold travels too, and the next copy says what it evaluates instead.
    await openEditor(copy);
    await typeInto(copy, condition(copy, 'Note 2 to 3A090').value, 'abc');
    const withText = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(withText.thresholdEdits.at(-1)).to.deep.equal({ item: 'note-2', index: 1, threshold: 'abc' });
    await openEditor(withText);
    expect(condition(withText, 'Note 2 to 3A090').value.value).to.equal('abc');
    expect(condition(withText, 'Note 2 to 3A090').value.getAttribute('aria-invalid')).to.equal('true');
    expect(marker(withText)).to.contain('uses the published thresholds until it is fixed');
  });

  it('reports a garbled or hostile edits list and still loads the rest of the link', async () => {
    const garbled: unknown[] = [
      'x', 5, [{ i: 5, n: 0 }], [{ i: '3A090.a.1', n: -1 }], [{ i: '3A090.a.1', n: 0.5 }], [{ i: '3A090.a.1', n: 0, o: '=>' }],
      [{ i: '3A090.a.1', n: 0, t: { valueOf: 1 } }], [null], Array.from({ length: 1000 }, () => ({ i: '3A090.a.1', n: 0, t: '1' })),
    ];
    for (const e of garbled) {
      setHash(`#ctc=${encodeURIComponent(JSON.stringify({ r: 'bis-3a090-2023', c: 'nvidia-h20', e }))}`);
      const el = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      const label = JSON.stringify(e).slice(0, 60);
      expect(notices(el), label).to.equal('The threshold changes in this link could not be read; the published thresholds are shown.');
      expect(el.chip, label).to.equal('nvidia-h20');
      expect(el.thresholdEdits, label).to.deep.equal([]);
      expect(verdict(el), label).to.equal('Not controlled');
    }
  });

  it('leaves out edits that name no editable condition, and says which', async () => {
    setHash(hashOf({ ruleSet: 'bis-3a090-2023', chip: 'nvidia-h20', edits: [
      { item: '__proto__', index: 0, threshold: '1' }, { item: 'note-2', index: 0, threshold: 'true' },
      { item: '3A090.a.1', index: 7, threshold: '1' }, { item: '3A090.b.1', index: 0, threshold: '2300' },
    ] }));
    const el = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(notices(el)).to.equal('Some threshold changes name no condition on a number in the selected rule set and were left out: __proto__ condition 1, note-2 condition 1, and 3A090.a.1 condition 8.');
    expect(el.thresholdEdits).to.deep.equal([{ item: '3A090.b.1', index: 0, threshold: '2300' }]);
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
  });

  it('takes edits from the thresholdEdits property, and reports a value that is not a list of edits', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    el.thresholdEdits = [{ item: '3A090.b.2', index: 1, threshold: '2.9' }];
    await el.updateComplete;
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clause met: 3A090.b.2.');
    el.thresholdEdits = 'lower the bar' as unknown as [];
    await el.updateComplete;
    expect(notices(el)).to.equal('The thresholdEdits property must be a list of { item, index, op, threshold }; it was not used.');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clause met: 3A090.b.2.');
  });

  it('puts the custom rule set and its edits in the JSON download, and the changes in the copied text', async () => {
    const created: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => { created.push(blob); return 'blob:test-download'; };
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = () => {};
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { written.push(t); } } });
    try {
      const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      await openEditor(el);
      await typeInto(el, condition(el, '3A090.b.1').value, '2300');
      await typeInto(el, condition(el, '3A090.b.2', 1).value, 'abc');
      await clickOn(el, find(el, '#download-json'));
      await clickOn(el, find(el, '#copy-text'));
      await until(() => created.length === 1 && written.length === 1, 'nothing was saved or copied');
      const saved = JSON.parse(await created[0]!.text());
      expect(saved.ruleSet).to.equal('bis-3a090-2023');
      // The file holds what was evaluated: the last valid custom rule set, not the text still being fixed.
      expect(saved.edits).to.deep.equal([{ item: '3A090.b.1', index: 0, op: '>=', threshold: '2300' }]);
      expect(saved.customRuleSet.id).to.equal('bis-3a090-2023~custom');
      expect(saved.customRuleSet.status).to.equal('hypothetical');
      expect(saved.customRuleSet.clauses[2].when.all[0].threshold).to.equal('2300');
      expect(saved.result.ruleSet.id).to.equal('bis-3a090-2023~custom');
      expect(saved.result.classification).to.equal('3A090.b');
      expect(written[0]).to.contain('Custom thresholds, not law: 3A090.b.1: TPP ≥ 2,300 (was ≥ 2,400)');

      await clickOn(el, find(el, '#reset-thresholds'));
      await clickOn(el, find(el, '#download-json'));
      await until(() => created.length === 2, 'the second file was never saved');
      const plain = JSON.parse(await created[1]!.text());
      expect(plain).to.not.have.property('customRuleSet');
      expect(plain).to.not.have.property('edits');
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
