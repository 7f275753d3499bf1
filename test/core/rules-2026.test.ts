import { expect } from '@open-wc/testing';
import { catalog, evaluate, getRuleSet, type ChipSpec } from '../../src/core/index.js';
import { clause, specWithTpp, verdict } from './helpers.js';

/** Issue 15: tariff bands, who and where, quantities and caps, bills. */
const chip = (id: string): ChipSpec => structuredClone(catalog.find((c) => c.id === id)!.spec);
const met = (r: ReturnType<typeof evaluate>) => r.outcomes.filter((o) => o.met === true).map((o) => o.id);

describe('us-section-232-tariff-2026: the 25% duty\'s two bands (issue 15.1)', () => {
  const run = (tpp: string, dram: string, extra: Partial<ChipSpec> = {}) =>
    evaluate(specWithTpp(tpp, { extra: { dramBandwidthGBps: dram, ...extra } }), 'us-section-232-tariff-2026');

  it('H200 in band 1, MI325X in band 2, H100 and B200 in neither', () => {
    const h200 = evaluate(chip('nvidia-h200-sxm'), 'us-section-232-tariff-2026');
    expect([h200.status, h200.matchedClauses]).to.deep.equal(['controlled', ['band-1']]);
    expect(h200.metrics!.tpp).to.equal('15832');
    const mi325x = evaluate(chip('amd-mi325x'), 'us-section-232-tariff-2026');
    expect([mi325x.status, mi325x.matchedClauses, mi325x.metrics!.tpp]).to.deep.equal(['controlled', ['band-2'], '20919.2']);
    for (const id of ['nvidia-h100-sxm5', 'nvidia-b200']) expect(evaluate(chip(id), 'us-section-232-tariff-2026').status, id).to.equal('not-controlled');
    expect(h200.classification).to.equal('covered by the 25% Section 232 duty');
  });

  it('every band edge is strict, tested on it and either side', () => {
    const inBand = (r: ReturnType<typeof run>) => r.matchedClauses.join();
    // Band 1: TPP 14,000 < x < 17,500 and DRAM 4,500 < y < 5,000, around the H200 (15,832; 4,800).
    for (const [tpp, dram, expected] of [
      ['14000', '4800', ''], ['14000.001', '4800', 'band-1'], ['13999.999', '4800', ''],
      ['17500', '4800', ''], ['17499.999', '4800', 'band-1'], ['17500.001', '4800', ''],
      ['15832', '4500', ''], ['15832', '4500.001', 'band-1'], ['15832', '4499.999', ''],
      ['15832', '5000', ''], ['15832', '4999.999', 'band-1'], ['15832', '5000.001', ''],
      // Band 2: TPP 20,800 < x < 21,100 and DRAM 5,800 < y < 6,200, around the MI325X (20,919.2; 6,000).
      ['20800', '6000', ''], ['20800.001', '6000', 'band-2'], ['20799.999', '6000', ''],
      ['21100', '6000', ''], ['21099.999', '6000', 'band-2'], ['21100.001', '6000', ''],
      ['20919.2', '5800', ''], ['20919.2', '5800.001', 'band-2'], ['20919.2', '5799.999', ''],
      ['20919.2', '6200', ''], ['20919.2', '6199.999', 'band-2'], ['20919.2', '6200.001', ''],
    ] as const) {
      expect(inBand(run(tpp, dram)), `TPP ${tpp}, DRAM ${dram}`).to.equal(expected);
    }
    // Epoch's rounded MI325X figure (2.6 PFLOPS, TPP 20,800) is outside band 2; the datasheet's is inside.
    expect(run('20800', '6000').status).to.equal('not-controlled');
  });

  it('the exemption is an input, unknown by default: it decides the duty, not the band', () => {
    const open = run('15832', '4800');
    expect(met(open)).to.deep.equal([]);
    expect(clause(open, 'duty-25').met).to.equal(null);
    expect(open.explanation).to.include('25% duty on import into the United States: depends on the US end use the chips are imported for.');
    expect(met(run('15832', '4800', { tariffExemption: 'none' }))).to.deep.equal(['duty-25']);
    expect(met(run('15832', '4800', { tariffExemption: 'us-data-center' }))).to.deep.equal(['exempt']);
    expect(met(run('15832', '4800', { tariffExemption: 'us-research' }))).to.deep.equal(['exempt']);
    expect(evaluate(specWithTpp('15832', { extra: { tariffExemption: 'tax-haven' as never } }), 'us-section-232-tariff-2026').errors.map((e) => [e.field, e.code]))
      .to.deep.equal([['tariffExemption', 'unknown-exemption']]);
  });

  it('without the DRAM bandwidth a chip in a TPP window is undecided, and it says so', () => {
    const r = evaluate(specWithTpp('15832'), 'us-section-232-tariff-2026');
    expect(r.status).to.equal('indeterminate');
    expect(r.decidedBy.map((d) => d.field)).to.deep.equal(['dramBandwidthGBps']);
    expect(evaluate(specWithTpp('36000'), 'us-section-232-tariff-2026').status).to.equal('not-controlled');
  });

  it('cites the proclamation, with evidence levels per band, and warns near an edge', () => {
    const rules = getRuleSet('us-section-232-tariff-2026')!;
    expect(rules.citation.document).to.match(/^Proclamation 11002 of January 14, 2026/);
    expect(rules.clauses.map((c) => [c.id, c.evidence])).to.deep.equal([['band-1', 'quoted'], ['band-2', 'secondary']]);
    expect(rules.caveats.join(' ')).to.include('5,800 and 6,200 GB/s');
    const mi325x = evaluate(chip('amd-mi325x'), 'us-section-232-tariff-2026');
    expect(mi325x.warnings.filter((w) => w.includes('within 1%')).length).to.be.greaterThan(0);
  });
});

describe('who and where: destination, buyer\'s headquarters, ship-from (issue 15.2)', () => {
  const h200 = (extra: Partial<ChipSpec> = {}) => ({ ...chip('nvidia-h200-sxm'), ...extra });
  const licence = (extra: Partial<ChipSpec>) => met(evaluate(h200(extra), 'bis-advanced-computing-licence-2026')).filter((id) => !id.startsWith('nac'));

  it('reads ISO 3166 alpha-2 codes in any case, and refuses others by name', () => {
    const r = evaluate(h200({ destinationCountry: 'ae', buyerHeadquartersCountry: ' cn ', shipFromCountry: 'US' }), 'bis-advanced-computing-licence-2026');
    expect(r.metrics!.shipment).to.deep.include({ destinationCountry: 'AE', buyerHeadquartersCountry: 'CN', shipFromCountry: 'US' });
    expect(r.metrics!.shipment.destinationGroups).to.deep.equal(['D:4']);
    expect(r.metrics!.shipment.buyerHeadquartersGroups).to.deep.equal(['D:1', 'D:4', 'D:5']);
    const bad = evaluate(h200({ destinationCountry: 'XX', shipFromCountry: 5 as never }));
    expect(bad.errors.map((e) => [e.field, e.code])).to.deep.equal([['destinationCountry', 'unknown-country'], ['shipFromCountry', 'wrong-type']]);
    expect(bad.errors[0]!.message).to.equal('destinationCountry "XX" is not an ISO 3166-1 alpha-2 country code (e.g. "US", "CN", "AE").');
  });

  it('the BIS guidance of 2026-05-31: a buyer headquartered in D:5 or Macau needs a licence wherever it is', () => {
    expect(licence({ destinationCountry: 'MY', buyerHeadquartersCountry: 'CN' })).to.deep.equal(['licence-headquarters']);
    expect(licence({ destinationCountry: 'DE', buyerHeadquartersCountry: 'MO' })).to.deep.equal(['licence-headquarters']);
    expect(licence({ destinationCountry: 'DE', buyerHeadquartersCountry: 'RU' })).to.deep.equal(['licence-headquarters']);
    expect(licence({ destinationCountry: 'DE', buyerHeadquartersCountry: 'US' })).to.deep.equal(['no-destination-or-headquarters-licence']);
  });

  it('the destination test: D:1, D:4 or D:5 not also A:5 or A:6, and Macau', () => {
    expect(licence({ destinationCountry: 'AE', buyerHeadquartersCountry: 'AE' })).to.deep.equal(['licence-destination']);
    expect(licence({ destinationCountry: 'VN', buyerHeadquartersCountry: 'VN' })).to.deep.equal(['licence-destination']);
    expect(licence({ destinationCountry: 'MO', buyerHeadquartersCountry: 'US' })).to.deep.equal(['licence-destination']);
    expect(licence({ destinationCountry: 'HK', buyerHeadquartersCountry: 'US' })).to.deep.equal(['licence-destination']);
    // Israel is in D:4 and in A:6: no destination licence.
    expect(licence({ destinationCountry: 'IL', buyerHeadquartersCountry: 'IL' })).to.deep.equal(['no-destination-or-headquarters-licence']);
    expect(licence({ destinationCountry: 'IN', buyerHeadquartersCountry: 'IN' })).to.deep.equal(['no-destination-or-headquarters-licence']);
  });

  it('says what decides it, naming the missing country', () => {
    const r = evaluate(h200({ destinationCountry: 'DE' }), 'bis-advanced-computing-licence-2026');
    expect(r.status).to.equal('controlled');
    expect(clause(r, 'licence-headquarters').met).to.equal(null);
    expect(r.explanation).to.include('Licence required: buyer headquartered in D:5 or Macau: depends on the country where the buyer (or its ultimate parent) is headquartered.');
    const none = evaluate(h200(), 'bis-advanced-computing-licence-2026');
    expect(none.explanation.filter((s) => s.includes('depends on'))).to.have.length(3);
    // A chip outside 3A090 needs no advanced-computing licence, whatever the countries.
    expect(met(evaluate(chip('nvidia-h20'), 'bis-advanced-computing-licence-2026'))).to.deep.equal([]);
  });

  it('the January 2026 review on the shipment: case-by-case only for exports from the US to China or Macau', () => {
    const policy = (extra: Partial<ChipSpec>) => met(evaluate(h200(extra), 'bis-china-review-2026')).filter((id) => !id.startsWith('nac'));
    expect(policy({ destinationCountry: 'CN', shipFromCountry: 'US', buyerHeadquartersCountry: 'CN' })).to.deep.equal(['case-by-case']);
    expect(policy({ destinationCountry: 'HK', shipFromCountry: 'US' })).to.deep.equal(['case-by-case']);
    expect(policy({ destinationCountry: 'CN', shipFromCountry: 'MY' })).to.deep.equal(['presumption-of-denial']);
    expect(policy({ destinationCountry: 'MY', buyerHeadquartersCountry: 'CN' })).to.deep.equal(['presumption-of-denial']);
    expect(policy({ destinationCountry: 'DE', buyerHeadquartersCountry: 'DE' })).to.deep.equal(['not-china-macau']);
    const open = evaluate(h200({ destinationCountry: 'MY' }), 'bis-china-review-2026');
    expect(clause(open, 'presumption-of-denial').met).to.equal(null);
    expect(open.explanation).to.include('Presumption of denial for China and Macau: depends on the country where the buyer (or its ultimate parent) is headquartered.');
  });

  it('without these fields the existing rule sets answer as before (for the China review, its premise: an export from the US to China)', () => {
    const before = evaluate(chip('nvidia-h200-sxm'), 'bis-china-review-2026');
    expect(met(before).filter((id) => !id.startsWith('nac'))).to.deep.equal(['case-by-case']);
    expect(before.decidedBy).to.deep.equal([]);
    expect(evaluate(chip('nvidia-b200'), 'bis-china-review-2026').outcomes.filter((o) => o.met === true).map((o) => o.id)).to.include('presumption-of-denial');
    expect(verdict(evaluate(h200({ destinationCountry: 'CN', quantity: 10, tariffExemption: 'none' })))).to.equal('controlled 3A090.a');
  });

  it('warns where a country\'s group is doubtful or read through another (Cyprus, Hong Kong)', () => {
    const r = evaluate(h200({ destinationCountry: 'HK', buyerHeadquartersCountry: 'CY' }), 'bis-advanced-computing-licence-2026');
    expect(r.warnings.some((w) => w.startsWith('Destination HK: Hong Kong has been treated as China'))).to.equal(true);
    expect(r.warnings.some((w) => w.startsWith('Buyer headquartered in CY (Country Group D:5): Cyprus is named in ITAR'))).to.equal(true);
    expect(r.explanation).to.include('Destination HK (Country Groups D:1, D:4, and D:5).');
    expect(r.explanation).to.include('Buyer headquartered in CY (Country Group A:6).');
  });
});

describe('quantities and fleet caps (issue 15.3)', () => {
  const fleet = (id: string, quantity: number | string, extra: Partial<ChipSpec> = {}) => ({ ...chip(id), quantity, ...extra });

  it('75,000 H200 = 1,187,400,000 TPP = 1.50× a tier-2 country\'s allocation', () => {
    const r = evaluate(fleet('nvidia-h200-sxm', 75000), 'us-ai-diffusion-caps-2025');
    expect(r.metrics!.totalTpp).to.equal('1187400000');
    expect(verdict(r)).to.equal('controlled over a tier-2 country\'s allocation');
    const condition = clause(r, 'tier-2-country-allocation').conditions[0]!;
    expect(condition.margin!.relative!.slice(0, 6)).to.equal('0.5030');
    expect(r.explanation).to.include('tier-2 allocation holds: total TPP 1,187,400,000 is 1.50× the 790,000,000 threshold (> 790,000,000 holds).');
    expect(r.explanation.join(' ')).to.include('that is 49,898 chips');
    expect(r.warnings[0]).to.match(/^This rule set is not enforced/);
    const line = r.lines.find((l) => l.threshold === '790000000')!;
    expect(line.at.quantity!.slice(0, 8)).to.equal('49898.93');
  });

  it('the LPP exception\'s 26,900,000 TPP per customer and year: 1,699 H200 within it, 1,700 over', () => {
    expect(met(evaluate(fleet('nvidia-h200-sxm', 1699), 'us-ai-diffusion-caps-2025'))).to.deep.equal(['within-lpp']);
    expect(verdict(evaluate(fleet('nvidia-h200-sxm', 1700), 'us-ai-diffusion-caps-2025'))).to.equal('controlled over the LPP exception\'s limit');
    expect(evaluate(chip('nvidia-h200-sxm'), 'us-ai-diffusion-caps-2025').decidedBy.map((d) => d.field)).to.deep.equal(['quantity']);
  });

  it('H100-equivalents under both conventions: B300 3.79 by TPP, 2.53 by 8-bit operations, and a warning that they differ', () => {
    const r = evaluate(fleet('nvidia-b300', 1000), 'us-ai-diffusion-caps-2025');
    const h = r.metrics!.h100Equivalents;
    expect([h.perChipByTpp!.slice(0, 4), h.perChipBy8Bit!.slice(0, 4)]).to.deep.equal(['3.78', '2.52']);
    expect(Number(h.perChipByTpp).toFixed(2)).to.equal('3.79');
    expect(Number(h.perChipBy8Bit).toFixed(2)).to.equal('2.53');
    expect(r.explanation.find((s) => s.startsWith('1,000 chips'))).to.equal(
      '1,000 chips × TPP 60,000 = total TPP 60,000,000: 3,789.79 H100-equivalents by TPP (÷ 15,832, as the AI Diffusion rule\'s caps count), '
      + '2,526.53 by peak 8-bit operations (5,000 dense tera-operations/s each ÷ 1,979, as Epoch AI counts).');
    expect(r.warnings.find((w) => w.startsWith('By TPP'))).to.match(/^By TPP one of these chips counts as 3\.79 H100s, by peak 8-bit operations as 2\.53:/);
    expect(evaluate(fleet('nvidia-h200-sxm', 10)).warnings.some((w) => w.startsWith('By TPP'))).to.equal(false);
  });

  it('a chip without an 8-bit figure has no 8-bit H100-equivalents, and says why', () => {
    const r = evaluate({ ...specWithTpp('5000', { extra: { quantity: 2 } }) }, 'us-ai-diffusion-caps-2025');
    expect(r.metrics!.h100Equivalents.by8Bit).to.equal(null);
    expect(r.explanation.join(' ')).to.include('none by 8-bit operations, as no 8-bit figure was given');
  });

  it('the quantity is a whole number', () => {
    expect(evaluate(fleet('nvidia-h200-sxm', '1.5')).errors.map((e) => e.message)).to.deep.equal(['quantity must be a whole number ("1.5").']);
    expect(evaluate(fleet('nvidia-h200-sxm', -1)).errors.map((e) => e.code)).to.deep.equal(['negative']);
  });

  it('the January 2026 rule\'s 50% cap on China shipments against US shipments', () => {
    const run = (quantity: number, usEndUseQuantity: number) => evaluate(fleet('nvidia-h200-sxm', quantity, { usEndUseQuantity }), 'bis-china-volume-cap-2026');
    expect(run(500, 1000).status).to.equal('not-controlled');
    expect(run(501, 1000).status).to.equal('controlled');
    expect(run(501, 1000).explanation.join(' ')).to.include('that is 500 chips');
    expect(evaluate(fleet('nvidia-h200-sxm', 1, { usEndUseQuantity: 0 })).errors.map((e) => e.code)).to.deep.equal(['not-positive']);
  });

  it('the withdrawn March 2026 draft, counted in GB300-equivalents by TPP', () => {
    const r = evaluate(fleet('nvidia-b300', 1001), 'us-draft-scale-licensing-2026');
    expect(verdict(r)).to.equal('controlled over 1,000 GB300-equivalents');
    expect(r.warnings[0]).to.equal('This rule set is a withdrawn draft, never published (reported Feb 26, 2026; withdrawn from the OIRA review it entered on 2026-02-26, Mar 13, 2026): its lines come from press reports of the draft.');
    expect(evaluate(fleet('nvidia-b300', 1000), 'us-draft-scale-licensing-2026').status).to.equal('not-controlled');
  });
});

describe('bills as what-if rule sets (issue 15.4)', () => {
  it('GAIN AI: the 3A090 prongs and the stand-alone bandwidth prongs, with its stage', () => {
    const h20 = evaluate(chip('nvidia-h20'), 'us-bill-gain-ai-2025');
    expect([h20.status, h20.matchedClauses]).to.deep.equal(['controlled', ['dram-1400', 'sum-1700']]);
    expect(evaluate(specWithTpp('1000', { extra: { interconnectGBps: '1100' } }), 'us-bill-gain-ai-2025').matchedClauses).to.deep.equal(['interconnect-1100']);
    expect(evaluate(specWithTpp('1000', { areaMm2: '100', extra: { dramBandwidthGBps: '1399', interconnectGBps: '300' } }), 'us-bill-gain-ai-2025').status).to.equal('not-controlled');
    expect(h20.warnings[0]).to.equal('This rule set is a bill, not law (introduced Nov 6, 2025; left out of the final FY2026 NDAA (its Senate-passed version had it as an amendment); S. 3150 and H.R. 5885 pending, Dec 7, 2025): a proposal, not a rule in force.');
  });

  it('SAFE Chips: DRAM 4,100, interconnect 1,100, both 5,000; the H20 falls just under every prong', () => {
    const h20 = evaluate(chip('nvidia-h20'), 'us-bill-safe-chips-2025');
    expect(h20.status).to.equal('not-controlled');
    expect(evaluate(specWithTpp('1000', { areaMm2: '1000', extra: { dramBandwidthGBps: '4100' } }), 'us-bill-safe-chips-2025').matchedClauses).to.deep.equal(['dram-4100']);
    expect(evaluate(specWithTpp('1000', { areaMm2: '1000', extra: { dramBandwidthGBps: '4000', interconnectGBps: '1000' } }), 'us-bill-safe-chips-2025').matchedClauses).to.deep.equal(['sum-5000']);
    expect(evaluate(specWithTpp('5000', { datacenter: false }), 'us-bill-safe-chips-2025').excludedBy).to.equal('not-for-datacenters');
  });

  it('AI OVERWATCH: restricted above TPP 21,000 (B200), covered below (H200), consumer chips left out', () => {
    expect(evaluate(chip('nvidia-b200'), 'us-bill-ai-overwatch-2026').classification).to.equal('restricted integrated circuit');
    expect(evaluate(chip('nvidia-h200-sxm'), 'us-bill-ai-overwatch-2026').classification).to.equal('covered integrated circuit');
    expect(evaluate(specWithTpp('1600', { areaMm2: '76' }), 'us-bill-ai-overwatch-2026').matchedClauses).to.deep.equal(['restricted-tpp-1600-pd-21']);
    expect(evaluate(chip('nvidia-rtx-4090'), 'us-bill-ai-overwatch-2026').status).to.equal('not-controlled');
  });
});
