import { expect, html } from '@open-wc/testing';
import { find, findAll, mount, text, typeInto, verdict, type Calculator } from './helpers.js';

/** The A800 as its datasheet gives it: below the 2022 transfer-rate line, above the 2023 TPP line. */
const A800 = { name: 'NVIDIA A800 (explicit)', datacenter: true, throughput: [{ format: 'BF16', value: '311.8', unit: 'TFLOPS' }], dies: [{ areaMm2: '826' }], interconnectGBps: '400' };

function rows(el: Calculator): HTMLTableRowElement[] {
  return findAll<HTMLTableRowElement>(el, '[part="vintages"] tbody tr');
}

/** Each row as the reader reads it: rule set, effective date, status, verdict. */
function cells(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((cell) => text(cell));
}

describe('<compute-threshold-calculator>: the chip under every built-in rule set', () => {
  it('shows the A800 escaping the 2022 rule but not the 2023 one, in a table with headers, the verdict in words and an icon', async () => {
    const el = await mount(html`<compute-threshold-calculator .spec=${A800}></compute-threshold-calculator>`);
    const table = find<HTMLTableElement>(el, '[part="vintages"]');
    expect(text(table.caption)).to.equal('This chip under every built-in rule set');
    expect([...table.tHead!.rows[0]!.cells].map((th) => [th.tagName, th.getAttribute('scope'), text(th)])).to.deep.equal([
      ['TH', 'col', 'Rule set'], ['TH', 'col', 'Effective'], ['TH', 'col', 'Status'], ['TH', 'col', 'Verdict'],
    ]);
    expect(rows(el).map((r) => r.cells[0]!.tagName + r.cells[0]!.getAttribute('scope'))).to.deep.equal(['THrow', 'THrow', 'THrow', 'THrow']);
    expect(rows(el).map(cells)).to.deep.equal([
      ['ECCN 3A090, October 2022 rule', 'Oct 7, 2022', 'superseded', 'Not controlled: no clause of this rule set holds'],
      ['ECCN 3A090.a and .b, October 2023 rule (as amended) (shown)', 'Nov 17, 2023', 'in force', 'Controlled: 3A090.a (3A090.a.1, 3A090.a.2)'],
      ['ECCN 3A090.c, high-bandwidth memory, December 2024 rule', 'Dec 2, 2024', 'in force', 'Cannot tell without the HBM stack bandwidth and area'],
      ['License review for China and Macau, January 2026 rule (case-by-case below TPP 21,000 and 6,500 GB/s)', 'Jan 15, 2026', 'in force', 'Controlled: 3A090.a (3A090.a.1, 3A090.a.2)'],
    ]);
    for (const row of rows(el)) expect(row.cells[3]!.querySelector('svg.icon'), cells(row)[0]).to.exist;
    const icons = rows(el).map((r) => r.cells[3]!.querySelector('svg')!.innerHTML);
    expect(icons[0]).to.not.equal(icons[1]);
    expect(icons[1]).to.equal(icons[3]);
  });

  it('selects a rule set when its name is clicked, and marks it as shown', async () => {
    const el = await mount(html`<compute-threshold-calculator .spec=${A800} as-of="2024-01-01"></compute-threshold-calculator>`);
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
    rows(el)[0]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(el.asOf).to.equal(null);
    expect(verdict(el)).to.equal('Not controlled: no clause of this rule set holds');
    expect(rows(el).map((r) => r.querySelector('button')!.getAttribute('aria-current'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(text(rows(el)[0]!.cells[0])).to.contain('(shown)');
    expect(text(rows(el)[1]!.cells[0])).to.not.contain('(shown)');
  });

  it('follows the figures as they are typed', async () => {
    const el = await mount(html`<compute-threshold-calculator .spec=${A800}></compute-threshold-calculator>`);
    await typeInto(el, find<HTMLInputElement>(el, '#interconnect'), '600');
    expect(cells(rows(el)[0]!)[3]).to.equal('Controlled: 3A090.a (3A090.a.1)');
    await typeInto(el, find<HTMLInputElement>(el, '.row.figure input[id$="-value"]'), '100');
    expect(rows(el).map((r) => cells(r)[3])).to.deep.equal([
      'Not controlled: no clause of this rule set holds', 'Not controlled: no clause of this rule set holds',
      'Cannot tell without the HBM stack bandwidth and area', 'Not controlled: no clause of this rule set holds',
    ]);
  });

  it('stacks its rows into labelled lines at 320 px, without scrolling sideways', async () => {
    const el = await mount(html`<compute-threshold-calculator style="width: 320px" .spec=${A800}></compute-threshold-calculator>`);
    const wrapper = find(el, '.vintages');
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    const row = rows(el)[1]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    expect(getComputedStyle(row.cells[1]!, '::before').content).to.equal('"Effective"');
    expect(row.cells[3]!.getBoundingClientRect().width).to.be.greaterThan(200);
  });
});

describe('<compute-threshold-calculator>: accessibility of the vintages table (axe)', () => {
  it('passes with the table', async () => {
    const el = await mount(html`<compute-threshold-calculator .spec=${A800}></compute-threshold-calculator>`);
    expect(rows(el)).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('passes with the table stacked at 320 px, in the dark theme', async () => {
    const el = await mount(html`<compute-threshold-calculator style="width: 320px" theme="dark" .spec=${A800}></compute-threshold-calculator>`);
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('grid');
    await expect(el).to.be.accessible();
  });
});
