import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import {
  DEFAULT_RULE_SET_ID,
  catalog as catalogFromIndex,
  evaluate,
  getChip as getChipFromIndex,
  ruleSets,
  validateSpec,
  type ChipSpec,
  type EvaluationResult,
} from '../../src/core/index.js';
import { catalogWithSources as catalog, catalogSchema, figureSourceOf, getChip, specFigurePaths, type CatalogEntry } from '../../src/catalog.js';
import chipsJson from '../../src/data/chips.json';
import provenanceJson from '../../src/data/chip-sources.json';

/** TPP and PD published by a source agree with the engine when within this relative difference. */
const TOLERANCE = 0.005;

function validator() {
  return new Validator(structuredClone(catalogSchema) as Schema, '2020-12', false);
}

function chip(id: string): CatalogEntry {
  const found = catalog.find((c) => c.id === id);
  if (!found) throw new Error(`no chip ${id} in the catalog`);
  return found;
}

function verdict(result: EvaluationResult): string {
  return result.status === 'controlled' ? `controlled ${result.classification}` : result.status;
}

function metOutcomes(result: EvaluationResult): string[] {
  return result.outcomes.filter((o) => o.met === true).map((o) => o.id);
}

function relativeDifference(engine: string, published: string): number {
  return Math.abs(Number(engine) - Number(published)) / Number(published);
}

/** A deep copy of one catalog entry, to break it for the schema's negative tests. */
function copyOf(id: string): Record<string, any> {
  return structuredClone(chip(id)) as unknown as Record<string, any>;
}

describe('chip catalog: shape and sources', () => {
  it('holds at least 60 chips across the vendors the issue names, with a consumer example', () => {
    expect(catalog.length).to.be.at.least(60);
    const vendors = new Set(catalog.map((c) => c.vendor));
    for (const vendor of ['NVIDIA', 'AMD', 'Intel', 'Huawei', 'Google', 'AWS', 'Apple', 'Microsoft', 'Meta', 'Cambricon']) expect(vendors.has(vendor), vendor).to.equal(true);
    const consumer = catalog.filter((c) => !c.market.datacenter).map((c) => c.id);
    expect(consumer).to.include.members(['nvidia-rtx-4090', 'nvidia-rtx-4090d', 'nvidia-rtx-5090', 'nvidia-rtx-5090d', 'apple-m4']);
  });

  it('has a provenance record for every chip, and none for a chip it does not list', () => {
    expect(Object.keys(provenanceJson)).to.deep.equal(chipsJson.map((c) => c.id));
    expect(catalog.length).to.equal(chipsJson.length);
  });

  it('conforms to its JSON Schema (draft 2020-12), checked on the merged entries', () => {
    expect(catalogSchema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    const result = validator().validate(catalog);
    // Show the deepest errors: they name the offending field.
    const deepest = [...result.errors].sort((a, b) => b.instanceLocation.length - a.instanceLocation.length).slice(0, 5);
    expect(result.valid, JSON.stringify(deepest, null, 1)).to.equal(true);
  });

  it('the schema rejects broken entries (so the check above means something)', () => {
    const broken: [string, (c: Record<string, any>) => void][] = [
      ['an unknown spec field', (c) => { c.spec.tdpW = 700; }],
      ['an unknown unit', (c) => { c.spec.throughput[0].unit = 'TOPs/W'; }],
      ['an unknown format without bitLength', (c) => { c.spec.throughput[0].format = 'MXFP9'; }],
      ['a non-http URL', (c) => { c.sources[0].url = 'ftp://example.org/datasheet.pdf'; }],
      ['an estimate without a note', (c) => { c.figureSources['throughput[0]'] = { source: c.sources[0].id, confidence: 'estimate' }; }],
      ['an unknown confidence', (c) => { c.figureSources['throughput[0]'].confidence = 'probably'; }],
      ['a figureSources key that is not a spec path', (c) => { c.figureSources.tdpW = { source: c.sources[0].id, confidence: 'secondary' }; }],
      ['a disagreement without a reason', (c) => { c.published = [{ metric: 'tpp', value: '1', source: c.sources[0].id, agrees: false }]; }],
      ['a reason without a disagreement', (c) => { c.published = [{ metric: 'tpp', value: '1', source: c.sources[0].id, reason: 'x' }]; }],
      ['a classification that is not one', (c) => { c.published = [{ metric: 'classification', value: 'controlled', source: c.sources[0].id }]; }],
      ['an id that is not kebab-case', (c) => { c.id = 'NVIDIA H100'; }],
      ['a market call without its basis', (c) => { delete c.market.basis; }],
      ['a source without the date it was seen', (c) => { delete c.sources[0].accessed; }],
    ];
    for (const [what, breakIt] of broken) {
      const entry = copyOf('nvidia-h100-sxm5');
      breakIt(entry);
      expect(validator().validate([entry]).valid, what).to.equal(false);
    }
    expect(validator().validate([copyOf('nvidia-h100-sxm5')]).valid).to.equal(true);
  });

  it('keeps the catalog grouped by vendor: the chips of each vendor are contiguous', () => {
    const seen: string[] = [];
    for (const c of catalog) {
      if (seen[seen.length - 1] !== c.vendor) {
        expect(seen, `${c.id}: ${c.vendor} appears in two places`).to.not.include(c.vendor);
        seen.push(c.vendor);
      }
    }
  });

  it('usAvailableSince is false for the China-market parts and a sourced date or absent elsewhere', () => {
    const chinaMarket = [
      'nvidia-a800-sxm4-80gb', 'nvidia-a800-pcie-80gb', 'nvidia-h800-sxm5', 'nvidia-h20', 'nvidia-l20', 'nvidia-l2',
      'nvidia-rtx-4090d', 'nvidia-rtx-5090d', 'nvidia-rtx-5090d-v2', 'nvidia-b30a',
    ];
    for (const id of chinaMarket) expect(chip(id).spec.usAvailableSince, id).to.equal(false);
    const dated = catalog.filter((c) => typeof c.spec.usAvailableSince === 'string');
    expect(dated.length).to.be.at.least(15);
    for (const c of dated) {
      expect(c.spec.usAvailableSince, c.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.figureSources.usAvailableSince?.note ?? '', c.id).to.have.length.greaterThan(20);
    }
    expect(chip('nvidia-h200-sxm').spec.usAvailableSince).to.be.a('string');
    expect(chip('amd-mi325x').spec.usAvailableSince).to.be.a('string');
  });

  it('ids are unique and kebab-case', () => {
    const ids = catalog.map((c) => c.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id, id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every spec passes the strict validateSpec and matches the market call', () => {
    for (const c of catalog) {
      const checked = validateSpec(c.spec);
      expect(checked.errors, c.id).to.deep.equal([]);
      expect(c.spec.datacenter, c.id).to.equal(c.market.datacenter);
      expect(c.market.basis.length, c.id).to.be.greaterThan(20);
      if (c.market.source) expect(c.sources.map((s) => s.id), c.id).to.include(c.market.source);
    }
  });

  it('every figure in every spec has a source, and every figureSources key names a figure', () => {
    for (const c of catalog) {
      const paths = specFigurePaths(c.spec);
      expect(Object.keys(c.figureSources).sort(), c.id).to.deep.equal([...paths].sort());
    }
  });

  it('every source id referenced exists, each source is used, and every URL is http(s)', () => {
    for (const c of catalog) {
      const ids = c.sources.map((s) => s.id);
      expect(new Set(ids).size, `${c.id}: duplicate source ids`).to.equal(ids.length);
      const referenced = new Set<string>();
      for (const f of Object.values(c.figureSources)) [f.source, ...(f.corroboratedBy ?? [])].forEach((id) => referenced.add(id));
      for (const p of c.published ?? []) referenced.add(p.source);
      for (const d of c.dieDetails ?? []) referenced.add(d.source);
      if (c.market.source) referenced.add(c.market.source);
      for (const id of referenced) expect(ids, `${c.id} refers to ${id}`).to.include(id);
      for (const id of ids) expect(referenced.has(id), `${c.id}: source ${id} is never used`).to.equal(true);
      for (const s of c.sources) {
        expect(s.url, `${c.id}/${s.id}`).to.match(/^https?:\/\/\S+$/);
        expect(() => new URL(s.url), `${c.id}/${s.id}`).not.to.throw();
        expect(s.accessed, `${c.id}/${s.id}`).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('a figure whose own source was not read is corroborated by a source that was', () => {
    for (const c of catalog) {
      const access = new Map(c.sources.map((s) => [s.id, s.access]));
      for (const [path, f] of Object.entries(c.figureSources)) {
        const seen = [f.source, ...(f.corroboratedBy ?? [])].some((id) => access.get(id) !== 'listed');
        expect(seen, `${c.id} ${path}`).to.equal(true);
      }
    }
  });

  it('sparse figures say so, estimates say how, and datasheet figures come from the vendor', () => {
    for (const c of catalog) {
      (c.spec.throughput ?? []).forEach((entry, i) => {
        if (entry.sparse) expect(c.figureSources[`throughput[${i}]`]?.note ?? '', `${c.id} throughput[${i}]`).to.match(/spars/i);
      });
      for (const [path, f] of Object.entries(c.figureSources)) {
        if (f.confidence === 'estimate') expect(f.note ?? '', `${c.id} ${path}`).to.have.length.greaterThan(20);
        if (f.confidence === 'datasheet') {
          const kinds = [f.source, ...(f.corroboratedBy ?? [])].map((id) => c.sources.find((s) => s.id === id)?.kind);
          expect(kinds.some((k) => k === 'datasheet' || k === 'vendor-page' || k === 'whitepaper') || Boolean(f.note), `${c.id} ${path}`).to.equal(true);
        }
      }
    }
  });

  it('die details describe existing dies; a planar die is marked nonPlanar: false', () => {
    for (const c of catalog) {
      for (const d of c.dieDetails ?? []) {
        const index = Number(/^dies\[(\d+)\]$/.exec(d.die)?.[1]);
        const die = c.spec.dies?.[index];
        expect(die, `${c.id} ${d.die}`).to.not.equal(undefined);
        expect(die?.nonPlanar ?? true, `${c.id} ${d.die}`).to.equal(d.transistor !== 'planar');
      }
      expect((c.dieDetails ?? []).length, c.id).to.equal((c.spec.dies ?? []).length);
    }
  });

  it('cites Epoch AI as its CC-BY licence asks, with the snapshot date', () => {
    const epochSources = catalog.flatMap((c) => c.sources.filter((s) => s.url.includes('epoch.ai')));
    expect(epochSources.length).to.be.greaterThan(20);
    for (const s of epochSources) {
      expect(s.license).to.equal('CC-BY');
      expect(s.title).to.include('Epoch AI').and.include('Data on Machine Learning Hardware').and.include('Dec 2025');
    }
  });

  it('getChip finds a chip by id, and the engine exports the same catalog', () => {
    expect(getChip('nvidia-h100-sxm5')?.name).to.equal('H100 SXM5');
    expect(getChip('no-such-chip')).to.equal(undefined);
    expect(catalogFromIndex.map((c) => c.id)).to.deep.equal(catalog.map((c) => c.id));
    expect(getChipFromIndex('amd-mi325x')).to.equal(getChip('amd-mi325x'));
    expect(Object.keys(catalogFromIndex[0]!)).to.deep.equal(['id', 'vendor', 'name', 'year', 'spec']);
  });

  it('specFigurePaths and figureSourceOf name the figures and their sources', () => {
    const spec: ChipSpec = {
      throughput: [{ format: 'FP8', value: 1, unit: 'TFLOPS' }], dies: [{ areaMm2: 1 }, { areaMm2: 2 }],
      dramBandwidthGBps: 1, interconnectGBps: 1, hbmStack: { bandwidthGBps: 1, areaMm2: 1 },
    };
    expect(specFigurePaths(spec)).to.deep.equal([
      'throughput[0]', 'dies[0].areaMm2', 'dies[1].areaMm2', 'dramBandwidthGBps', 'interconnectGBps', 'hbmStack.bandwidthGBps', 'hbmStack.areaMm2',
    ]);
    expect(specFigurePaths({})).to.deep.equal([]);
    const h100 = chip('nvidia-h100-sxm5');
    const fp8 = figureSourceOf(h100, 'throughput[0]');
    expect(fp8?.figure.confidence).to.equal('datasheet');
    expect(fp8?.source?.publisher).to.equal('NVIDIA');
    expect(figureSourceOf(h100, 'hbmStack.areaMm2')).to.equal(null);
    const orphan = { ...h100, figureSources: { 'throughput[0]': { source: 'gone', confidence: 'secondary' as const } } };
    expect(figureSourceOf(orphan, 'throughput[0]')?.source).to.equal(null);
  });
});

describe('chip catalog: the vendor figures quoted in the issue', () => {
  it('H100 SXM FP8 3,958 TFLOPS is sparse (1,979 dense); A100 INT8 624 TOPS and MI325X FP8 2,614.9 TFLOPS are dense', () => {
    const h100 = evaluate(chip('nvidia-h100-sxm5').spec).metrics!;
    const fp8 = h100.entries.find((e) => e.format === 'FP8')!;
    expect([fp8.value, fp8.sparse, fp8.denseTeraOps]).to.deep.equal(['3958', true, '1979']);
    const a100 = evaluate(chip('nvidia-a100-sxm4-80gb').spec).metrics!;
    expect(a100.entries.find((e) => e.format === 'INT8')).to.include({ value: '624', sparse: false, denseTeraOps: '624' });
    const mi325x = evaluate(chip('amd-mi325x').spec).metrics!;
    expect(mi325x.entries.find((e) => e.format === 'FP8')).to.include({ value: '2614.9', sparse: false });
    expect(mi325x.tpp).to.equal('20919.2');
  });
});

describe('chip catalog: published figures against the engine', () => {
  const published = catalog.flatMap((c) => (c.published ?? []).map((p) => ({ chip: c, p })));

  it('records published figures for most chips', () => {
    expect(published.filter(({ p }) => p.metric === 'tpp').length).to.be.at.least(35);
    expect(published.some(({ p }) => p.metric === 'performanceDensity')).to.equal(true);
    expect(published.some(({ p }) => p.metric === 'classification')).to.equal(true);
    expect(published.some(({ p }) => p.metric === 'outcome')).to.equal(true);
  });

  it('TPP and PD agree within 0.5%, and every disagreement is real and carries its reason', () => {
    for (const { chip: c, p } of published.filter(({ p }) => p.metric === 'tpp' || p.metric === 'performanceDensity')) {
      const metrics = evaluate(c.spec, DEFAULT_RULE_SET_ID).metrics!;
      const engine = p.metric === 'tpp' ? metrics.tpp : metrics.performanceDensity;
      expect(engine, `${c.id} ${p.metric}`).to.not.equal(null);
      const diff = relativeDifference(engine!, p.value);
      const label = `${c.id} ${p.metric} ${p.value} (${p.source}) vs engine ${engine}`;
      if (p.agrees === false) {
        expect(p.reason ?? '', label).to.have.length.greaterThan(20);
        expect(diff, `${label}: marked as disagreeing but agrees`).to.be.greaterThan(TOLERANCE);
      } else {
        expect(diff, label).to.be.at.most(TOLERANCE);
      }
    }
  });

  it('classifications and outcomes agree exactly, under the rule set they name', () => {
    for (const { chip: c, p } of published.filter(({ p }) => p.metric === 'classification' || p.metric === 'outcome')) {
      const result = evaluate(c.spec, p.ruleSetId ?? DEFAULT_RULE_SET_ID);
      expect(result.status, c.id).to.not.equal('invalid');
      const label = `${c.id} ${p.metric} ${p.value} under ${p.ruleSetId ?? DEFAULT_RULE_SET_ID} (${p.source})`;
      const agrees = p.metric === 'outcome'
        ? metOutcomes(result).includes(p.value)
        : p.value === 'none' ? result.status === 'not-controlled' : result.status === 'controlled' && result.classification === p.value;
      if (p.agrees === false) expect(p.reason ?? '', label).to.have.length.greaterThan(20);
      expect(agrees, label).to.equal(p.agrees !== false);
    }
  });

  it('keeps the known disagreements with their reasons', () => {
    const disagreements = published.filter(({ p }) => p.agrees === false).map(({ chip: c, p }) => `${c.id} ${p.value}`);
    expect(disagreements).to.include.members([
      'amd-mi325x 20800', // Epoch uses 2.6 PFLOPS
      'nvidia-rtx-4090 10570', // the source counted sparse throughput
      'intel-gaudi2 7200', 'intel-gaudi3 26848',
      'aws-trainium2 10672', 'aws-trainium3 20136', // TF32 bit length
      'amd-mi350x 37440', 'microsoft-maia-100 12800', // FP6 / 6-bit MX rates Epoch does not score
    ]);
    const mi325x = chip('amd-mi325x').published!.find((p) => p.agrees === false)!;
    expect(mi325x.reason).to.include('2.6 PFLOPS');
    const rtx4090 = chip('nvidia-rtx-4090').published!.find((p) => p.agrees === false)!;
    expect(rtx4090.reason).to.include('sparse');
  });
});

describe('chip catalog: the outcomes of regulations.md section 7, from the catalog data', () => {
  const cases: [id: string, ruleSet: string, expected: string, clauses?: string[]][] = [
    ['nvidia-a100-sxm4-80gb', 'bis-3a090-2022', 'controlled 3A090.a'],
    ['nvidia-a800-sxm4-80gb', 'bis-3a090-2022', 'not-controlled'],
    ['nvidia-a800-sxm4-80gb', 'bis-3a090-2023', 'controlled 3A090.a'],
    ['nvidia-h800-sxm5', 'bis-3a090-2022', 'not-controlled'],
    ['nvidia-h800-sxm5', 'bis-3a090-2023', 'controlled 3A090.a'],
    ['nvidia-h100-sxm5', 'bis-3a090-2023', 'controlled 3A090.a', ['3A090.a.1', '3A090.a.2']],
    ['nvidia-h200-sxm', 'bis-3a090-2023', 'controlled 3A090.a', ['3A090.a.1', '3A090.a.2']],
    ['amd-mi325x', 'bis-3a090-2023', 'controlled 3A090.a', ['3A090.a.1']],
    ['nvidia-b200', 'bis-3a090-2023', 'controlled 3A090.a', ['3A090.a.1']],
    ['nvidia-h20', 'bis-3a090-2023', 'not-controlled', []],
    ['nvidia-l40', 'bis-3a090-2023', 'controlled 3A090.b', ['3A090.b.1', '3A090.b.2']],
    ['nvidia-l4', 'bis-3a090-2023', 'controlled 3A090.a', ['3A090.a.2']],
    ['nvidia-l20', 'bis-3a090-2023', 'not-controlled', []],
    ['nvidia-rtx-4090', 'bis-3a090-2023', 'controlled 3A090.a', ['3A090.a.1', '3A090.a.2']],
    ['nvidia-rtx-4090d', 'bis-3a090-2023', 'not-controlled', []],
  ];

  it('classifies each chip as section 7 states', () => {
    for (const [id, ruleSet, expected, clauses] of cases) {
      const result = evaluate(chip(id).spec, ruleSet);
      expect(verdict(result), `${id} under ${ruleSet}`).to.equal(expected);
      if (clauses) expect(result.matchedClauses, `${id} under ${ruleSet}`).to.deep.equal(clauses);
    }
  });

  it('carries the corrections of the legal review (issue 10.7): L4 242.5 TOPS dense, RTX 6000 Ada 728.5, TPU v5e area an estimate', () => {
    expect([evaluate(chip('nvidia-l4').spec).metrics?.tpp, evaluate(chip('nvidia-rtx-6000-ada').spec).metrics?.tpp]).to.deep.equal(['1940', '5828']);
    // The v5e's verdict turns on its die area: the figure is marked an estimate, and the chip's notes say what it decides.
    const v5e = catalog.find((c) => c.id === 'google-tpu-v5e')!;
    expect(figureSourceOf(v5e, 'dies[0].areaMm2')?.figure.confidence).to.equal('estimate');
    expect((v5e.notes ?? []).join(' ')).to.match(/^The die area decides the verdict and is an estimate.*532\.4 mm²/);
  });

  it('the RTX 4090 D escapes by Note 2 (consumer, TPP under 4,800), not by its PD', () => {
    const result = evaluate(chip('nvidia-rtx-4090d').spec, 'bis-3a090-2023');
    expect(result.excludedBy).to.equal('note-2');
    expect(Number(result.metrics!.performanceDensity)).to.be.greaterThan(5.92);
  });

  it('the January 2026 overlay: H200 and MI325X case-by-case, B200 presumption of denial', () => {
    const policy = (id: string) => metOutcomes(evaluate(chip(id).spec, 'bis-china-review-2026')).filter((o) => !o.startsWith('nac'));
    expect(policy('nvidia-h200-sxm')).to.deep.equal(['case-by-case']);
    expect(policy('amd-mi325x')).to.deep.equal(['case-by-case']);
    expect(policy('nvidia-b200')).to.deep.equal(['presumption-of-denial']);
  });

  it('the laptop/phone example is plainly not controlled', () => {
    for (const ruleSet of ['bis-3a090-2022', 'bis-3a090-2023', 'bis-china-review-2026']) {
      expect(evaluate(chip('apple-m4').spec, ruleSet).status, ruleSet).to.equal('not-controlled');
    }
    expect(evaluate(chip('apple-m4').spec).excludedBy).to.equal('note-2');
  });

  it('every chip evaluates under every built-in rule set without an input error', () => {
    for (const c of catalog) {
      for (const ruleSet of ruleSets) {
        const result = evaluate(c.spec, ruleSet.id);
        expect(result.errors, `${c.id} under ${ruleSet.id}`).to.deep.equal([]);
        expect(result.status, `${c.id} under ${ruleSet.id}`).to.not.equal('invalid');
      }
    }
  });

  it('flags the TF32 reading where it decides a chip (AWS Trainium2: 21,344 at 32 bits, 12,673 at 19)', () => {
    const trn2 = evaluate(chip('aws-trainium2').spec, 'bis-china-review-2026');
    expect(trn2.metrics!.tpp).to.equal('21344');
    expect(trn2.metrics!.bitLengthAmbiguities.map((a) => a.tppIfAlternative)).to.deep.equal(['12673']);
    expect(chip('aws-trainium2').notes!.join(' ')).to.include('TF32');
  });
});
