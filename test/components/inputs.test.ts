import { expect, html } from '@open-wc/testing';
import {
  choose, clickOn, deepActiveElement, describedBy, figureRows, figureValue, find, findAll, has, headline, mountUnfolded, settled,
  text, typeInto, verdict,
} from './helpers.js';

describe('<compute-threshold-calculator>: typing figures', () => {
  it('evaluates as the user types: FP8 600 TFLOPS on 814 mm² is TPP 4,800, controlled by 3A090.a.1', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await choose(el, find<HTMLSelectElement>(el, '#fig0-format'), 'FP8');
    await typeInto(el, figureValue(el), '600');
    await typeInto(el, find<HTMLInputElement>(el, '#die0-area'), '814');
    await clickOn(el, find(el, '#market-datacenter'));
    expect(text(find(el, '#tpp-value'))).to.equal('4,800');
    // 4,800 ÷ 814 = 5.897 < 5.92: 3A090.a.2 does not hold.
    expect(text(find(el, '#pd-value'))).to.equal('5.9');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clause met: 3A090.a.1.');
  });

  it('keeps every typed number as the exact text typed, in the form and in the spec', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const value = figureValue(el);
    await typeInto(el, value, '989.4000');
    await typeInto(el, find<HTMLInputElement>(el, '#dram'), '3350.10');
    expect(value.value).to.equal('989.4000');
    expect(el.spec.throughput![0]!.value).to.equal('989.4000');
    expect(el.spec.dramBandwidthGBps).to.equal('3350.10');
  });

  it('shows an invalid number\'s message by its field, linked by aria-describedby, keeps the text and the rest of the form working', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const value = figureValue(el);
    await typeInto(el, value, '1..5');
    expect(value.value).to.equal('1..5');
    expect(value.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(`${value.id}-error`)!;
    expect(describedBy(value)).to.include(error.id);
    expect(text(error)).to.equal('This is not a number as written: use digits, and “.” or “,” before the decimals, e.g. 1979.5.');
    expect(headline(el)).to.equal('Not controlled');
    expect(find(el, '[part="verdict"]').classList.contains('stale')).to.equal(true);
    const summary = find<HTMLButtonElement>(el, '.stale-note button');
    expect(text(summary)).to.equal('Figure 1, Value: This is not a number as written: use digits, and “.” or “,” before the decimals, e.g. 1979.5.');
    await clickOn(el, summary);
    expect(deepActiveElement()).to.equal(value);

    // The rest keeps working: another field still takes input, and fixing the number restores the verdict.
    const dram = find<HTMLInputElement>(el, '#dram');
    await typeInto(el, dram, '4100');
    expect(dram.value).to.equal('4100');
    expect(value.value).to.equal('1..5');
    await typeInto(el, value, '296');
    expect(value.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.getElementById(`${value.id}-error`)).to.equal(null);
    expect(verdict(el)).to.equal('Not controlled');
    expect(find(el, '[part="verdict"]').classList.contains('stale')).to.equal(false);
  });

  it('reads a decimal comma and grouped digits as the reader\'s language writes them, keeping the text typed', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const value = figureValue(el);
    for (const [typed, read] of [['296,5', '296.5'], ['1.979,5', '1979.5'], ['1,979.5', '1979.5'], ['1 979,5', '1979.5'], ['1\u202f979,5', '1979.5']] as const) {
      await typeInto(el, value, typed);
      expect(value.value, typed).to.equal(typed);
      expect(el.spec.throughput![0]!.value, typed).to.equal(read);
      expect(value.getAttribute('aria-invalid'), typed).to.equal('false');
    }
  });

  it('asks whether a lone separator before three digits groups thousands or marks decimals, and keeps the text', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const value = figureValue(el);
    await typeInto(el, value, '1,979');
    // No guess: the answer waits, out of date, and the field asks.
    expect(find(el, '[part="verdict"]').classList.contains('stale')).to.equal(true);
    expect(value.getAttribute('aria-invalid')).to.equal('true');
    const choices = findAll<HTMLButtonElement>(el, '.meant button');
    expect(choices.map(text)).to.deep.equal(['1979, a thousands separator', '1.979, a decimal mark']);
    await clickOn(el, choices[0]!);
    expect(value.value).to.equal('1,979');
    expect(el.spec.throughput![0]!.value).to.equal('1979');
    // FP8 1,979 TFLOPS × 8 bits = TPP 15,832 on 814 mm²: 3A090.a.
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(has(el, '.meant')).to.equal(false);
    // Another text asks again; the answer given was for "1,979" only.
    await typeInto(el, value, '1.979');
    expect(findAll(el, '.meant button').length).to.equal(2);
    await clickOn(el, findAll<HTMLButtonElement>(el, '.meant button')[1]!);
    expect(el.spec.throughput![0]!.value).to.equal('1.979');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('asks for the bit length of a format it does not know, next to the bit-length field', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await choose(el, find<HTMLSelectElement>(el, '#fig0-format'), 'other');
    await typeInto(el, find<HTMLInputElement>(el, '#fig0-customFormat'), 'MXFP4');
    await typeInto(el, figureValue(el), '1000');
    const bits = find<HTMLInputElement>(el, '#fig0-bitLength');
    expect(bits.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(bits)).to.include('fig0-bitLength-error');
    expect(text(el.shadowRoot!.getElementById('fig0-bitLength-error'))).to.equal('Not a known format: give its bit length.');
    await typeInto(el, bits, '4');
    expect(el.spec.throughput![0]).to.deep.equal({ format: 'MXFP4', value: '1000', unit: 'TFLOPS', bitLength: '4' });
    // 1,000 TFLOPS × 4 bits.
    expect(text(find(el, '#tpp-value'))).to.equal('4,000');
  });

  it('settles an open TF32 bit length: "Other…" keeps the name, and 19 bits decides it', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    // TF32 at 32 bits gives TPP 4,800 (3A090.a); at 19 bits 2,850 (3A090.b on 800 mm²): the rules leave it open.
    el.spec = { datacenter: true, throughput: [{ format: 'BF16', value: '150', unit: 'TFLOPS' }, { format: 'TF32', value: '150', unit: 'TFLOPS' }], dies: [{ areaMm2: '800' }] };
    await settled(el);
    expect(verdict(el)).to.equal('Cannot tell yet');
    expect(text(find(el, '.verdict-detail'))).to.equal('To decide, give the bit length the rules leave open. It could be 3A090.a or 3A090.b.');
    await choose(el, find<HTMLSelectElement>(el, '#fig1-format'), 'other');
    expect(find<HTMLInputElement>(el, '#fig1-customFormat').value).to.equal('TF32');
    await typeInto(el, find<HTMLInputElement>(el, '#fig1-bitLength'), '19');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    // TF32 150 × 19 bits = 2,850, above BF16 150 × 16 = 2,400, decides TPP; PD 2,850 ÷ 800 = 3.56.
    expect(text(find(el, '#tpp-value'))).to.equal('2,850');
  });

  it('leaves an empty row out of the evaluation instead of reporting it', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await clickOn(el, find(el, '#add-figure'));
    expect(figureRows(el)).to.have.length(5);
    expect(el.spec.throughput).to.have.length(4);
    expect(verdict(el)).to.equal('Not controlled');
  });
});

describe('<compute-threshold-calculator>: rows, market and rule set', () => {
  it('adds a figure row by clicking, focuses it, and counts it once a value is typed', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await clickOn(el, find(el, '#add-figure'));
    const added = figureRows(el).at(-1)!;
    expect(deepActiveElement()).to.equal(added.querySelector('select[id$="-format"]'));
    await typeInto(el, added.querySelector<HTMLInputElement>('input[id$="-value"]')!, '300');
    // FP16 300 TFLOPS × 16 bits = 4,800: the new figure now decides TPP.
    expect(text(find(el, '#tpp-value'))).to.equal('4,800');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
  });

  it('removes a figure row by clicking its remove button, and moves focus to the next row', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = {
      datacenter: true,
      throughput: [{ format: 'FP8', value: '3958', unit: 'TFLOPS', sparse: true }, { format: 'INT8', value: '1979', unit: 'TOPS' }, { format: 'FP16', value: '989.4', unit: 'TFLOPS' }],
      dies: [{ areaMm2: '814' }],
    };
    await el.updateComplete;
    const before = figureRows(el);
    expect(text(before[0]!.querySelector('.remove'))).to.equal('Remove figure 1');
    expect(findAll(el, '[part="metrics"] .formula').map(text)[0]).to.equal('= 1,979 × 8 bits (FP8)');
    await clickOn(el, before[0]!.querySelector('.remove')!);
    const after = figureRows(el);
    expect(after).to.have.length(before.length - 1);
    expect(el.spec.throughput!.map((e) => e.format)).to.deep.equal(['INT8', 'FP16']);
    // Without the sparse FP8 figure, INT8 1,979 TOPS decides: the same TPP, now from INT8.
    expect(text(find(el, '#tpp-value'))).to.equal('15,832');
    expect(findAll(el, '[part="metrics"] .formula').map(text)[0]).to.equal('= 1,979 × 8 bits (INT8)');
    expect(deepActiveElement()).to.equal(after[0]!.querySelector('.remove'));
  });

  it('adds and removes dies; without a die area the answer becomes undecided', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await clickOn(el, find(el, '#add-die'));
    expect(findAll(el, '.row.die')).to.have.length(2);
    expect(deepActiveElement()).to.equal(findAll(el, '.row.die')[1]!.querySelector('input[id$="-area"]'));
    for (const remove of findAll<HTMLButtonElement>(el, '.row.die .remove').reverse()) await clickOn(el, remove);
    expect(findAll(el, '.row.die')).to.have.length(0);
    // TPP 2,368 without a die area: 3A090.b.2 needs PD ≥ 3.2 (an area under 740 mm²), so the area decides.
    expect(verdict(el)).to.equal('Cannot tell yet');
    expect(text(find(el, '.verdict-detail'))).to.equal('To decide, give the die area. It could be 3A090.a or 3A090.b.');
    expect(deepActiveElement()?.id).to.equal('add-die');
  });

  it('counts a die on a planar process out of the applicable die area', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-l40"></compute-threshold-calculator>`);
    await clickOn(el, find(el, '#die0-nonPlanar'));
    expect(el.spec.dies![0]!.nonPlanar).to.equal(false);
    expect(findAll(el, '[part="metrics"] dd').map(text)[1]).to.equal('none: no die is non-planar');
    // TPP 2,897 is under 4,800, and every other clause needs a PD.
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('switches the market: the RTX 4090 D marketed for datacenters is controlled by 3A090.a', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    expect(find<HTMLInputElement>(el, '#market-other').checked).to.equal(true);
    await clickOn(el, find(el, '#market-datacenter'));
    expect(el.spec.datacenter).to.equal(true);
    // PD 7.74 ≥ 5.92 with TPP 4,706.8 ≥ 1,600.
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clause met: 3A090.a.2.');
    await clickOn(el, find(el, '#market-other'));
    expect(verdict(el)).to.equal('Not controlled');
    expect(text(find(el, '.verdict-detail'))).to.equal('Note 2 to 3A090 takes it out.');
  });

  it('explains why the market matters in the words of the selected rule set\'s note', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const help = find(el, '#market-help');
    expect(text(help)).to.contain('Note 2 to 3A090: “3A090 does not apply to items that are not designed or marketed for use in datacenters');
    expect(describedBy(find(el, 'fieldset.market'))).to.include('market-help');
  });

  it('switches rule sets: the A800 is controlled under the 2023 rule and not under the 2022 rule', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    const select = find<HTMLSelectElement>(el, '#rule-set');
    expect([...select.options].map((o) => o.textContent)).to.include('ECCN 3A090, October 2022 rule');
    await choose(el, select, 'bis-3a090-2022');
    await settled(el);
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    // Its 464 GB/s interconnect is under the 2022 rule's 600 GB/s.
    expect(verdict(el)).to.equal('Not controlled');
    expect(text(find(el, '.verdict-under'))).to.equal('under ECCN 3A090, October 2022 rule (superseded)');
    expect(text(find(el, '[part="warnings"]'))).to.contain('superseded');
  });

  it('takes a standalone HBM stack\'s figures, and the HBM rule set classifies it', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator rule-set="bis-3a090c-2024"></compute-threshold-calculator>`);
    expect(el.shadowRoot!.querySelector('#hbm-bandwidth')).to.equal(null);
    await clickOn(el, find(el, '#kind-hbm-stack'));
    await typeInto(el, find<HTMLInputElement>(el, '#hbm-bandwidth'), '819');
    await typeInto(el, find<HTMLInputElement>(el, '#hbm-area'), '110');
    // 819 GB/s ÷ 110 mm² = 7.45 GB/s/mm², over the rule's 2.
    expect(text(find(el, '#mbd-value'))).to.contain('7.45');
    expect(verdict(el)).to.equal('Controlled: 3A090.c');
  });

  it('says whether the rules shown use each bandwidth', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator rule-set="bis-3a090-2022"></compute-threshold-calculator>`);
    // The 2022 rule tests the interconnect; the other rules' lines (the 2025 letters, the 2026 review) test the DRAM bandwidth.
    expect(text(find(el, '#interconnect-help'))).to.equal('Both directions, to other chips; memory excluded. Used by the rules shown.');
    expect(text(find(el, '#dram-help'))).to.equal('All DRAM attached, HBM included. Used by the rules shown.');
  });
});
