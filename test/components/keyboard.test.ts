import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalog } from '../../src/index.js';
import {
  clickOn, deepActiveElement, figureRows, figureValue, find, findAll, headline, mount, mountUnfolded, press, settled, text,
  typeInto, verdict, type Calculator,
} from './helpers.js';

function options(el: Calculator): HTMLElement[] {
  return findAll(el, '#chip-listbox li');
}

const label = (c: (typeof catalog)[number]) => `${c.vendor} ${c.name} (${c.year})`;

describe('<compute-threshold-calculator>: the chip picker', () => {
  it('filters the catalog as the user types, by vendor and by year', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const input = find<HTMLInputElement>(el, '#chip-input');
    input.focus();
    await sendKeys({ type: 'amd' });
    await el.updateComplete;
    const amd = catalog.filter((c) => c.vendor === 'AMD');
    expect(amd.length).to.be.greaterThan(2);
    expect(options(el).map(text)).to.deep.equal(amd.map(label));
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(text(find(el, '.picker [role="status"]'))).to.equal(`${amd.length} chips match.`);

    input.select();
    await sendKeys({ type: 'nvidia 2023' });
    await el.updateComplete;
    const of2023 = catalog.filter((c) => c.vendor === 'NVIDIA' && c.year === 2023);
    expect(of2023.length).to.be.greaterThan(2);
    expect(options(el).map(text)).to.have.members(of2023.map(label));
  });

  it('is operated by the keyboard: arrows move the active option, Enter picks it, Escape closes', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const input = find<HTMLInputElement>(el, '#chip-input');
    input.focus();
    await sendKeys({ type: 'H2' });
    await el.updateComplete;
    // Two names start with "H2": the H200 SXM and the H20, in the catalog's order.
    expect(options(el).slice(0, 2).map(text)).to.deep.equal(['NVIDIA H200 SXM (2024)', 'NVIDIA H20 (2024)']);
    const active = () => el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(text(active())).to.equal('NVIDIA H200 SXM (2024)');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowUp');
    expect(active().getAttribute('aria-selected')).to.equal('true');
    expect(text(active())).to.equal('NVIDIA H20 (2024)');
    await press(el, 'Enter');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('NVIDIA H20 (2024)');
    expect(el.chip).to.equal('nvidia-h20');
    expect(headline(el)).to.equal('Not controlled');

    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    // The list opens on the chip shown.
    expect(text(active())).to.equal('NVIDIA H20 (2024)');
    await press(el, 'Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('NVIDIA H20 (2024)');
  });

  it('says when no chip matches, and picking by mouse works too', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const input = find<HTMLInputElement>(el, '#chip-input');
    input.focus();
    await sendKeys({ type: 'zzzz' });
    await el.updateComplete;
    expect(text(find(el, '.picker [role="status"]'))).to.equal('No chip matches.');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    input.select();
    await sendKeys({ type: 'rtx-4090d' });
    await el.updateComplete;
    expect(text(options(el)[0])).to.equal('NVIDIA GeForce RTX 4090 D (2023)');
    await clickOn(el, options(el)[0]!);
    expect(el.chip).to.equal('nvidia-rtx-4090d');
    expect(verdict(el)).to.equal('Not controlled');
    expect(text(find(el, '.verdict-detail'))).to.equal('Note 2 to 3A090 takes it out.');
  });

  it('offers "Custom chip" to type figures, which empties the form', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await clickOn(el, find(el, '#chip-input'));
    expect(text(options(el)[0])).to.equal('Custom chip (type the figures)');
    await clickOn(el, options(el)[0]!);
    expect(el.chip).to.equal(null);
    expect(verdict(el)).to.equal('Pick a chip or type its figures');
  });

  it('marks edited catalog figures and resets them on request', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await typeInto(el, figureValue(el), '301');
    expect(text(find(el, '.edited'))).to.equal('The figures were edited: they are no longer the catalog’s. Reset to the catalog figures');
    // FP8 301 × 8 = 2,408 ≥ 2,400.
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    await clickOn(el, find(el, '.edited button'));
    expect(figureValue(el).value).to.equal('296');
    expect(el.shadowRoot!.querySelector('.edited')).to.equal(null);
    expect(verdict(el)).to.equal('Not controlled');
  });
});

/** Tabs from the chip picker on, and returns the focused elements in order, with their place on the page. */
async function tabThrough(el: Calculator, steps: number): Promise<{ id: string; top: number; bottom: number; left: number }[]> {
  find<HTMLInputElement>(el, '#chip-input').focus();
  const reached: { id: string; top: number; bottom: number; left: number }[] = [];
  for (let i = 0; i < steps; i += 1) {
    const active = deepActiveElement();
    if (!active || !el.shadowRoot!.contains(active)) break;
    const box = active.getBoundingClientRect();
    reached.push({ id: active.id || active.tagName.toLowerCase(), top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left });
    await sendKeys({ press: 'Tab' });
  }
  return reached;
}

describe('<compute-threshold-calculator>: keyboard alone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('reaches the card\'s controls with Tab, then the working once unfolded, in reading order', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await settled(el);
    // Between them, the caps line's "depends on the number of chips", which jumps to that field.
    expect((await tabThrough(el, 10)).map((r) => r.id)).to.deep.equal(['chip-input', 'rule-set', 'button', 'working-toggle']);
    expect(text(find(el, '[part="overlays"] button'))).to.equal('depends on the number of chips');

    find(el, '#working-toggle').focus();
    await press(el, 'Enter');
    await settled(el);
    // A date field takes a Tab per part (month, day, year): one stop here.
    const reached = (await tabThrough(el, 80)).map((r) => r.id).filter((id, i, all) => id !== all[i - 1]);
    const expected = [
      'chip-input', 'rule-set', 'working-toggle', 'chip-name', 'kind-logic', 'market-datacenter',
      'fig0-format', 'fig0-value', 'fig0-unit', 'fig0-sparse', 'fig0-remove', 'fig3-remove',
      'add-figure', 'die0-area', 'die0-nonPlanar', 'die0-remove', 'add-die', 'dram', 'interconnect',
      // The shipment is folded while none of it is given: one stop, its summary (shipment.test.ts opens it).
      'shipment-summary', 'chart-show-pd', 'as-of',
      'copy-link', 'copy-text', 'download-json',
    ];
    // In this order, with other stops (the folded sections' summaries) between them.
    expect(reached.filter((id) => expected.includes(id))).to.deep.equal(expected);
    // Six stops from the rule set to the first value field.
    expect(reached.indexOf('fig0-value') - reached.indexOf('rule-set')).to.be.at.most(9);
  });

  for (const width of [360, 800, 1280]) {
    it(`moves through the unfolded widget in the order it is laid out, top to bottom, at ${width} px`, async () => {
      await setViewport({ width, height: 700 });
      const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      const reached = await tabThrough(el, 80);
      expect(reached.length).to.be.greaterThan(25);
      // Up the page is only to the top of a column to the right (side-by-side fieldsets are read one after the other).
      const backwards = reached.slice(1).flatMap((next, i) => {
        const from = reached[i]!;
        return next.bottom <= from.top && next.left <= from.left ? [`${from.id} → ${next.id}`] : [];
      });
      expect(backwards, 'a Tab that goes back up and to the left').to.deep.equal([]);
    });
  }

  it('operates checkboxes and buttons with Space and Enter', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    const sparse = figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-sparse"]')!;
    expect(sparse.checked).to.equal(true);
    sparse.focus();
    await press(el, 'Space');
    expect(sparse.checked).to.equal(false);
    expect(el.spec.throughput![0]!.sparse ?? false).to.equal(false);
    // FP8 3,958 TFLOPS counted dense: 3,958 × 8 = 31,664.
    expect(text(find(el, '#tpp-value'))).to.equal('31,664');

    const count = figureRows(el).length;
    find<HTMLButtonElement>(el, '#add-figure').focus();
    await press(el, 'Enter');
    expect(figureRows(el)).to.have.length(count + 1);
    figureRows(el).at(-1)!.querySelector<HTMLButtonElement>('.remove')!.focus();
    await press(el, 'Space');
    expect(figureRows(el)).to.have.length(count);
  });

  it('moves between the market radios with the arrow keys', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    find<HTMLInputElement>(el, '#market-other').focus();
    await press(el, 'ArrowUp');
    expect(find<HTMLInputElement>(el, '#market-datacenter').checked).to.equal(true);
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
  });

  it('changes the rule set with the arrow keys on its select, in the card', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    find<HTMLSelectElement>(el, '#rule-set').focus();
    await press(el, 'ArrowUp');
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('opens the folded sections with Enter and Space', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    find(el, 'details.market-notes summary').focus();
    await press(el, 'Enter');
    expect(find<HTMLDetailsElement>(el, 'details.market-notes').open).to.equal(true);
    find(el, 'details.caveats summary').focus();
    await press(el, 'Space');
    expect(find<HTMLDetailsElement>(el, 'details.caveats').open).to.equal(true);
    find(el, '[part="explanation"] summary').focus();
    await press(el, 'Enter');
    expect(find<HTMLDetailsElement>(el, '[part="explanation"]').open).to.equal(true);
  });
});
