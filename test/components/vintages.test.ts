import { expect, html } from '@open-wc/testing';
import { clickOn, find, findAll, mount, openSection, settled, text, typeInto, verdict, type Calculator } from './helpers.js';

/**
 * The A800 as its datasheet gives it: BF16 311.8 TFLOPS × 16 = TPP 4,988.8 on 826 mm² (PD 6.04), 400 GB/s
 * interconnect: below the 2022 rule's 600 GB/s, above the 2023 rule's TPP line. No DRAM bandwidth given.
 */
const A800 = { name: 'NVIDIA A800 (explicit)', datacenter: true, throughput: [{ format: 'BF16', value: '311.8', unit: 'TFLOPS' }], dies: [{ areaMm2: '826' }], interconnectGBps: '400' };

/** Mounts the calculator with the A800 (or `spec`) and opens "Under every built-in rule set". */
async function withVintages(template: ReturnType<typeof html>): Promise<Calculator> {
  const el = await mount(template);
  await openSection(el, 'vintages');
  return el;
}

function rows(el: Calculator): HTMLTableRowElement[] {
  return findAll<HTMLTableRowElement>(el, 'table[part="vintages-table"] tbody tr');
}

/** Each row as the reader reads it: rule set, effective date, status, verdict. */
function cells(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((cell) => text(cell));
}

/**
 * The rows' verdicts once the A800's figure is typed down to 100 TFLOPS: TPP 1,600 and PD 1.94 are under every
 * line, and the 2025 letters test only bandwidths, of which the DRAM's is not given.
 */
const VINTAGES_AT_1600 = ['Not controlled', 'Not controlled', 'Not controlled', 'Cannot tell: Needs the total DRAM bandwidth', 'Not controlled'];

describe('<compute-threshold-calculator>: the chip under every built-in rule set', () => {
  it('shows the A800 escaping the 2022 rule but not the 2023 one, in a table with headers, the verdict in words and an icon', async () => {
    const el = await withVintages(html`<compute-threshold-calculator .spec=${A800}></compute-threshold-calculator>`);
    const table = find<HTMLTableElement>(el, 'table[part="vintages-table"]');
    expect(text(table.caption)).to.equal('This chip under every built-in rule set');
    expect([...table.tHead!.rows[0]!.cells].map((th) => [th.tagName, th.getAttribute('scope'), text(th)])).to.deep.equal([
      ['TH', 'col', 'Rule set'], ['TH', 'col', 'Effective'], ['TH', 'col', 'Status'], ['TH', 'col', 'Verdict'],
    ]);
    // Every rule for chips: the five classifications and overlays, then the tariff, licence and caps, then the what-ifs.
    expect(rows(el).map((r) => r.cells[0]!.tagName + r.cells[0]!.getAttribute('scope'))).to.deep.equal(Array(13).fill('THrow'));
    // TPP 4,992 and 2,040 GB/s: in neither tariff band; over the GAIN AI Act's 4,800 and 1,400 GB/s lines; the caps need a count.
    expect(rows(el).slice(5).map((r) => cells(r)[3])).to.deep.equal([
      'Not controlled', 'Controlled: 3A090.a: No License Exception NAC/ACA',
      'Cannot tell: Needs the number of chips', 'Cannot tell: Needs the number of chips and the number shipped to US customers', 'Cannot tell: Needs the number of chips',
      'Controlled: advanced integrated circuit', 'Controlled: advanced integrated circuit (licence required; denied for foreign adversaries)', 'Controlled: covered integrated circuit',
    ]);
    expect(rows(el).slice(0, 5).map(cells)).to.deep.equal([
      ['ECCN 3A090, October 2022 rule', 'Oct 7, 2022', 'superseded', 'Not controlled'],
      ['ECCN 3A090.a and .b, October 2023 rule (as amended) (shown)', 'Nov 17, 2023', 'in force', 'Controlled: 3A090.a: No License Exception NAC/ACA'],
      // A logic chip is outside what 3A090.c covers.
      ['ECCN 3A090.c, high-bandwidth memory, December 2024 rule', 'Dec 2, 2024', 'in force', 'Not controlled'],
      ['H20-class licence requirement for China, April 2025 (reported \'is-informed\' letters, not published)', 'Apr 9, 2025', 'reported, not published', 'Cannot tell: Needs the total DRAM bandwidth'],
      ['License review for China and Macau, January 2026 rule (case-by-case below TPP 21,000 and 6,500 GB/s)', 'Jan 15, 2026', 'in force', 'Controlled: 3A090.a: No License Exception NAC/ACA'],
    ]);
    for (const row of rows(el)) expect(row.cells[3]!.querySelector('svg.icon'), cells(row)[0]).to.exist;
    const icons = rows(el).map((r) => r.cells[3]!.querySelector('svg')!.innerHTML);
    expect(icons[0]).to.not.equal(icons[1]);
    expect(icons[1]).to.equal(icons[4]);
    expect(icons[3]).to.not.equal(icons[1]);
  });

  it('selects a rule set when its name is clicked, and marks it as shown', async () => {
    const el = await withVintages(html`<compute-threshold-calculator .spec=${A800} as-of="2024-01-01"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    await clickOn(el, rows(el)[0]!.querySelector('button')!);
    await settled(el);
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(el.asOf).to.equal(null);
    expect(verdict(el)).to.equal('Not controlled');
    expect(find<HTMLSelectElement>(el, '#rule-set').value).to.equal('bis-3a090-2022');
    expect(rows(el).map((r) => r.querySelector('button')!.getAttribute('aria-current'))).to.deep.equal(['true', ...Array(12).fill('false')]);
    expect(text(rows(el)[0]!.cells[0])).to.contain('(shown)');
    expect(text(rows(el)[1]!.cells[0])).to.not.contain('(shown)');
  });

  it('follows the figures as they are typed', async () => {
    const el = await withVintages(html`<compute-threshold-calculator .spec=${A800}></compute-threshold-calculator>`);
    // 600 GB/s reaches the 2022 rule's line.
    await typeInto(el, find<HTMLInputElement>(el, '#interconnect'), '600');
    expect(cells(rows(el)[0]!)[3]).to.equal('Controlled: 3A090.a');
    // BF16 100 × 16 = TPP 1,600 on 826 mm² (PD 1.94): under every line.
    await typeInto(el, find<HTMLInputElement>(el, '#fig0-value'), '100');
    expect(rows(el).slice(0, 5).map((r) => cells(r)[3])).to.deep.equal(VINTAGES_AT_1600);
  });

  it('shows the reader\'s thresholds in the row of the rule set shown, and the published ones in the others', async () => {
    const el = await withVintages(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(cells(rows(el)[1]!)).to.deep.equal(['ECCN 3A090.a and .b, October 2023 rule (as amended) (shown)', 'Nov 17, 2023', 'in force', 'Not controlled']);
    await openSection(el, 'threshold-editor');
    const b1 = findAll(el, '.threshold-item').find((f) => text(f.querySelector('legend')).startsWith('Clause 3A090.b.1:'))!;
    // The H20's TPP of 2,368 is over a 3A090.b.1 line lowered to 2,300.
    await typeInto(el, b1.querySelector<HTMLInputElement>('input')!, '2300');
    await settled(el);
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(cells(rows(el)[1]!)).to.deep.equal([
      'ECCN 3A090.a and .b, October 2023 rule (as amended) (custom thresholds) (shown)', 'Nov 17, 2023', 'hypothetical, not a rule',
      'Controlled: 3A090.b: License Exception NAC/ACA may be available',
    ]);
    expect(rows(el)[1]!.classList.contains('shown')).to.equal(true);
    // The published 2022 and 2026 rules are unchanged.
    expect(cells(rows(el)[0]!)[3]).to.equal('Not controlled');
    expect(cells(rows(el)[4]!)[3]).to.equal('Not controlled');
    // Back to the published thresholds.
    await clickOn(el, find(el, '#reset-thresholds'));
    await settled(el);
    expect(cells(rows(el)[1]!)).to.deep.equal(['ECCN 3A090.a and .b, October 2023 rule (as amended) (shown)', 'Nov 17, 2023', 'in force', 'Not controlled']);
  });

  it('stacks its rows into labelled lines at 320 px, without scrolling sideways', async () => {
    const el = await withVintages(html`<compute-threshold-calculator style="width: 320px" .spec=${A800}></compute-threshold-calculator>`);
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
    const el = await withVintages(html`<compute-threshold-calculator .spec=${A800}></compute-threshold-calculator>`);
    expect(rows(el)).to.have.length(13);
    await expect(el).to.be.accessible();
  });

  it('passes with the table stacked at 320 px, in the dark theme', async () => {
    const el = await withVintages(html`<compute-threshold-calculator style="width: 320px" theme="dark" .spec=${A800}></compute-threshold-calculator>`);
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('grid');
    await expect(el).to.be.accessible();
  });
});
