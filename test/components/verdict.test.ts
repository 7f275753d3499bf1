import { expect, html } from '@open-wc/testing';
import { explained, find, findAll, has, mount, mountUnfolded, settled, text, verdict, type Calculator } from './helpers.js';

/** The card's figures: TPP and PD as shown, and the one-line formula under each. */
function figures(el: Calculator): string {
  return findAll(el, '[part="metrics"] dt, [part="metrics"] dd').map(text).join(' ');
}

function nearest(el: Calculator): string {
  return text(find(el, '[part="nearest"]'));
}

/** The rows of an item of the clause table, by its id as shown ("3A090.b.1") or its title ("Note 2 to 3A090"). */
function item(el: Calculator, name: string): HTMLTableSectionElement {
  const found = findAll<HTMLTableSectionElement>(el, '[part="clause-table"] tbody')
    .find((b) => text(b.querySelector('.item-id')) === name || text(b.querySelector('.item-title')) === name);
  if (!found) throw new Error(`No item ${name} in the clause table`);
  return found;
}

const conditionCells = (body: HTMLTableSectionElement) => [...body.querySelectorAll('tr.condition')].map((tr) => [...tr.querySelectorAll('td')].map(text));

describe('<compute-threshold-calculator>: the card\'s verdict for known chips', () => {
  it('reads "Controlled: 3A090.a" for the H100 SXM5, with the controlled icon, the clauses met, TPP and PD', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    const block = find(el, '[part="verdict"]');
    expect(block.classList.contains('controlled')).to.equal(true);
    expect(block.querySelector('.verdict-icon svg')).to.exist;
    expect(text(block.querySelector('.verdict-under'))).to.equal('under ECCN 3A090.a and .b, October 2023 rule (as amended)');
    expect(text(block.querySelector('.verdict-detail'))).to.equal('Clauses met: 3A090.a.1, 3A090.a.2.');
    // FP8 3,958 TFLOPS with sparsity: 1,979 dense × 8 bits = 15,832; on 814 mm², PD 19.45.
    expect(text(find(el, '#tpp-value'))).to.equal('15,832');
    expect(text(find(el, '#pd-value'))).to.equal('19.45');
    expect(figures(el)).to.equal('TPP 15,832 = 1,979 × 8 bits (FP8) PD 19.45 = 15,832 ÷ 814 mm²');
  });

  it('reads "Controlled: 3A090.b" for the L40', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-l40"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clauses met: 3A090.b.1, 3A090.b.2.');
    // BF16 181.05 TFLOPS × 16 bits = 2,896.8, shown 2,897; ÷ 608.5 mm² = 4.76.
    expect(figures(el)).to.equal('TPP 2,897 = 181.05 × 16 bits (BF16) PD 4.76 = 2,897 ÷ 608.5 mm²');
  });

  it('reads "Not controlled" for the H20, TPP 2,368 and PD 2.91, and, a task later, the nearest line 32 short of 2,400', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Not controlled');
    expect(find(el, '[part="verdict"]').classList.contains('not-controlled')).to.equal(true);
    // FP8 296 TFLOPS dense × 8 bits = 2,368; ÷ 814 mm² = 2.909…
    expect(text(find(el, '#tpp-value'))).to.equal('2,368');
    expect(text(find(el, '#pd-value'))).to.equal('2.91');
    expect(figures(el)).to.equal('TPP 2,368 = 296 × 8 bits (FP8) PD 2.91 = 2,368 ÷ 814 mm²');
    await explained(el);
    expect(nearest(el)).to.equal('Nearest line: TPP 32 short of 2,400 (3A090.b.1); reaching it would make it controlled as 3A090.b.');
  });

  it('reads "Not controlled" for the RTX 4090 D, as Note 2 takes a consumer card under TPP 4,800 out', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Not controlled');
    expect(text(find(el, '.verdict-detail'))).to.equal('Note 2 to 3A090 takes it out.');
    await explained(el);
    // FP8 588.35 × 8 = 4,706.8: 93.2 short of 4,800. Its PD of 7.74 would make it 3A090.a.2 if it were for datacenters.
    expect(nearest(el)).to.equal('Nearest line: TPP 93 short of 4,800 (3A090.a.1); reaching it would make it controlled as 3A090.a. If designed or marketed for datacenters, it would be controlled as 3A090.a.');
  });

  it('reads "Cannot tell yet" for a datacenter chip of TPP 3,000 with no die area, and says what would decide it', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '375', unit: 'TFLOPS' }] };
    await el.updateComplete;
    expect(verdict(el)).to.equal('Cannot tell yet');
    expect(find(el, '[part="verdict"]').classList.contains('indeterminate')).to.equal(true);
    expect(text(find(el, '.verdict-detail'))).to.equal('To decide, give the die area. It could be 3A090.a or 3A090.b.');
    expect(figures(el)).to.equal('TPP 3,000 = 375 × 8 bits (FP8) PD unknown: no die area given');
    await settled(el);
    // No line to be near while the answer is open.
    expect(has(el, '[part="nearest"]')).to.equal(false);
  });

  it('shows the verdict first, alone, and the other rules\' answers and the nearest line a task later', async () => {
    const shownWithVerdict: string[][] = [];
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"
      @ctc-result=${(e: Event) => shownWithVerdict.push(['overlays', 'nearest'].filter((part) => has(e.target as Calculator, `[part="${part}"]`)))}></compute-threshold-calculator>`);
    expect(shownWithVerdict[0]).to.deep.equal([]);
    await explained(el);
    expect(has(el, '[part="overlays"]')).to.equal(true);
  });

  it('says in one line what each other rule answers for the chip', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    await settled(el);
    const lines = findAll(el, '[part="overlays"] li');
    expect(lines.map(text)).to.deep.equal([
      'H20-class letters (Apr 2025): Licence required for China, Hong Kong, Macau and D:5 (reported, not published)',
      'China licence review (Jan 2026): Case-by-case review for China and Macau',
      'Licence by destination and buyer (2026): depends on the buyer’s headquarters and the destination',
      'AI Diffusion caps (2025): depends on the number of chips (not enforced)',
      'Not applicable: Section 232 tariff (Jan 2026)',
    ]);
    for (const line of lines) expect(line.querySelector('svg.icon'), text(line)).to.exist;
    expect(find(el, '[part="overlays"]').getAttribute('aria-label')).to.equal('Other rules');

    el.chip = 'nvidia-rtx-4090d';
    await el.updateComplete;
    expect(findAll(el, '[part="overlays"] li').map(text)).to.deep.equal([
      'AI Diffusion caps (2025): depends on the number of chips (not enforced)',
      'Not applicable: H20-class letters (Apr 2025), China licence review (Jan 2026), Section 232 tariff (Jan 2026), and Licence by destination and buyer (2026)',
    ]);
  });

  it('cites the rule set and its date, and says "Not legal advice"', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(text(find(el, '[part="card"] [part="citation"]'))).to.equal('88 FR 73458, effective Nov 17, 2023 Not legal advice.');
    el.ruleSet = 'bis-3a090-2022';
    await el.updateComplete;
    expect(text(find(el, '[part="card"] [part="citation"]'))).to.equal('87 FR 62186, effective Oct 7, 2022 Not legal advice.');
    expect(text(find(el, '.verdict-under'))).to.equal('under ECCN 3A090, October 2022 rule (superseded)');
  });
});

describe('<compute-threshold-calculator>: the clause-by-clause table', () => {
  it('lists every clause, note and consequence with value, requirement, met and the distance in words', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const heads = findAll(el, '[part="clause-table"] .item-head').map(text);
    expect(heads).to.deep.equal([
      'Scope integrated circuits with digital processing units (GPUs, AI accelerators, ASICs), not standalone memory applies',
      'Clause 3A090.a.1 TPP of 4800 or more does not hold classifies as 3A090.a',
      'Clause 3A090.a.2 TPP of 1600 or more and PD of 5.92 or more does not hold classifies as 3A090.a',
      'Clause 3A090.b.1 TPP from 2400 to under 4800 and PD from 1.6 to under 5.92 does not hold classifies as 3A090.b',
      'Clause 3A090.b.2 TPP of 1600 or more and PD from 3.2 to under 5.92 does not hold classifies as 3A090.b',
      'Note Note 2 to 3A090 does not apply',
      'Consequence No License Exception NAC/ACA does not apply',
      'Consequence License Exception NAC/ACA may be available does not apply',
    ]);
    const b1 = item(el, '3A090.b.1');
    // 2,400 − 2,368 = 32 short; 4,800 − 2,368 = 2,432 short (and below a "less than" line is where it must be); 2.91 − 1.6 = 1.31 over.
    expect(conditionCells(b1)).to.deep.equal([
      ['TPP', '2,368', '≥ 2,400', 'no', '32 short of 2,400'],
      ['TPP', '2,368', '< 4,800', 'yes', '2,432 short of 4,800'],
      ['PD', '2.91', '≥ 1.6', 'yes', '1.31 over 1.6'],
      ['PD', '2.91', '< 5.92', 'yes', '3.01 short of 5.92'],
    ]);
    // "Met" is said in words and with an icon, never by colour alone.
    expect(b1.querySelector('tr.condition td.state svg')).to.exist;
    // 2,368 − 1,600 = 768 over.
    expect(conditionCells(item(el, '3A090.a.2'))[0]).to.deep.equal(['TPP', '2,368', '≥ 1,600', 'yes', '768 over 1,600']);
    expect(conditionCells(item(el, '3A090.b.2'))[1]).to.deep.equal(['PD', '2.91', '≥ 3.2', 'no', '0.29 short of 3.2']);
  });

  it('says "at" a line the value is on, and "over" a line the value is above, whatever the requirement', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    // INT8 600 TOPS × 8 = TPP 4,800 exactly, on 1,000 mm² (PD 4.8).
    el.spec = { datacenter: true, throughput: [{ format: 'INT8', value: '600', unit: 'TOPS' }], dies: [{ areaMm2: '1000' }] };
    await settled(el);
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(conditionCells(item(el, '3A090.a.1'))).to.deep.equal([['TPP', '4,800', '≥ 4,800', 'yes', 'at 4,800']]);
    expect(conditionCells(item(el, '3A090.b.1')).slice(0, 2)).to.deep.equal([
      ['TPP', '4,800', '≥ 2,400', 'yes', '2,400 over 2,400'],
      ['TPP', '4,800', '< 4,800', 'no', 'at 4,800'],
    ]);
  });

  it('draws only the clauses that hold in the colour of control, not a note or a consequence that applies', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    const controlled = getComputedStyle(find(el, '[part="verdict"]')).getPropertyValue('--_controlled').trim();
    expect(controlled).to.contain('#a33a12');
    const colourOf = (node: Element) => getComputedStyle(node).color;
    const CONTROLLED = 'rgb(163, 58, 18)';
    // 3A090.a.2 holds for the card on its own (TPP 4,706.8 ≥ 1,600, PD 7.74 ≥ 5.92): its state is in the colour of control.
    const a2 = item(el, '3A090.a.2');
    expect(a2.classList.contains('met')).to.equal(true);
    expect(colourOf(a2.querySelector('.item-head .state')!)).to.equal(CONTROLLED);
    // Note 2 applies, and takes the card out: neither it nor its met conditions are drawn as controlled.
    const note = item(el, 'Note 2 to 3A090');
    expect(note.classList.contains('exclusion')).to.equal(true);
    expect(note.classList.contains('met')).to.equal(true);
    const noteStates = [note.querySelector('.item-head .state')!, ...note.querySelectorAll('tr.condition td.state')];
    expect(noteStates.map((s) => s.classList.contains('met'))).to.deep.equal([true, true, true]);
    for (const state of noteStates) expect(colourOf(state), text(state)).not.to.equal(CONTROLLED);
    // Nor a consequence that applies: the H100's "No License Exception NAC/ACA" beside its 3A090.a.1.
    el.chip = 'nvidia-h100-sxm5';
    await settled(el);
    const noException = item(el, 'No License Exception NAC/ACA');
    expect(noException.classList.contains('met')).to.equal(true);
    expect(colourOf(noException.querySelector('.item-head .state')!)).not.to.equal(CONTROLLED);
    expect(colourOf(item(el, '3A090.a.1').querySelector('.item-head .state')!)).to.equal(CONTROLLED);
  });

  it('names the consequences that apply under the January 2026 rule', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h100-sxm5" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    const applying = findAll(el, '[part="clause-table"] tbody.outcome.met .item-title').map(text);
    expect(applying).to.include('Case-by-case review for China and Macau');
    expect(applying).not.to.include('Presumption of denial for China and Macau');
  });
});

describe('<compute-threshold-calculator>: why, and the source', () => {
  it('shows the engine\'s explanation and warnings, the citation with http(s) links only, and folded caveats', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    const steps = findAll(el, '[part="explanation"] li').map(text);
    expect(steps[0]).to.equal('TPP is 15,832 = FP8 3,958 TFLOPS = 1,979 dense tera-operations/s (sparse, halved) × 8 bits, the highest of 4 figures.');
    expect(steps).to.include('Controlled: 3A090.a (3A090.a.1, 3A090.a.2).');
    expect(text(find(el, '[part="explanation"] summary'))).to.equal(`Why, step by step (${steps.length})`);
    expect(text(find(el, '[part="warnings"]'))).to.contain('The FP8 figure 3,958 TFLOPS was marked sparse and halved to 1,979 dense tera-operations/s');
    const citation = text(find(el, '.citation-block'));
    expect(citation).to.contain('88 FR 73458, published Oct 25, 2023, effective Nov 17, 2023; in force.');
    const links = findAll<HTMLAnchorElement>(el, 'a');
    expect(links.length).to.be.greaterThan(1);
    for (const a of links) {
      expect(a.href).to.match(/^https?:\/\//);
      expect(a.rel).to.contain('noopener');
    }
    expect(find<HTMLDetailsElement>(el, '.caveats').open).to.equal(false);
  });
});
