/**
 * Who buys, where the chips go, how many, for what use (issue 15): the shipment's inputs, the card's
 * lines for the tariff, the licence and the caps, the total TPP and H100-equivalents, links, and the
 * rule-set selector's what-if group.
 */
import { expect, html } from '@open-wc/testing';
import { readHash } from '../../src/model/share-state.js';
import {
  choose, clickOn, deepActiveElement, describedBy, fill, find, findAll, has, hashOf, mount, mountAlone, mountUnfolded, notices, pickChip,
  press, setHash, settled, text, typeInto, type Calculator,
} from './helpers.js';

const lines = (el: Calculator) => findAll(el, '[part="overlays"] li').map(text);
const line = (el: Calculator, title: string) => lines(el).find((l) => l.startsWith(title)) ?? '';
const select = (el: Calculator, id: string) => find<HTMLSelectElement>(el, `#${id}`);
const selectedText = (el: Calculator, id: string) => select(el, id).selectedOptions[0]?.textContent?.trim();

afterEach(() => setHash(''));

const fold = (el: Calculator) => find<HTMLDetailsElement>(el, '.shipment-fold');
/** Opens the shipment's fold as a reader does, with a click on its summary. */
async function openShipment(el: Calculator) {
  if (!fold(el).open) await clickOn(el, find(el, '#shipment-summary'));
  expect(fold(el).open).to.equal(true);
}

describe('the shipment: the card’s lines', () => {
  it('gives the H200 the tariff’s band 1 and asks for the use in the US; a listed use exempts it, none of them leaves the 25% duty', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h200-sxm"></compute-threshold-calculator>`);
    await settled(el);
    expect(line(el, 'Section 232 tariff')).to.equal('Section 232 tariff (Jan 2026): covered by the 25% Section 232 duty; depends on the use in the US');
    // The band is met but its consequence is open: the line is undecided, not "controlled".
    const tariff = findAll(el, '[part="overlays"] li').find((li) => text(li).startsWith('Section 232'))!;
    expect(tariff.classList.contains('indeterminate')).to.equal(true);

    // The open question is a way to the input that settles it.
    await clickOn(el, tariff.querySelector('button')!);
    await settled(el);
    expect(deepActiveElement()?.id).to.equal('tariff-exemption');
    await choose(el, select(el, 'tariff-exemption'), 'us-data-center');
    expect(line(el, 'Section 232 tariff')).to.equal('Section 232 tariff (Jan 2026): Exempt: imported for an exempted US end use');
    await choose(el, select(el, 'tariff-exemption'), 'none');
    expect(line(el, 'Section 232 tariff')).to.equal('Section 232 tariff (Jan 2026): 25% duty on import into the United States');
    // Only the shipment changed: the chip is still the catalog's.
    expect(has(el, '.edited')).to.equal(false);
  });

  it('names together the rules that do not cover the H20, in one line, and answers the others one line each', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await settled(el);
    expect(lines(el)).to.deep.equal([
      'H20-class letters (Apr 2025): Licence required for China, Hong Kong, Macau and D:5 (reported, not published)',
      'AI Diffusion caps (2025): depends on the number of chips (not enforced)',
      'Not applicable: China licence review (Jan 2026), Section 232 tariff (Jan 2026), and Licence by destination and buyer (2026)',
    ]);
    for (const li of findAll(el, '[part="overlays"] li')) expect(li.querySelector('svg.icon'), text(li)).to.exist;
  });

  it('decides the licence by the destination and the buyer’s headquarters, each allowed to be unknown', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    expect(line(el, 'Licence by destination')).to.match(/^Licence by destination and buyer \(2026\): depends on /);
    expect(line(el, 'Licence by destination')).to.contain('the destination').and.contain('the buyer’s headquarters');

    // The United Arab Emirates are in Country Group D:4 (and not A:5 or A:6): a licence is required.
    await choose(el, select(el, 'destination'), 'AE');
    expect(selectedText(el, 'destination')).to.equal('United Arab Emirates');
    expect(line(el, 'Licence by destination')).to.contain('Licence required: destination in D:1, D:4 or D:5');

    // A buyer in France headquartered in China needs one too (the BIS guidance of May 31, 2026).
    await choose(el, select(el, 'destination'), 'FR');
    expect(line(el, 'Licence by destination')).to.equal('Licence by destination and buyer (2026): depends on the buyer’s headquarters');
    await choose(el, select(el, 'buyer-headquarters'), 'CN');
    expect(line(el, 'Licence by destination')).to.equal('Licence by destination and buyer (2026): Licence required: buyer headquartered in D:5 or Macau');
    await choose(el, select(el, 'buyer-headquarters'), 'FR');
    expect(line(el, 'Licence by destination')).to.equal('Licence by destination and buyer (2026): No licence by destination or headquarters');
    // Back to unknown: the question comes back.
    await choose(el, select(el, 'buyer-headquarters'), '');
    expect(line(el, 'Licence by destination')).to.equal('Licence by destination and buyer (2026): depends on the buyer’s headquarters');
  });

  it('lists every country by name, with "Not known" first', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    for (const id of ['destination', 'buyer-headquarters', 'ship-from']) {
      const options = [...select(el, id).options];
      expect(options[0]!.value, id).to.equal('');
      expect(options[0]!.textContent!.trim()).to.equal('Not known');
      expect(options.length, id).to.be.greaterThan(240);
      expect(options.find((o) => o.value === 'CN')?.textContent?.trim()).to.equal('China');
    }
  });
});

describe('the shipment: quantities', () => {
  it('shows 75,000 H200: 1,187,400,000 TPP, 75,000 H100-equivalents both ways, and 1.50× a tier-2 country’s allocation', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h200-sxm"></compute-threshold-calculator>`);
    await openShipment(el);
    // A count has no decimals: "75,000" is seventy-five thousand in any convention, with no question asked.
    await typeInto(el, find<HTMLInputElement>(el, '#quantity'), '75,000');
    expect(has(el, '.meant')).to.equal(false);
    expect(text(find(el, '#total-tpp-value'))).to.equal('1,187,400,000');
    expect(text(find(el, '.fleet .formula'))).to.equal('TPP = 75,000 chips × 15,832');
    expect(text(find(el, '.fleet .h100e'))).to.equal('75,000 H100-equivalents by TPP, 75,000 by 8-bit operations.');
    // Where both conventions agree, no note.
    expect(has(el, '.fleet .h100e-note')).to.equal(false);
    expect(line(el, 'AI Diffusion caps')).to.equal("AI Diffusion caps (2025): over a tier-2 country's allocation (not enforced)");
    expect(find<HTMLInputElement>(el, '#quantity').value).to.equal('75,000');

    // The working, under the caps rule set, gives the multiple.
    await choose(el, select(el, 'rule-set'), 'us-ai-diffusion-caps-2025');
    await settled(el);
    expect(text(find(el, '[part="clause-table"]'))).to.contain('397,400,000 over 790,000,000: 1.50× the line');
  });

  it('counts a B300 as 3.79 H100-equivalents by TPP and 2.53 by 8-bit operations', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-b300" shipment='{"quantity": 1}'></compute-threshold-calculator>`);
    expect(text(find(el, '.fleet .h100e'))).to.equal('3.79 H100-equivalents by TPP, 2.53 by 8-bit operations.');
    // FP4 15,000 × 4 bits = TPP 60,000; its FP8 rate is 5,000 against the H100's 1,979.
    expect(text(find(el, '.fleet .h100e-note'))).to.equal('They differ: TPP takes the FP4 rate × 4 bits, the format that gives the most; the 8-bit count takes the 8-bit rate.');
  });

  it('names the field and keeps the text of a count that is not whole', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h200-sxm"></compute-threshold-calculator>`);
    await openShipment(el);
    const quantity = find<HTMLInputElement>(el, '#quantity');
    await fill(el, quantity, '12.5');
    expect(el.result!.status).to.equal('invalid');
    expect(text(find(el, '.stale-note'))).to.contain('Number of chips:');
    expect(describedBy(quantity)).to.include('quantity-error');
    expect(quantity.value).to.equal('12.5');
    expect(quantity.getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('the shipment: given by the page, kept, linked', () => {
  it('keeps the shipment when another chip is picked, and the chip stays the catalog’s', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h200-sxm" shipment='{"quantity": "1000", "destinationCountry": "cn"}'></compute-threshold-calculator>`);
    expect(el.spec.quantity).to.equal('1000');
    expect(el.spec.destinationCountry).to.equal('cn');
    await pickChip(el, 'B200');
    expect(el.chip).to.equal('nvidia-b200');
    expect(el.spec.quantity).to.equal('1000');
    expect(text(find(el, '#total-tpp-value'))).to.equal('36,000,000');
    expect(has(el, '.edited')).to.equal(false);
  });

  it('shows a code the engine does not know as given, and names it', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h100-sxm5" shipment='{"destinationCountry": "XX"}'></compute-threshold-calculator>`);
    expect(select(el, 'destination').value).to.equal('XX');
    expect(el.result!.status).to.equal('invalid');
    expect(text(find(el, '#destination-error'))).to.contain('"XX" is not an ISO 3166-1 alpha-2 country code');
  });

  it('says what is wrong with a shipment attribute, and leaves the chip as it was', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20" shipment='{"quantity": 5, "colour": "red"}'></compute-threshold-calculator>`);
    expect(notices(el)).to.contain('Some fields of the given shipment are not shipment fields and were left out: colour.');
    el.setAttribute('shipment', '{oops');
    await el.updateComplete;
    expect(notices(el)).to.contain('The shipment attribute is not valid JSON');
    expect(el.result!.status).to.equal('not-controlled');
  });

  it('puts the shipment in the link beside the catalog chip, and a link brings both back', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator sync-url chip="nvidia-h200-sxm"></compute-threshold-calculator>`);
    await choose(el, select(el, 'destination'), 'AE');
    await el.updateComplete;
    const read = readHash(window.location.hash);
    expect(read && 'state' in read ? read.state : null).to.deep.include({ chip: 'nvidia-h200-sxm', shipment: { destinationCountry: 'AE' } });

    setHash(hashOf({ chip: 'nvidia-b200', shipment: { quantity: '10', buyerHeadquartersCountry: 'CN' } }));
    // Alone, as a reader opening the link: two sync-url widgets on one page keep separate keys.
    const other = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(other.chip).to.equal('nvidia-b200');
    expect(other.spec.buyerHeadquartersCountry).to.equal('CN');
    expect(text(find(other, '#total-tpp-value'))).to.equal('360,000');
  });
});

describe('the shipment: folded while nothing is given', () => {
  const fields = ['quantity', 'destination', 'buyer-headquarters', 'ship-from', 'tariff-exemption', 'us-end-use-quantity'];
  const summary = (el: Calculator) => text(find(el, '#shipment-summary'));

  it('folds the shipment behind a summary that says nothing is given; Enter on it opens it, and its fields take the focus in turn', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(fold(el).open).to.equal(false);
    expect(summary(el)).to.equal('The shipment optional; none given');
    for (const id of fields) expect(find(el, `#${id}`).checkVisibility(), id).to.equal(false);

    find(el, '#shipment-summary').focus();
    await press(el, 'Enter');
    expect(fold(el).open).to.equal(true);
    // The fields are a group named as before, after the summary in the Tab order.
    expect(find(el, 'fieldset#shipment > legend').textContent!.trim()).to.equal('The shipment');
    const reached: string[] = [];
    for (let i = 0; i < fields.length; i += 1) {
      await press(el, 'Tab');
      reached.push(deepActiveElement()?.id ?? '');
    }
    expect(reached).to.deep.equal(fields);

    // Closed by the reader with a value given, it stays closed, and its summary says what it holds.
    await typeInto(el, find<HTMLInputElement>(el, '#quantity'), '1,000');
    expect(find(el, '.fold-state').checkVisibility()).to.equal(false);
    await clickOn(el, find(el, '#shipment-summary'));
    await settled(el);
    expect(fold(el).open).to.equal(false);
    expect(summary(el)).to.equal('The shipment Number of chips: 1,000');
    expect(find(el, '.fold-state').checkVisibility()).to.equal(true);
    // A value cleared leaves it open: it never folds under the reader's hands.
    await clickOn(el, find(el, '#shipment-summary'));
    await typeInto(el, find<HTMLInputElement>(el, '#quantity'), '');
    await settled(el);
    expect(fold(el).open).to.equal(true);
    await clickOn(el, find(el, '#shipment-summary'));
    await settled(el);
    expect(fold(el).open).to.equal(false);
    expect(summary(el)).to.equal('The shipment optional; none given');
  });

  it('is open, and its summary says what it holds, whenever a value is given by the page or a link', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h200-sxm" shipment='{"quantity": "75000", "destinationCountry": "AE", "tariffExemption": "us-research"}'></compute-threshold-calculator>`);
    expect(fold(el).open).to.equal(true);
    expect(summary(el)).to.equal('The shipment Number of chips: 75000; Destination country: United Arab Emirates; Use in the US (Section 232 duty): Research and development in the US');
    expect(find(el, '#quantity').checkVisibility()).to.equal(true);

    // A value arriving later opens a fold that was closed.
    const other = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(fold(other).open).to.equal(false);
    other.setAttribute('shipment', '{"buyerHeadquartersCountry": "CN"}');
    await settled(other);
    expect(fold(other).open).to.equal(true);
    expect(summary(other)).to.equal('The shipment Buyer’s headquarters (or its parent’s): China');
  });

  it('opens before the card’s "depends on the number of chips" moves the focus into it', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await settled(el);
    await clickOn(el, find(el, '[part="overlays"] button'));
    await settled(el);
    expect(deepActiveElement()?.id).to.equal('quantity');
    expect(fold(el).open).to.equal(true);
  });
});

describe('the rule-set selector', () => {
  it('offers the chip rules, then the bills and the withdrawn draft as a what-if group, and no rule on training runs', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const rules = select(el, 'rule-set');
    const ids = [...rules.options].map((o) => o.value);
    expect(ids).to.include.members(['bis-3a090-2023', 'us-section-232-tariff-2026', 'bis-advanced-computing-licence-2026', 'bis-china-volume-cap-2026']);
    expect(ids.filter((id) => ['eu-ai-act-art51', 'ca-sb53', 'ny-raise', 'us-eo-14110'].includes(id))).to.deep.equal([]);
    const group = rules.querySelector('optgroup')!;
    expect(group.label).to.equal('What if: bills and drafts');
    expect([...group.querySelectorAll('option')].map((o) => o.value)).to.deep.equal([
      'us-draft-scale-licensing-2026', 'us-bill-gain-ai-2025', 'us-bill-safe-chips-2025', 'us-bill-ai-overwatch-2026',
    ]);
  });

  it('checks the H20 against the GAIN AI Act: its 4,000 GB/s of DRAM bandwidth is over the bill’s 1,400', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20" rule-set="us-bill-gain-ai-2025"></compute-threshold-calculator>`);
    expect(text(find(el, '.verdict-text'))).to.match(/^Controlled/);
    expect(text(find(el, '.verdict-under'))).to.contain('(a bill, not law)');
  });
});
