import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hashOf, readHash } from '../../src/components/share.js';
import { deepActiveElement, describedBy, find, findAll, mount, press, text, typeInto, verdict, type Calculator } from './helpers.js';

const initialUrl = window.location.href;

function setHash(hash: string) {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
}

/** TPP 4,200 on 3,000 mm² (PD 1.4), for datacenters: under the 2023 rule only an a.1 line at 4,200 or below catches it. */
const WHAT_IF_CHIP = { name: 'What-if chip', datacenter: true, throughput: [{ format: 'INT8', value: '525', unit: 'TOPS' }], dies: [{ areaMm2: '3000' }] };

async function openEditor(el: Calculator): Promise<void> {
  find(el, '#threshold-editor-summary').click();
  await el.updateComplete;
  expect(find<HTMLDetailsElement>(el, 'details.threshold-editor').open).to.equal(true);
}

/** The comparison and threshold controls of the nth editable condition of an item, found as a reader finds them: by the item's legend. */
function condition(el: Calculator, item: string, n = 0): { op: HTMLSelectElement; value: HTMLInputElement } {
  const fieldset = findAll(el, '.threshold-item').find((f) => text(f.querySelector('legend')).includes(` ${item}:`));
  const row = fieldset?.querySelectorAll('.condition-edit')[n];
  if (!row) throw new Error(`No editable condition ${n} for ${item}`);
  return { op: row.querySelector('select')!, value: row.querySelector('input')! };
}

function marker(el: Calculator): string {
  return text(el.shadowRoot!.querySelector('[part="custom-marker"]'));
}

async function pickOperator(el: Calculator, select: HTMLSelectElement, steps: number): Promise<void> {
  select.focus();
  for (let i = 0; i < steps; i += 1) await press(el, 'ArrowDown');
}

describe('<compute-threshold-calculator>: editing thresholds', () => {
  it('re-evaluates at once when a TPP threshold is typed, and says what differs', async () => {
    const el = await mount(html`<compute-threshold-calculator .spec=${WHAT_IF_CHIP}></compute-threshold-calculator>`);
    expect(verdict(el)).to.match(/^Not controlled/);
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.a.1').value, '4000');
    expect(verdict(el)).to.equal('Controlled: 3A090.a (3A090.a.1)');
    expect(marker(el)).to.contain('Custom thresholds');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('3A090.a.1: TPP ≥ 4,000 (was ≥ 4,800)');
    expect(text(find(el, '.verdict-rule-set'))).to.contain('(custom thresholds)');
    expect(el.result!.ruleSet!.status).to.equal('hypothetical');
    expect(el.thresholdEdits).to.deep.equal([{ item: '3A090.a.1', index: 0, threshold: '4000' }]);
    expect(el.ruleSet).to.equal('bis-3a090-2023');
  });

  it('edits a PD threshold', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.2', 1).value, '2.9');
    expect(verdict(el)).to.equal('Controlled: 3A090.b (3A090.b.2)');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('3A090.b.2: PD ≥ 2.9 (was ≥ 3.2)');
  });

  it('edits an operator', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    const { op } = condition(el, '3A090.a.1');
    await pickOperator(el, op, 2);
    expect(op.value).to.equal('<');
    expect(verdict(el)).to.equal('Controlled: 3A090.a (3A090.a.1)');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('3A090.a.1: TPP < 4,800 (was ≥ 4,800)');
    expect(el.thresholdEdits).to.deep.equal([{ item: '3A090.a.1', index: 0, op: '<' }]);
  });

  it('edits a note\'s condition: Note 2 with a lower TPP bar no longer spares a consumer chip', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Not controlled: Note 2 to 3A090 applies');
    await openEditor(el);
    const fieldset = findAll(el, '.threshold-item').find((f) => text(f.querySelector('legend')).includes(' note-2:'))!;
    expect(text(fieldset)).to.match(/designed or marketed for datacenters = no \(not a number, cannot be edited here\)/i);
    await typeInto(el, condition(el, 'note-2').value, '4000');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('note-2: TPP < 4,000 (was < 4,800)');
  });

  it('edits an outcome\'s condition: the 2026 presumption of denial at a lower TPP', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
    expect(text(find(el, '.consequences'))).to.contain('Case-by-case review');
    await openEditor(el);
    await typeInto(el, condition(el, 'presumption-of-denial').value, '15000');
    expect(text(find(el, '.consequences'))).to.contain('Presumption of denial');
    expect(text(find(el, '[part="custom-marker"] .changes'))).to.equal('presumption-of-denial: TPP ≥ 15,000 (was ≥ 21,000)');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
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

    find<HTMLButtonElement>(el, '#reset-thresholds').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
    expect(condition(el, '3A090.b.1').value.value).to.equal('2400');
    expect(verdict(el)).to.match(/^Not controlled/);
    expect(el.thresholdEdits).to.deep.equal([]);
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2023');
    expect(deepActiveElement()?.id).to.equal('rule-set');
  });

  it('keeps edits per rule set: switching away and back restores what was typed', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.1').value, '2300');
    const select = find<HTMLSelectElement>(el, '#rule-set');
    select.value = 'bis-3a090-2022';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2022');
    select.value = 'bis-3a090-2023';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(condition(el, '3A090.b.1').value.value).to.equal('2300');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.b/);
  });
});

describe('<compute-threshold-calculator>: a threshold typed as text', () => {
  it('shows the engine\'s message by the field, keeps the text, and evaluates the last valid custom thresholds meanwhile', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.1').value, '2300');
    expect(verdict(el)).to.equal('Controlled: 3A090.b (3A090.b.1)');

    const pd = condition(el, '3A090.b.2', 1).value;
    await typeInto(el, pd, '3.2x');
    expect(pd.value).to.equal('3.2x');
    expect(pd.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(describedBy(pd).find((id) => id.endsWith('-error'))!)!;
    expect(text(error)).to.equal('clauses[3] (3A090.b.2).when.all[1].threshold must be a number, not "3.2x".');
    expect(verdict(el)).to.equal('Controlled: 3A090.b (3A090.b.1)');
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
    expect(verdict(el)).to.match(/^Not controlled/);
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2023');
    expect(marker(el)).to.contain('The published thresholds are evaluated.');
    expect(marker(el)).to.contain('uses the published thresholds until it is fixed');

    find<HTMLDetailsElement>(el, 'details.threshold-editor').open = false;
    find<HTMLButtonElement>(el, '[part="custom-marker"] .error button').click();
    await el.updateComplete;
    expect(find<HTMLDetailsElement>(el, 'details.threshold-editor').open).to.equal(true);
    expect(deepActiveElement()).to.equal(condition(el, '3A090.a.1').value);
  });
});

describe('<compute-threshold-calculator>: the threshold editor by keyboard alone', () => {
  it('opens, edits an operator and a threshold, and resets, with keys only', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const summary = find(el, '#threshold-editor-summary');
    summary.focus();
    await press(el, 'Enter');
    expect(find<HTMLDetailsElement>(el, 'details.threshold-editor').open).to.equal(true);

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
    expect(verdict(el)).to.equal('Controlled: 3A090.a (3A090.a.1)');

    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()?.id).to.equal('reset-thresholds');
    await press(el, 'Enter');
    expect(verdict(el)).to.match(/^Not controlled/);
    expect(el.shadowRoot!.querySelector('[part="custom-marker"]')).to.equal(null);
  });
});

describe('<compute-threshold-calculator>: accessibility of the threshold editor (axe)', () => {
  it('passes with the editor open, a custom threshold and one typed as text', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openEditor(el);
    await typeInto(el, condition(el, '3A090.b.1').value, '2300');
    await typeInto(el, condition(el, '3A090.b.2', 1).value, 'abc');
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
    expect(readHash(window.location.hash)).to.deep.equal({
      state: {
        ruleSet: 'bis-3a090-2023', chip: 'nvidia-h20',
        edits: [{ item: '3A090.b.1', index: 0, threshold: '2300' }, { item: '3A090.a.1', index: 0, op: '<' }],
      },
    });
    const copy = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(copy.thresholdEdits).to.deep.equal(el.thresholdEdits);
    expect(verdict(copy)).to.equal('Controlled: 3A090.a (3A090.a.1)');
    expect(verdict(copy)).to.equal(verdict(el));
    expect(marker(copy)).to.equal(marker(el));

    // Nothing typed is lost: an invalid threshold travels too, and the copy says what it evaluates instead.
    await typeInto(el, condition(el, 'note-2').value, 'abc');
    const withText = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(withText.thresholdEdits.at(-1)).to.deep.equal({ item: 'note-2', index: 1, threshold: 'abc' });
    expect(condition(withText, 'note-2').value.value).to.equal('abc');
    expect(condition(withText, 'note-2').value.getAttribute('aria-invalid')).to.equal('true');
    expect(marker(withText)).to.contain('uses the published thresholds until it is fixed');
  });

  it('reports a garbled or hostile edits list and still loads the rest of the link', async () => {
    const garbled: unknown[] = [
      'x', 5, [{ i: 5, n: 0 }], [{ i: '3A090.a.1', n: -1 }], [{ i: '3A090.a.1', n: 0.5 }], [{ i: '3A090.a.1', n: 0, o: '=>' }],
      [{ i: '3A090.a.1', n: 0, t: { valueOf: 1 } }], [null], Array.from({ length: 1000 }, () => ({ i: '3A090.a.1', n: 0, t: '1' })),
    ];
    for (const e of garbled) {
      setHash(`#ctc=${encodeURIComponent(JSON.stringify({ r: 'bis-3a090-2023', c: 'nvidia-h20', e }))}`);
      const el = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      const label = JSON.stringify(e).slice(0, 60);
      expect(text(find(el, '[part="notices"]')), label).to.contain('The threshold changes in this link could not be read');
      expect(el.chip, label).to.equal('nvidia-h20');
      expect(el.thresholdEdits, label).to.deep.equal([]);
      expect(verdict(el), label).to.match(/^Not controlled/);
    }
  });

  it('leaves out edits that name no editable condition, and says which', async () => {
    setHash(hashOf({ ruleSet: 'bis-3a090-2023', chip: 'nvidia-h20', edits: [
      { item: '__proto__', index: 0, threshold: '1' }, { item: 'note-2', index: 0, threshold: 'true' },
      { item: '3A090.a.1', index: 7, threshold: '1' }, { item: '3A090.b.1', index: 0, threshold: '2300' },
    ] }));
    const el = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(text(find(el, '[part="notices"]'))).to.contain('were left out: __proto__ condition 1, note-2 condition 1, and 3A090.a.1 condition 8.');
    expect(el.thresholdEdits).to.deep.equal([{ item: '3A090.b.1', index: 0, threshold: '2300' }]);
    expect(verdict(el)).to.equal('Controlled: 3A090.b (3A090.b.1)');
  });

  it('takes edits from the thresholdEdits property, and reports a value that is not a list of edits', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    el.thresholdEdits = [{ item: '3A090.b.2', index: 1, threshold: '2.9' }];
    await el.updateComplete;
    expect(verdict(el)).to.equal('Controlled: 3A090.b (3A090.b.2)');
    el.thresholdEdits = 'lower the bar' as unknown as [];
    await el.updateComplete;
    expect(text(find(el, '[part="notices"]'))).to.contain('The thresholdEdits property must be a list');
    expect(verdict(el)).to.equal('Controlled: 3A090.b (3A090.b.2)');
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
      find<HTMLButtonElement>(el, '#download-json').click();
      find<HTMLButtonElement>(el, '#copy-text').click();
      await new Promise((r) => setTimeout(r, 10));
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

      find<HTMLButtonElement>(el, '#reset-thresholds').click();
      await el.updateComplete;
      find<HTMLButtonElement>(el, '#download-json').click();
      await new Promise((r) => setTimeout(r, 10));
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
