import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { catalog } from '../../src/index.js';
import { deepActiveElement, figureRows, find, findAll, mount, press, text, verdict, type Calculator } from './helpers.js';

function options(el: Calculator): HTMLElement[] {
  return findAll(el, '#chip-listbox li');
}

describe('<compute-threshold-calculator>: the chip picker', () => {
  it('filters the catalog as the user types, by vendor and by year', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const input = find<HTMLInputElement>(el, '#chip-input');
    input.focus();
    await sendKeys({ type: 'amd' });
    await el.updateComplete;
    const amd = catalog.filter((c) => c.vendor === 'AMD').length;
    expect(options(el)).to.have.length(amd);
    expect(options(el).every((o) => text(o).startsWith('AMD '))).to.equal(true);
    expect(input.getAttribute('aria-expanded')).to.equal('true');

    input.select();
    await sendKeys({ type: 'nvidia 2023' });
    await el.updateComplete;
    const expected = catalog.filter((c) => c.vendor === 'NVIDIA' && c.year === 2023).length;
    expect(options(el)).to.have.length(expected);
    expect(options(el).every((o) => text(o).endsWith('(2023)'))).to.equal(true);
  });

  it('is operated by the keyboard: arrows move the active option, Enter picks it, Escape closes', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const input = find<HTMLInputElement>(el, '#chip-input');
    input.focus();
    await sendKeys({ type: 'H20' });
    await el.updateComplete;
    await press(el, 'ArrowDown');
    await press(el, 'ArrowUp');
    const active = el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    const label = text(active);
    expect(label).to.contain('H20');
    await press(el, 'Enter');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal(label);
    expect(el.chip).to.equal(catalog.find((c) => label.startsWith(`${c.vendor} ${c.name} (`))!.id);

    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal(label);
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
    options(el)[0]!.click();
    await el.updateComplete;
    expect(el.chip).to.equal('nvidia-rtx-4090d');
    expect(verdict(el)).to.equal('Not controlled: Note 2 to 3A090 applies');
  });

  it('marks edited catalog figures and resets them on request', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const value = figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!;
    value.focus();
    value.select();
    await sendKeys({ type: '301' });
    await el.updateComplete;
    expect(text(find(el, '.edited'))).to.contain('edited');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.b/);
    find<HTMLButtonElement>(el, '.edited button').click();
    await el.updateComplete;
    expect(figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!.value).to.equal('296');
    expect(verdict(el)).to.match(/^Not controlled/);
  });
});

describe('<compute-threshold-calculator>: keyboard alone', () => {
  it('reaches every control with Tab, in reading order', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    find<HTMLInputElement>(el, '#chip-input').focus();
    const reached: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const active = deepActiveElement();
      if (!active || !el.shadowRoot!.contains(active)) break;
      reached.push(active.id || active.tagName.toLowerCase());
      await sendKeys({ press: 'Tab' });
    }
    const rows = figureRows(el).map((r) => r.querySelector('select')!.id.replace(/-format$/, ''));
    const expected = [
      'chip-input', 'rule-set', 'chip-name', 'market-datacenter',
      `${rows[0]}-format`, `${rows[0]}-value`, `${rows[0]}-unit`, `${rows[0]}-sparse`, `${rows[0]}-remove`,
      'add-figure', 'add-die', 'dram', 'interconnect', 'summary', 'copy-link', 'copy-text', 'download-json',
    ];
    for (const id of expected) expect(reached, id).to.include(id);
    expect(reached.indexOf('chip-input')).to.be.lessThan(reached.indexOf('add-figure'));
    expect(reached.indexOf('add-figure')).to.be.lessThan(reached.indexOf('copy-link'));
  });

  it('operates checkboxes and buttons with Space and Enter', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    const sparse = figureRows(el)[1]!.querySelector<HTMLInputElement>('input[id$="-sparse"]')!;
    const before = sparse.checked;
    sparse.focus();
    await press(el, 'Space');
    expect(sparse.checked).to.equal(!before);
    expect(el.spec.throughput![1]!.sparse ?? false).to.equal(!before);

    const count = figureRows(el).length;
    find<HTMLButtonElement>(el, '#add-figure').focus();
    await press(el, 'Enter');
    expect(figureRows(el)).to.have.length(count + 1);
    figureRows(el).at(-1)!.querySelector<HTMLButtonElement>('.remove')!.focus();
    await press(el, 'Space');
    expect(figureRows(el)).to.have.length(count);
  });

  it('moves between the market radios with the arrow keys', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    find<HTMLInputElement>(el, '#market-other').focus();
    await press(el, 'ArrowUp');
    expect(find<HTMLInputElement>(el, '#market-datacenter').checked).to.equal(true);
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
  });

  it('changes the rule set with the arrow keys on its select', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    find<HTMLSelectElement>(el, '#rule-set').focus();
    await press(el, 'ArrowUp');
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(verdict(el)).to.match(/^Not controlled/);
  });

  it('opens the folded HBM section and the caveats with Enter', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    find(el, 'details.hbm summary').focus();
    await press(el, 'Enter');
    expect(find<HTMLDetailsElement>(el, 'details.hbm').open).to.equal(true);
    find(el, 'details.caveats summary').focus();
    await press(el, 'Space');
    expect(find<HTMLDetailsElement>(el, 'details.caveats').open).to.equal(true);
  });
});
