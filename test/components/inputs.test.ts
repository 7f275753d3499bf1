import { expect, html } from '@open-wc/testing';
import { describedBy, figureRows, find, findAll, mount, text, typeInto, verdict } from './helpers.js';

describe('<compute-threshold-calculator>: typing figures', () => {
  it('evaluates as the user types: FP8 600 TFLOPS on 814 mm² is TPP 4,800, controlled by 3A090.a.1', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const row = figureRows(el)[0]!;
    const format = row.querySelector<HTMLSelectElement>('select[id$="-format"]')!;
    format.value = 'FP8';
    format.dispatchEvent(new Event('change'));
    await typeInto(el, row.querySelector<HTMLInputElement>('input[id$="-value"]')!, '600');
    await typeInto(el, find<HTMLInputElement>(el, 'input[id$="-area"]'), '814');
    find<HTMLInputElement>(el, '#market-datacenter').click();
    await el.updateComplete;
    expect(text(find(el, '#tpp-value'))).to.equal('4,800');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a \(3A090\.a\.1/);
  });

  it('keeps every typed number as the exact text typed, in the form and in the spec', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const value = figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!;
    await typeInto(el, value, '989.4000');
    await typeInto(el, find<HTMLInputElement>(el, '#dram'), '3350.10');
    expect(value.value).to.equal('989.4000');
    expect(el.spec.throughput![0]!.value).to.equal('989.4000');
    expect(el.spec.dramBandwidthGBps).to.equal('3350.10');
  });

  it('shows an invalid number\'s message by its field, linked by aria-describedby, keeps the text and the rest of the form working', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const value = figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!;
    await typeInto(el, value, '1,5');
    expect(value.value).to.equal('1,5');
    expect(value.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(`${value.id}-error`)!;
    expect(describedBy(value)).to.include(error.id);
    expect(text(error)).to.contain('Use “.” as the decimal separator');
    expect(verdict(el)).to.equal('Cannot evaluate: 1 field needs fixing');
    const summary = find<HTMLButtonElement>(el, '.verdict-errors button');
    expect(text(summary)).to.match(/^Figure 1, Value: Use “\.” as the decimal separator/);
    value.blur();
    summary.click();
    expect(el.shadowRoot!.activeElement).to.equal(value);

    // The rest keeps working: another field still takes input, and fixing the number restores the verdict.
    const dram = find<HTMLInputElement>(el, '#dram');
    await typeInto(el, dram, '4100');
    expect(dram.value).to.equal('4100');
    expect(value.value).to.equal('1,5');
    await typeInto(el, value, '296');
    expect(value.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.getElementById(`${value.id}-error`)).to.equal(null);
    expect(verdict(el)).to.match(/^Not controlled/);
  });

  it('asks for the bit length of a format it does not know, next to the bit-length field', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const row = figureRows(el)[0]!;
    const format = row.querySelector<HTMLSelectElement>('select[id$="-format"]')!;
    format.value = 'other';
    format.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await typeInto(el, row.querySelector<HTMLInputElement>('input[id$="-customFormat"]')!, 'MXFP4');
    await typeInto(el, row.querySelector<HTMLInputElement>('input[id$="-value"]')!, '1000');
    const bits = row.querySelector<HTMLInputElement>('input[id$="-bitLength"]')!;
    expect(bits.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(`${bits.id}-error`))).to.equal('Not a known format: give its bit length.');
    await typeInto(el, bits, '4');
    expect(el.spec.throughput![0]).to.deep.equal({ format: 'MXFP4', value: '1000', unit: 'TFLOPS', bitLength: '4' });
    expect(text(find(el, '#tpp-value'))).to.equal('4,000');
  });

  it('settles an open TF32 bit length: the question points to the row, and "Other…" keeps the name', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    // TF32 at 32 bits gives TPP 4,800 (3A090.a); at 19 bits 2,850 (3A090.b): the rules leave it open.
    el.spec = { datacenter: true, throughput: [{ format: 'BF16', value: '150', unit: 'TFLOPS' }, { format: 'TF32', value: '150', unit: 'TFLOPS' }], dies: [{ areaMm2: '800' }] };
    await el.updateComplete;
    expect(verdict(el)).to.match(/^Cannot tell without the bit length of TF32/);
    find<HTMLButtonElement>(el, '.decide button').click();
    const format = figureRows(el)[1]!.querySelector<HTMLSelectElement>('select[id$="-format"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(format);
    format.value = 'other';
    format.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(figureRows(el)[1]!.querySelector<HTMLInputElement>('input[id$="-customFormat"]')!.value).to.equal('TF32');
    await typeInto(el, figureRows(el)[1]!.querySelector<HTMLInputElement>('input[id$="-bitLength"]')!, '19');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.b/);
  });

  it('leaves an empty row out of the evaluation instead of reporting it', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    find<HTMLButtonElement>(el, '#add-figure').click();
    await el.updateComplete;
    expect(figureRows(el)).to.have.length(5);
    expect(el.spec.throughput).to.have.length(4);
    expect(verdict(el)).to.match(/^Not controlled/);
  });
});

describe('<compute-threshold-calculator>: rows, market and rule set', () => {
  it('adds a figure row by clicking, focuses it, and counts it once a value is typed', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    find<HTMLButtonElement>(el, '#add-figure').click();
    await el.updateComplete;
    const added = figureRows(el).at(-1)!;
    expect(el.shadowRoot!.activeElement).to.equal(added.querySelector('select[id$="-format"]'));
    await typeInto(el, added.querySelector<HTMLInputElement>('input[id$="-value"]')!, '300');
    // FP16 300 TFLOPS x 16 bits = 4,800: the new figure now decides TPP.
    expect(text(find(el, '#tpp-value'))).to.equal('4,800');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
  });

  it('removes a figure row by clicking its remove button, and moves focus to the next row', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = {
      datacenter: true,
      throughput: [{ format: 'FP8', value: '3958', unit: 'TFLOPS', sparse: true }, { format: 'INT8', value: '1979', unit: 'TOPS' }, { format: 'FP16', value: '989.4', unit: 'TFLOPS' }],
      dies: [{ areaMm2: '814' }],
    };
    await el.updateComplete;
    const before = figureRows(el);
    expect(text(before[0]!.querySelector('.remove'))).to.equal('Remove figure 1');
    before[0]!.querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    const after = figureRows(el);
    expect(after).to.have.length(before.length - 1);
    expect(el.spec.throughput!.map((e) => e.format)).not.to.include('FP8');
    // Without the sparse FP8 figure, INT8 1,979 TOPS decides: the same TPP, now from INT8.
    expect(text(find(el, '[part="metrics"]'))).to.contain('× 8 bits (INT8)');
    expect(el.shadowRoot!.activeElement).to.equal(after[0]!.querySelector('.remove'));
  });

  it('adds and removes dies; without a die area the answer becomes undecided', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    find<HTMLButtonElement>(el, '#add-die').click();
    await el.updateComplete;
    expect(findAll(el, '.row.die')).to.have.length(2);
    for (const remove of findAll<HTMLButtonElement>(el, '.row.die .remove').reverse()) {
      remove.click();
      await el.updateComplete;
    }
    expect(findAll(el, '.row.die')).to.have.length(0);
    expect(verdict(el)).to.equal('Cannot tell without the die area');
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-die');
  });

  it('counts a die on a planar process out of the applicable die area', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-l40"></compute-threshold-calculator>`);
    find<HTMLInputElement>(el, 'input[id$="-nonPlanar"]').click();
    await el.updateComplete;
    expect(el.spec.dies![0]!.nonPlanar).to.equal(false);
    expect(text(find(el, '[part="metrics"]'))).to.contain('does not exist');
    expect(verdict(el)).to.match(/^Not controlled/);
  });

  it('switches the market: the RTX 4090 D marketed for datacenters is controlled by 3A090.a', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    expect(find<HTMLInputElement>(el, '#market-other').checked).to.equal(true);
    find<HTMLInputElement>(el, '#market-datacenter').click();
    await el.updateComplete;
    expect(el.spec.datacenter).to.equal(true);
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a \(3A090\.a\.2\)/);
    find<HTMLInputElement>(el, '#market-other').click();
    await el.updateComplete;
    expect(verdict(el)).to.equal('Not controlled: Note 2 to 3A090 applies');
  });

  it('explains why the market matters in the words of the selected rule set\'s note', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const help = find(el, '#market-help');
    expect(text(help)).to.contain('Note 2 to 3A090');
    expect(describedBy(find(el, 'fieldset.market'))).to.include('market-help');
  });

  it('switches rule sets: the A800 is controlled under the 2023 rule and not under the 2022 rule', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
    const select = find<HTMLSelectElement>(el, '#rule-set');
    expect([...select.options].map((o) => o.textContent)).to.deep.include.members([
      'ECCN 3A090, October 2022 rule — effective Oct 7, 2022 (superseded)',
    ]);
    select.value = 'bis-3a090-2022';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(verdict(el)).to.match(/^Not controlled/);
    expect(text(find(el, '#rule-set-help'))).to.contain('superseded');
    expect(text(find(el, '[part="warnings"]'))).to.contain('superseded');
  });

  it('opens the HBM stack inputs when the HBM rule set is selected, and keeps them folded otherwise', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    expect(find<HTMLDetailsElement>(el, 'details.hbm').open).to.equal(false);
    el.ruleSet = 'bis-3a090c-2024';
    await el.updateComplete;
    expect(find<HTMLDetailsElement>(el, 'details.hbm').open).to.equal(true);
    await typeInto(el, find<HTMLInputElement>(el, '#hbm-bandwidth'), '819');
    await typeInto(el, find<HTMLInputElement>(el, '#hbm-area'), '110');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.c/);
  });

  it('says which bandwidth the selected rule set uses', async () => {
    const el = await mount(html`<compute-threshold-calculator rule-set="bis-3a090-2022"></compute-threshold-calculator>`);
    expect(text(find(el, '#interconnect-help'))).to.contain('The selected rule set uses it.');
    expect(text(find(el, '#dram-help'))).to.contain('does not use it');
    el.ruleSet = 'bis-china-review-2026';
    await el.updateComplete;
    expect(text(find(el, '#dram-help'))).to.contain('The selected rule set uses it.');
  });
});
