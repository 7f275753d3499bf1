import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { sortRows } from '../../src/components/views/compare/compare-sort.js';
import { catalog, evaluate, getRuleSet } from '../../src/index.js';
import {
  clickOn, deepActiveElement, figureValue, find, findAll, has, mount, notices, openView, press, settled, text, typeInto, unfold, until,
  type Calculator,
} from './helpers.js';

/** A chip of the reader's own: TPP 3,200 and PD 5.33 (3A090.b under the 2023 rule). */
const CUSTOM = { name: 'My test chip', datacenter: true, throughput: [{ format: 'FP8', value: '400', unit: 'TFLOPS' }], dies: [{ areaMm2: '600' }] };

const options = (el: Calculator) => findAll(el, '#compare-chip-listbox li');
const rowNames = (el: Calculator) => findAll(el, '.compare-table tbody .chip-name').map(text);

/** The cells of a chip's row by column: chip, verdict, TPP, PD, nearest boundary. */
function row(el: Calculator, name: string) {
  const tr = findAll(el, '.compare-table tbody tr').find((r) => text(r.querySelector('.chip-name')) === name);
  if (!tr) throw new Error(`No row for ${name}`);
  const [verdict, tpp, pd, margin] = [...tr.querySelectorAll('td')];
  return { verdict: text(verdict!.querySelector('strong')), icon: verdict!.querySelector('svg.icon'), tpp: text(tpp), pd: text(pd), margin: text(margin), remove: tr.querySelector<HTMLButtonElement>('button.remove')! };
}

function heading(el: Calculator, key: string): HTMLElement {
  return find(el, `button.sort[data-sort="${key}"]`).closest('th')!;
}

async function search(el: Calculator, query: string) {
  const input = find<HTMLInputElement>(el, '#compare-chip-input');
  input.focus();
  input.select();
  await sendKeys({ type: query });
  await el.updateComplete;
}

/** Types a query and moves with the arrow keys to the option with this label, then picks it with Enter. */
async function pickByKeyboard(el: Calculator, query: string, label: string) {
  await search(el, query);
  const input = find(el, '#compare-chip-input');
  for (let i = 0; i < 10 && text(el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant') ?? '')) !== label; i += 1) {
    await press(el, 'ArrowDown');
  }
  expect(text(el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!))).to.equal(label);
  await press(el, 'Enter');
}

describe('<compute-threshold-calculator>: the view switch', () => {
  it('is a tab list over the unfolded working: a click or the arrow keys, Home and End show a view and move focus with it', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    // The card alone has no tabs; they come with the working.
    expect(has(el, '[role="tablist"]')).to.equal(false);
    await unfold(el);
    const tabs = findAll(el, '[role="tablist"] [role="tab"]');
    expect(tabs.map(text)).to.deep.equal(['Calculator', 'Compare', 'Catalog', 'Training run']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    expect(find(el, '#view-calculator').getAttribute('aria-labelledby')).to.equal('tab-calculator');

    await clickOn(el, find(el, '#tab-compare'));
    expect(el.view).to.equal('compare');
    expect(el.getAttribute('view')).to.equal('compare');
    expect(find(el, '#view-compare').hidden).to.equal(false);
    expect(find(el, '#view-calculator').hidden).to.equal(true);
    expect(el.shadowRoot!.querySelector('#chip-input')).to.equal(null);
    await until(() => has(el, '[part="compare"]'), 'the compare view never rendered');

    find(el, '#tab-compare').focus();
    await press(el, 'ArrowRight');
    expect(el.view).to.equal('catalog');
    expect(deepActiveElement()?.id).to.equal('tab-catalog');
    await press(el, 'ArrowRight');
    expect(el.view).to.equal('training');
    await press(el, 'ArrowRight');
    expect(el.view).to.equal('calculator');
    await press(el, 'ArrowLeft');
    expect(el.view).to.equal('training');
    await press(el, 'Home');
    expect(el.view).to.equal('calculator');
    expect(deepActiveElement()?.id).to.equal('tab-calculator');
    await press(el, 'End');
    expect(el.view).to.equal('training');
    expect(find(el, '#tab-training').getAttribute('aria-selected')).to.equal('true');
    // The calculator keeps its chip across views.
    await clickOn(el, find(el, '#tab-calculator'));
    expect(find<HTMLInputElement>(el, '#chip-input').value).to.equal('NVIDIA H20 (2024)');
    expect(has(el, '[part="input-panel"]')).to.equal(true);
  });

  it('reads the view attribute, and reports a view it does not know', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare"></compute-threshold-calculator>`);
    await settled(el);
    expect(find(el, '#tab-compare').getAttribute('aria-selected')).to.equal('true');
    expect(has(el, '[part="compare"]')).to.equal(true);
    el.setAttribute('view', 'gallery');
    await el.updateComplete;
    // The calculator, as a card: the working stays folded.
    expect(has(el, '[part="compare"]')).to.equal(false);
    expect(text(find(el, '#verdict-text'))).to.equal('Pick a chip or type its figures');
    expect(notices(el)).to.equal('There is no view “gallery”; showing the calculator.');
  });
});

describe('<compute-threshold-calculator>: the comparison', () => {
  it('searches the catalog by vendor, by name and by year in its picker', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare"></compute-threshold-calculator>`);
    await settled(el);
    await search(el, 'google');
    expect(options(el).map(text)).to.deep.equal(catalog.filter((c) => c.vendor === 'Google').map((c) => `Google ${c.name} (${c.year})`));
    await search(el, 'gaudi');
    expect(options(el).map(text)).to.deep.equal(['Intel Gaudi 2 (2022)', 'Intel Gaudi 3 (2024)']);
    await search(el, 'rtx 4090 d');
    expect(options(el).map(text)).to.include('NVIDIA GeForce RTX 4090 D (2023)');
    await search(el, '2021');
    const of2021 = catalog.filter((c) => c.year === 2021);
    expect(of2021.length).to.be.greaterThan(1);
    expect(options(el).map(text)).to.deep.equal(of2021.map((c) => `${c.vendor} ${c.name} (2021)`));
    // No "Custom chip" here: the calculator's chip has a button of its own.
    await search(el, 'custom');
    expect(options(el)).to.have.length(0);
    expect(text(find(el, '.compare .picker [role="status"]'))).to.equal('No chip matches.');
  });

  it('compares catalog chips picked by keyboard and mouse and the calculator\'s own chip: verdicts, figures, margins and labelled points', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = CUSTOM;
    await el.updateComplete;
    await openView(el, 'compare');
    expect(text(find(el, '.compare .empty'))).to.equal('Nothing to compare yet: add chips above.');

    await pickByKeyboard(el, 'h100 sxm5', 'NVIDIA H100 SXM5 (2022)');
    expect(text(find(el, '.compare-status'))).to.equal('Added NVIDIA H100 SXM5.');
    expect(find<HTMLInputElement>(el, '#compare-chip-input').value).to.equal('');
    await pickByKeyboard(el, 'nvidia h20', 'NVIDIA H20 (2024)');
    await search(el, 'l40');
    await clickOn(el, options(el).find((o) => text(o) === 'NVIDIA L40 (2022)')!);
    const addCurrent = find(el, '#compare-add-current');
    expect(text(addCurrent)).to.equal('Add “My test chip” from the calculator');
    await clickOn(el, addCurrent);
    expect(rowNames(el)).to.deep.equal(['NVIDIA H100 SXM5', 'NVIDIA H20', 'NVIDIA L40', 'My test chip']);
    expect(text(find(el, '.compare-table caption'))).to.equal('Compared under ECCN 3A090.a and .b, October 2023 rule (as amended)');

    const h100 = row(el, 'NVIDIA H100 SXM5');
    expect([h100.verdict, h100.tpp, h100.pd]).to.deep.equal(['Controlled: 3A090.a', '15,832', '19.45']);
    expect(h100.icon).to.exist;
    const h20 = row(el, 'NVIDIA H20');
    expect([h20.verdict, h20.tpp, h20.pd]).to.deep.equal(['Not controlled', '2,368', '2.91']);
    expect(h20.margin).to.equal('TPP 32 short of 2,400 → controlled as 3A090.b (3A090.b.1)');
    const l40 = row(el, 'NVIDIA L40');
    expect([l40.verdict, l40.tpp, l40.pd]).to.deep.equal(['Controlled: 3A090.b', '2,897', '4.76']);
    const mine = row(el, 'My test chip');
    expect([mine.verdict, mine.tpp, mine.pd]).to.deep.equal(['Controlled: 3A090.b', '3,200', '5.33']);
    expect(text(find(el, '.compare-table .custom-tag'))).to.equal('custom figures');
    expect(findAll(el, '.compare-table tbody .verdict-brief svg.icon')).to.have.length(4);

    const chart = find(el, '[part="chart"]');
    expect(findAll(el, '.chip.named text').map(text)).to.have.members(['H100 SXM5', 'H20', 'L40', 'My test chip']);
    expect(chart.querySelectorAll('.chip.named circle.point')).to.have.length(4);
    expect(chart.querySelector('.catalog circle')).to.equal(null);
    const caption = text(find(el, '#chart-caption'));
    expect(caption).to.contain('H20 is at TPP 2,368, PD 2.91. It lies in none of the shaded regions of clauses that hold.');
    expect(caption).to.contain('L40 is at TPP 2,897, PD 4.76. It lies in the regions of 3A090.b.1 and 3A090.b.2, the items that hold.');

    // The same figures of its own can be added again, under a name of their own.
    await clickOn(el, find(el, '#compare-add-current'));
    expect(rowNames(el).at(-1)).to.equal('My test chip (2)');
    // A catalog chip only once.
    await pickByKeyboard(el, 'nvidia h20', 'NVIDIA H20 (2024)');
    expect(rowNames(el)).to.have.length(5);
    expect(text(find(el, '.compare-status'))).to.equal('NVIDIA H20 is already in the comparison.');
  });

  it('adds an edited catalog chip as figures of its own, marked as edited', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openView(el, 'compare');
    expect(text(find(el, '#compare-add-current'))).to.equal('Add “NVIDIA H20” from the calculator');
    await clickOn(el, find(el, '#compare-add-current'));
    await openView(el, 'calculator');
    await typeInto(el, figureValue(el), '301');
    await openView(el, 'compare');
    // The comparison kept its chips while the calculator was shown.
    expect(rowNames(el)).to.deep.equal(['NVIDIA H20']);
    expect(text(find(el, '#compare-add-current'))).to.equal('Add “NVIDIA H20 (edited)” from the calculator');
    await clickOn(el, find(el, '#compare-add-current'));
    expect(rowNames(el)).to.deep.equal(['NVIDIA H20', 'NVIDIA H20 (edited)']);
    expect(row(el, 'NVIDIA H20').verdict).to.equal('Not controlled');
    expect(row(el, 'NVIDIA H20 (edited)').verdict).to.equal('Controlled: 3A090.b');
    expect(row(el, 'NVIDIA H20 (edited)').tpp).to.equal('2,408');
  });

  it('sorts by TPP both ways and by verdict, marking the sorted heading with aria-sort', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare" compare="nvidia-l40 nvidia-h100-sxm5 nvidia-rtx-4090d nvidia-h20 amd-mi300x"></compute-threshold-calculator>`);
    await settled(el);
    expect(rowNames(el)).to.deep.equal(['NVIDIA L40', 'NVIDIA H100 SXM5', 'NVIDIA GeForce RTX 4090 D', 'NVIDIA H20', 'AMD Instinct MI300X']);
    expect(findAll(el, '.compare-table th[aria-sort]')).to.have.length(0);

    await clickOn(el, find(el, 'button.sort[data-sort="tpp"]'));
    expect(heading(el, 'tpp').getAttribute('aria-sort')).to.equal('ascending');
    expect(findAll(el, '.compare-table th[aria-sort]')).to.have.length(1);
    expect(rowNames(el)).to.deep.equal(['NVIDIA H20', 'NVIDIA L40', 'NVIDIA GeForce RTX 4090 D', 'NVIDIA H100 SXM5', 'AMD Instinct MI300X']);
    expect(text(find(el, '.compare-status'))).to.equal('Sorted by TPP, ascending.');

    // By keyboard: the sort button keeps focus and Enter reverses the order.
    expect(deepActiveElement()).to.equal(find(el, 'button.sort[data-sort="tpp"]'));
    await press(el, 'Enter');
    expect(heading(el, 'tpp').getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el)).to.deep.equal(['AMD Instinct MI300X', 'NVIDIA H100 SXM5', 'NVIDIA GeForce RTX 4090 D', 'NVIDIA L40', 'NVIDIA H20']);

    // Rows without a value go last in either direction.
    await clickOn(el, find(el, 'button.sort[data-sort="pd"]'));
    expect(rowNames(el).at(-1)).to.equal('AMD Instinct MI300X');
    await press(el, 'Space');
    expect(heading(el, 'pd').getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el)).to.deep.equal(['NVIDIA H100 SXM5', 'NVIDIA GeForce RTX 4090 D', 'NVIDIA L40', 'NVIDIA H20', 'AMD Instinct MI300X']);

    await clickOn(el, find(el, 'button.sort[data-sort="verdict"]'));
    expect(heading(el, 'verdict').getAttribute('aria-sort')).to.equal('ascending');
    expect(heading(el, 'tpp').hasAttribute('aria-sort')).to.equal(false);
    // Not controlled, then 3A090.b, then 3A090.a; ties keep the order the chips were added in.
    expect(rowNames(el)).to.deep.equal(['NVIDIA GeForce RTX 4090 D', 'NVIDIA H20', 'NVIDIA L40', 'NVIDIA H100 SXM5', 'AMD Instinct MI300X']);
    await clickOn(el, find(el, 'button.sort[data-sort="verdict"]'));
    expect(rowNames(el)).to.deep.equal(['NVIDIA H100 SXM5', 'AMD Instinct MI300X', 'NVIDIA L40', 'NVIDIA GeForce RTX 4090 D', 'NVIDIA H20']);
    // The chart's points follow.
    expect(findAll(el, '.chip.named text').map(text)).to.have.members(['H100 SXM5', 'Instinct MI300X', 'L40', 'GeForce RTX 4090 D', 'H20']);
  });

  it('sorts by the exact decimal values, where binary floats would tie', () => {
    const ruleSet = getRuleSet('bis-3a090-2023')!;
    const chip = (name: string, tops: string) => ({ name, result: evaluate({ throughput: [{ format: 'INT8', value: tops, unit: 'TOPS' }] }, ruleSet) });
    const rows = [chip('above', '600.0000000000000000125'), chip('on', '600'), chip('below', '599.9999999999999999875')];
    expect(rows.map((r) => r.result.metrics!.tpp)).to.deep.equal(['4800.0000000000000001', '4800', '4799.9999999999999999']);
    expect(new Set(rows.map((r) => parseFloat(r.result.metrics!.tpp!))).size).to.equal(1);
    expect(sortRows(rows, { key: 'tpp', descending: false }, ruleSet).map((r) => r.name)).to.deep.equal(['below', 'on', 'above']);
    expect(sortRows(rows, { key: 'tpp', descending: true }, ruleSet).map((r) => r.name)).to.deep.equal(['above', 'on', 'below']);
    expect(sortRows(rows, { key: 'verdict', descending: false }, ruleSet).map((r) => r.name)).to.deep.equal(['below', 'above', 'on']);
  });

  it('removes chips by mouse and by keyboard, and focus moves to the next row', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare" compare="nvidia-h100-sxm5 nvidia-h20 nvidia-l40"></compute-threshold-calculator>`);
    await settled(el);
    await clickOn(el, row(el, 'NVIDIA H20').remove);
    expect(rowNames(el)).to.deep.equal(['NVIDIA H100 SXM5', 'NVIDIA L40']);
    expect(text(find(el, '.compare-status'))).to.equal('Removed NVIDIA H20.');
    expect(deepActiveElement()).to.equal(row(el, 'NVIDIA L40').remove);
    expect(findAll(el, '.chip.named text').map(text)).to.have.members(['H100 SXM5', 'L40']);

    expect(row(el, 'NVIDIA L40').remove.getAttribute('aria-label')).to.equal('Remove NVIDIA L40');
    await press(el, 'Enter');
    expect(rowNames(el)).to.deep.equal(['NVIDIA H100 SXM5']);
    expect(deepActiveElement()).to.equal(row(el, 'NVIDIA H100 SXM5').remove);
    await press(el, 'Space');
    expect(el.shadowRoot!.querySelector('.compare-table')).to.equal(null);
    expect(deepActiveElement()?.id).to.equal('compare-chip-input');
    expect(text(find(el, '.compare .empty'))).to.equal('Nothing to compare yet: add chips above.');
  });

  it('follows the rule set chosen in the view, shared with the calculator', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare" compare="nvidia-a800-sxm4-80gb nvidia-rtx-4090d"></compute-threshold-calculator>`);
    await settled(el);
    expect(row(el, 'NVIDIA A800 SXM4 80GB').verdict).to.equal('Controlled: 3A090.a');
    find<HTMLSelectElement>(el, '#compare-rule-set').focus();
    await press(el, 'ArrowUp');
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(text(find(el, '.compare-table caption'))).to.equal('Compared under ECCN 3A090, October 2022 rule');
    expect(row(el, 'NVIDIA A800 SXM4 80GB').verdict).to.equal('Not controlled');
    expect(findAll(el, '.labels text').map(text)).to.deep.equal(['3A090.a.1']);
  });

  it('reports ids in the compare attribute that are not in the catalog', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare" compare="nvidia-h20, no-such-chip"></compute-threshold-calculator>`);
    await settled(el);
    expect(rowNames(el)).to.deep.equal(['NVIDIA H20']);
    expect(text(find(el, '.compare .error'))).to.equal('Not in the catalog, so not compared: “no-such-chip”.');
  });

  it('keeps the labels of chips at the same point apart, each joined to its point', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare"
      compare="nvidia-h100-sxm5 nvidia-h200-sxm nvidia-h800-sxm5 nvidia-h20 nvidia-l40 nvidia-l20 nvidia-a10 nvidia-b200 nvidia-b300 amd-mi300x amd-mi325x"></compute-threshold-calculator>`);
    await settled(el);
    // Opened before the working ever was, the chart still has its styles: no fold at this width, patterned regions.
    expect(getComputedStyle(find(el, '.chart-toggle')).display).to.equal('none');
    expect(getComputedStyle(find(el, '.regions rect.region')).fill).to.match(/^url\("?#chart-fill-/);
    const labels = findAll<SVGTextElement>(el, '.labels text, .chip.named text');
    expect(findAll(el, '.chip.named text').map(text)).to.have.members(['H100 SXM5', 'H200 SXM', 'H800 SXM5', 'H20', 'L40', 'L20', 'A10', 'B200', 'B300 (Blackwell Ultra)', 'Instinct MI300X', 'Instinct MI325X']);
    const boxes = labels.map((l) => l.getBBox());
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${text(labels[i])} and ${text(labels[j])} overlap`).to.equal(true);
      }
    }
    // Three chips share one point: at most two labels fit beside it, the third is led to it by a line.
    expect(findAll(el, '.chip.named .leader').length).to.be.at.least(1);
    expect(text(find(el, '#chart-caption'))).not.to.contain('no room');
  });

  it('passes axe with chips, a sorted column and the chart', async () => {
    const el = await mount(html`<compute-threshold-calculator view="compare" compare="nvidia-h100-sxm5 nvidia-h20 nvidia-l40 amd-mi300x"></compute-threshold-calculator>`);
    await settled(el);
    await clickOn(el, find(el, 'button.sort[data-sort="verdict"]'));
    await expect(el).to.be.accessible();
  });

  describe('at 320 px', () => {
    before(() => { document.body.style.margin = '0'; });
    after(() => { document.body.style.margin = ''; });
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('scrolls the table inside a labelled, focusable region and never the page', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await mount(html`<compute-threshold-calculator view="compare" compare="nvidia-h100-sxm5 nvidia-h20 nvidia-l40 nvidia-rtx-4090d"></compute-threshold-calculator>`);
      await settled(el);
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const region = find(el, '.table-scroll');
      expect(region.tabIndex).to.equal(0);
      expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)).to.equal(find(el, '.compare-table caption'));
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      // Nothing outside the table region sticks out of the widget.
      const host = el.getBoundingClientRect();
      const outside = findAll(el, '*').filter((n) => !region.contains(n) && n.getBoundingClientRect().width > 0
        && (n.getBoundingClientRect().right > host.right + 0.5 || n.getBoundingClientRect().left < host.left - 0.5));
      expect(outside.map((n) => n.tagName)).to.deep.equal([]);
      // The verdict follows the chip's name, where it starts in view before any scrolling.
      const verdict = findAll(el, '.compare-table tbody tr')[0]!.querySelector('td strong')!.getBoundingClientRect();
      const shown = region.getBoundingClientRect();
      expect(verdict.left).to.be.within(shown.left, shown.right - 24);
    });
  });
});
