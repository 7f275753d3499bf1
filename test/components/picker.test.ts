/**
 * The chip pickers rank what a reader types (issue 11): the exact id or name first, then a name
 * that starts with it, then a word, then anywhere; case, punctuation and a "(year)" suffix do not
 * count. Each string is typed with real keys into the real input and taken with Enter.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { catalog } from '../../src/index.js';
import { rankChips } from '../../src/model/chip-search.js';
import { describedBy, find, findAll, headline, mount, openView, pickChip, text, type Calculator } from './helpers.js';

/** The catalog's label of a chip, as the pickers list it. */
const label = (id: string) => {
  const chip = catalog.find((c) => c.id === id)!;
  return `${chip.vendor} ${chip.name} (${chip.year})`;
};

/** What each typed string must give, and that chip's verdict under the 2023 rule (checked by hand below). */
const CASES: [typed: string, id: string, verdict: string][] = [
  // H20: FP8 296 TFLOPS × 8 = TPP 2,368 < 2,400, PD 2.91 < 3.2: no clause holds. (The H200 SXM it used to give is 3A090.a.)
  ['h20', 'nvidia-h20', 'Not controlled'],
  ['H20', 'nvidia-h20', 'Not controlled'],
  ['nvidia-h20', 'nvidia-h20', 'Not controlled'],
  ['NVIDIA H20 (2024)', 'nvidia-h20', 'Not controlled'],
  // RTX 4090 D: TPP 4,706.8 < 4,800, not for datacenters: Note 2 takes it out. (The RTX 4090, TPP 5,285, is 3A090.a.)
  ['4090 d', 'nvidia-rtx-4090d', 'Not controlled'],
  // L4: INT8 485 TOPS sparse → 242.5 × 8 = TPP 1,940 on 294 mm², PD 6.6 ≥ 5.92: 3A090.a.2. (The L40 is 3A090.b.)
  ['l4', 'nvidia-l4', 'Controlled: 3A090.a'],
];

describe('the chip picker: what a typed name gives', () => {
  for (const [typed, id, expected] of CASES) {
    it(`"${typed}" + Enter gives ${label(id)}`, async () => {
      const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
      const input = await pickChip(el, typed);
      expect(el.chip).to.equal(id);
      expect(input.value).to.equal(label(id));
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(headline(el)).to.equal(expected);
    });
  }

  it('lists the H20 first for "h20", before the H200', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    find<HTMLInputElement>(el, '#chip-input').focus();
    await sendKeys({ type: 'h20' });
    await el.updateComplete;
    const options = findAll(el, '#chip-listbox [role="option"]').map(text);
    expect(options.slice(0, 2)).to.deep.equal([label('nvidia-h20'), label('nvidia-h200-sxm')]);
    expect(find(el, '#chip-input').getAttribute('aria-activedescendant')).to.equal(findAll(el, '#chip-listbox [role="option"]')[0]!.id);
  });

  it('ranks the same way outside the widget, so that the first option is the one Enter takes', () => {
    for (const [typed, id] of CASES) expect(rankChips(catalog, typed)[0]!.id, typed).to.equal(id);
  });

  it('shows text that names no chip as not chosen, and keeps the chip shown', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const input = await pickChip(el, 'NVIDIA Z99 (2031)');
    expect(input.value).to.equal('NVIDIA Z99 (2031)');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const message = el.shadowRoot!.getElementById('chip-unmatched')!;
    expect(describedBy(input)).to.include('chip-unmatched');
    expect(text(message)).to.equal('No chip is named “NVIDIA Z99 (2031)”: nothing was chosen.');
    expect(el.chip).to.equal('nvidia-h20');
    expect(headline(el)).to.equal('Not controlled');

    // Picking a chip clears the mark.
    await pickChip(el, 'l4');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.getElementById('chip-unmatched')).to.equal(null);
    expect(el.chip).to.equal('nvidia-l4');
  });
});

describe('the compare view\'s "Add a chip" picker: what a typed name adds', () => {
  const rowNames = (el: Calculator) => findAll(el, '.compare-table tbody .chip-name').map(text);
  const catalogName = (id: string) => {
    const chip = catalog.find((c) => c.id === id)!;
    return `${chip.vendor} ${chip.name}`;
  };

  for (const [typed, id] of CASES) {
    it(`"${typed}" + Enter adds ${label(id)}`, async () => {
      const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
      await openView(el, 'compare');
      const input = await pickChip(el, typed, '#compare-chip-input');
      expect(rowNames(el)).to.deep.equal([catalogName(id)]);
      expect(text(find(el, '.compare-status'))).to.equal(`Added ${catalogName(id)}.`);
      expect(input.value).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });
  }

  it('adds nothing for text that names no chip, and shows it as not chosen', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare" compare="nvidia-h20"></compute-threshold-calculator>`);
    await openView(el, 'compare');
    const input = await pickChip(el, 'zzzz', '#compare-chip-input');
    expect(rowNames(el)).to.deep.equal(['NVIDIA H20']);
    expect(input.value).to.equal('zzzz');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(input)).to.include('compare-chip-unmatched');
    expect(text(el.shadowRoot!.getElementById('compare-chip-unmatched'))).to.equal('No chip is named “zzzz”: nothing was chosen.');
  });
});
