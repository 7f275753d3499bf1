import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogCsv, catalogRows, type CatalogRow } from '../../src/components/views/catalog/catalog-view.js';
import type { Ui } from '../../src/components/controls/ui.js';
import { ORIGINAL_WORDS } from '../../src/core/explain/words.js';
import { enCard } from '../../src/i18n/en/card.js';
import { enWorking } from '../../src/i18n/en/working.js';
import { chipRuleSets } from '../../src/model/rule-set-shape.js';
import { catalog, evaluate, ruleSets } from '../../src/index.js';
import { clickOn, find, findAll, mount, openView, settled, text, until, type Calculator } from './helpers.js';

/** The words the catalog view renders with once its chunks have loaded: English. */
const UI: Ui = { language: 'en', m: { ...enCard, ...enWorking }, ruleSets, ruleSetWords: ORIGINAL_WORDS };

/** The catalog's columns: every rule set for chips (the bills and the withdrawn draft last), none for training runs. */
const COLUMNS = chipRuleSets(ruleSets, '');

const CSV_HEADER = [
  'id,vendor,name,year,TPP,PD',
  ...COLUMNS.map((r) => `${r.id} status,${r.id} classification,${r.id} excluded by,${r.id} consequences,${r.id} needs`),
].join(',');

/**
 * The A800 (INT8 624 TOPS × 8 = TPP 4,992 on 826 mm², PD 6.0436; 464 GB/s interconnect; 2,040 GB/s DRAM; never
 * sold in the US) under each rule set, in ruleSets' order: under the 2022 rule's 600 GB/s; 3A090.a.1 in 2023; not
 * an HBM stack; an H20-class chip (DRAM bandwidth) for the 2025 letters; and 3A090.a in 2026, where a chip not on
 * sale in the US gets no case-by-case review.
 */
const A800_PREFIX = [
  'nvidia-a800-sxm4-80gb,NVIDIA,A800 SXM4 80GB,2022,4992,6.043583535108958837772397094430992736077481840193704600484261501',
  'not-controlled,,,,',
  'controlled,3A090.a,,No License Exception NAC/ACA,',
  'not-controlled,,,,',
  'controlled,licence required (reported),,"Licence required for China, Hong Kong, Macau and D:5",',
  'controlled,3A090.a,,No License Exception NAC/ACA; Presumption of denial for China and Macau,',
].join(',');

/** A row's five cells under a rule set, as the CSV writes them. */
function csvCells(row: string, ruleSetId: string): string {
  const header = CSV_HEADER.split(',');
  const at = header.indexOf(`${ruleSetId} status`);
  // Quoted cells hold commas: split the row as a CSV reader would.
  const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
  return cells.slice(at, at + 5).join(',');
}

async function openCatalog(el: Calculator) {
  await openView(el, 'catalog');
  return find(el, '.catalog-table');
}

/** The verdict cell of a chip's row under a rule set, found by the chip's name and the rule set's column heading. */
function verdictCell(el: Calculator, chip: string, ruleSetId: string): HTMLElement {
  const title = ORIGINAL_WORDS.shortTitle(ruleSets.find((r) => r.id === ruleSetId)!);
  const column = findAll(el, '.catalog-table thead th').findIndex((th) => text(th).startsWith(title));
  const row = findAll(el, '.catalog-table tbody tr').find((tr) => text(tr.querySelector('th')) === chip);
  if (column < 0 || !row) throw new Error(`No cell for ${chip} under ${ruleSetId}`);
  return row.children[column] as HTMLElement;
}

const brief = (cell: HTMLElement) => text(cell.querySelector('strong'));
const detail = (cell: HTMLElement) => text(cell.querySelector('.detail'));

describe('<compute-threshold-calculator>: the catalog view', () => {
  it('lists every catalog chip with its verdict under each built-in rule set, in words and an icon', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await openCatalog(el);
    expect(findAll(el, '.catalog-table tbody tr')).to.have.length(catalog.length);
    expect(findAll(el, '.catalog-table thead th').map(text).slice(4, 9)).to.deep.equal([
      'ECCN 3A090 (Oct 2022)87 FR 62186 · effective Oct 7, 2022 · superseded',
      'ECCN 3A090 (Oct 2023)88 FR 73458 · effective Nov 17, 2023 · in force',
      'ECCN 3A090.c, HBM (Dec 2024)89 FR 96790 · effective Dec 2, 2024 · in force',
      `H20-class letters (Apr 2025)${ruleSets[3]!.citation.document} · effective Apr 9, 2025 · reported, not published`,
      'China licence review (Jan 2026)91 FR 1684 · effective Jan 15, 2026 · in force',
    ]);
    const headings = findAll(el, '.catalog-table thead th').map(text).slice(4);
    expect(headings).to.have.length(13);
    expect(headings[5]).to.match(/^Section 232 tariff \(Jan 2026\)Proclamation 11002.* · in force$/);
    expect(headings.filter((h) => h.endsWith('· a bill, not law'))).to.have.length(3);
    expect(headings.some((h) => /EU AI Act|SB 53|RAISE|14110/.test(h)), 'no rule on training runs').to.equal(false);

    expect(brief(verdictCell(el, 'NVIDIA A800 SXM4 80GB', 'bis-3a090-2022'))).to.equal('Not controlled');
    expect(brief(verdictCell(el, 'NVIDIA A800 SXM4 80GB', 'bis-3a090-2023'))).to.equal('Controlled: 3A090.a');
    expect(brief(verdictCell(el, 'NVIDIA H100 SXM5', 'bis-3a090-2022'))).to.equal('Controlled: 3A090.a');
    expect(brief(verdictCell(el, 'NVIDIA H20', 'bis-3a090-2023'))).to.equal('Not controlled');
    expect(brief(verdictCell(el, 'NVIDIA L40', 'bis-3a090-2023'))).to.equal('Controlled: 3A090.b');

    const rtx = verdictCell(el, 'NVIDIA GeForce RTX 4090 D', 'bis-3a090-2023');
    expect(brief(rtx)).to.equal('Not controlled');
    expect(detail(rtx)).to.equal('Note 2 to 3A090 applies');
    expect(detail(verdictCell(el, 'NVIDIA GeForce RTX 4090 D', 'bis-china-review-2026'))).to.equal('Note 2 to 3A090 applies');

    // A logic chip is not a standalone HBM stack: outside what 3A090.c covers.
    const hbm = verdictCell(el, 'NVIDIA H20', 'bis-3a090c-2024');
    expect(brief(hbm)).to.equal('Not controlled');
    expect(detail(hbm)).to.equal('');
    const letters = verdictCell(el, 'NVIDIA H20', 'us-is-informed-h20-2025');
    expect(brief(letters)).to.equal('Controlled: licence required (reported)');
    expect(detail(letters)).to.equal('Licence required for China, Hong Kong, Macau and D:5');
    expect(detail(verdictCell(el, 'NVIDIA B200', 'bis-china-review-2026'))).to.contain('Presumption of denial for China and Macau');
    expect(detail(verdictCell(el, 'NVIDIA H100 SXM5', 'bis-china-review-2026'))).to.contain('Case-by-case review for China and Macau');

    // Each verdict carries its icon beside the words.
    const cells = findAll(el, '.catalog-table tbody td .verdict-brief');
    expect(cells).to.have.length(catalog.length * COLUMNS.length);
    expect(cells.every((c) => c.querySelector('svg.icon') && text(c.querySelector('strong')) !== '')).to.equal(true);
  });

  it('shows TPP and PD as the engine computed them, and says when PD is unknown', async () => {
    const el = await mount(html`<compute-threshold-calculator view="catalog"></compute-threshold-calculator>`);
    await settled(el);
    const cells = (chip: string) => findAll(el, '.catalog-table tbody tr').find((tr) => text(tr.querySelector('th')) === chip)!.querySelectorAll('td');
    const a800 = cells('NVIDIA A800 SXM4 80GB');
    expect([text(a800[0]), text(a800[1]), text(a800[2])]).to.deep.equal(['2022', '4,992', '6.04']);
    const b200 = cells('NVIDIA B200');
    expect([text(b200[1]), text(b200[2])]).to.deep.equal(['36,000', 'unknown']);
  });

  it('evaluates only once the view is opened, and keeps the evaluations', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    // The card has no tabs; unfolded, the catalog's panel is there, empty and hidden.
    expect(el.shadowRoot!.querySelector('#view-catalog')).to.equal(null);
    await clickOn(el, find(el, '#working-toggle'));
    await settled(el);
    const panel = find(el, '#view-catalog');
    expect(panel.hidden).to.equal(true);
    expect(panel.children).to.have.length(0);
    await openCatalog(el);
    const rows = catalogRows();
    expect(rows).to.have.length(catalog.length);
    expect(rows.every((row) => row.results.length === COLUMNS.length)).to.equal(true);
    await openView(el, 'calculator');
    expect(find(el, '#view-catalog').children).to.have.length(0);
    await openCatalog(el);
    expect(catalogRows()).to.equal(rows);
    expect(catalogRows()[0]!.results[0]).to.equal(rows[0]!.results[0]);
  });

  it('builds the CSV: header, the engine\'s values as they are, and one row per chip', () => {
    const csv = catalogCsv(UI, catalogRows(), COLUMNS);
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(CSV_HEADER);
    const a800 = lines.find((l) => l.startsWith('nvidia-a800-sxm4-80gb,'))!;
    expect(a800.startsWith(`${A800_PREFIX},`)).to.equal(true);
    // Under the tariff's bands (TPP 4,992): no duty; under the GAIN AI Act's TPP ≥ 4,800 prong: an advanced integrated circuit.
    expect(csvCells(a800, 'us-section-232-tariff-2026')).to.equal('not-controlled,,,,');
    expect(csvCells(a800, 'us-bill-gain-ai-2025')).to.equal('controlled,advanced integrated circuit,,,');
    expect(csvCells(lines.find((l) => l.startsWith('nvidia-h200-sxm,'))!, 'us-section-232-tariff-2026')).to.equal('controlled,covered by the 25% Section 232 duty,,,');
    expect(lines.some((l) => l.startsWith([
      'nvidia-rtx-4090d,NVIDIA,GeForce RTX 4090 D,2023,4706.8,7.735086277732128184059161873459326211996713229252259654889071487',
      'not-controlled,,,,', 'not-controlled,,Note 2 to 3A090,,', 'not-controlled,,,,', 'not-controlled,,,,', 'not-controlled,,Note 2 to 3A090,,',
    ].join(',')))).to.equal(true);
    expect(lines).to.have.length(catalog.length + 2);
    expect(lines.at(-1)).to.equal('');
  });

  it('quotes names with commas and quotes, and guards text against formula injection', () => {
    const spec = { datacenter: true, throughput: [{ format: 'FP8', value: '296', unit: 'TFLOPS' }], dies: [{ areaMm2: '814' }] };
    const row: CatalogRow = {
      chip: { id: 'test-chip', vendor: '=HYPERLINK("http://evil.example")', name: 'Chip "Q", rev 2', year: 2024, spec },
      results: COLUMNS.map((r) => evaluate(spec, r)),
    };
    const [header, line] = catalogCsv(UI, [row], COLUMNS).split('\r\n');
    expect(header).to.equal(CSV_HEADER);
    expect(line!.startsWith('test-chip,"\'=HYPERLINK(""http://evil.example"")","Chip ""Q"", rev 2",2024,2368,2.909090909090909090909090909090909090909090909090909090909090909,')).to.equal(true);
  });

  it('downloads the CSV through an object URL it then revokes', async () => {
    const created: Blob[] = [];
    const revoked: string[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => { created.push(blob); return 'blob:test-catalog'; };
    URL.revokeObjectURL = (url: string) => { revoked.push(url); };
    HTMLAnchorElement.prototype.click = function record(this: HTMLAnchorElement) { clicked.push(this); };
    try {
      const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
      await openCatalog(el);
      await clickOn(el, find(el, '#catalog-download'));
      await until(() => revoked.length === 1, 'the object URL was never revoked');
      await el.updateComplete;
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('chip-catalog-verdicts.csv');
      expect(clicked[0]!.href).to.equal('blob:test-catalog');
      expect(created[0]!.type).to.equal('text/csv;charset=utf-8');
      // A UTF-8 byte-order mark first, for spreadsheet programs; text() reads past it.
      expect([...new Uint8Array(await created[0]!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const saved = await created[0]!.text();
      expect(saved).to.equal(catalogCsv(UI, catalogRows(), COLUMNS));
      expect(saved.split('\r\n').some((l) => l.startsWith(`${A800_PREFIX},`))).to.equal(true);
      expect(revoked).to.deep.equal(['blob:test-catalog']);
      expect(text(find(el, '.catalog .action-status'))).to.equal('Saving chip-catalog-verdicts.csv. If no file arrives, the browser or the page blocked the download.');
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('passes axe', async () => {
    const el = await mount(html`<compute-threshold-calculator view="catalog"></compute-threshold-calculator>`);
    await settled(el);
    expect(find(el, '[part="catalog"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  describe('at 320 px', () => {
    before(() => { document.body.style.margin = '0'; });
    after(() => { document.body.style.margin = ''; });
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('scrolls the table inside a labelled, focusable region, never the page, and the arrow keys scroll it', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await mount(html`<compute-threshold-calculator view="catalog"></compute-threshold-calculator>`);
      await settled(el);
      const region = find(el, '.table-scroll');
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(region.getAttribute('role')).to.equal('region');
      expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal('Catalog chips under each rule set');
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      expect(region.getBoundingClientRect().right).to.be.at.most(320);
      expect(getComputedStyle(find(el, '.scroll-hint')).display).to.equal('block');
      region.focus();
      expect(region.scrollLeft).to.equal(0);
      await sendKeys({ press: 'ArrowRight' });
      await until(() => region.scrollLeft > 0, 'ArrowRight never scrolled the table');
    });
  });
});
