import { expect } from '@open-wc/testing';
import { draftFromSpec, errorsByInput, inputForSpecField, specFromDraft } from '../../src/model/spec-draft.js';
import { validateSpec } from '../../src/index.js';

describe('the form model (spec draft)', () => {
  it('turns a spec into form text and back without changing a digit', () => {
    const spec = {
      name: 'Round trip',
      datacenter: false,
      throughput: [
        { format: 'FP8', value: '1978.90', unit: 'TFLOPS', sparse: true },
        { format: 'MXFP4', value: 0.1, unit: 'POPS', bitLength: '4', processingUnit: 'NPU' },
      ],
      dies: [{ name: 'GH100', areaMm2: 814 }, { areaMm2: '0.5', nonPlanar: false }],
      dramBandwidthGBps: '3350',
      interconnectGBps: 900,
      usAvailableSince: '2024-03-01',
    };
    const read = draftFromSpec(spec)!;
    expect(read.ignored).to.deep.equal([]);
    const { spec: back } = specFromDraft(read.draft);
    expect(back).to.deep.equal({
      ...spec,
      throughput: [spec.throughput[0], { ...spec.throughput[1], value: '0.1' }],
      dies: [{ name: 'GH100', areaMm2: '814' }, { areaMm2: '0.5', nonPlanar: false }],
      interconnectGBps: '900',
    });
  });

  it('turns a standalone HBM stack into form text and back', () => {
    const spec = { kind: 'hbm-stack' as const, name: 'HBM3E stack', hbmStack: { bandwidthGBps: '819.20', areaMm2: '110' } };
    const read = draftFromSpec(spec)!;
    expect(read.ignored).to.deep.equal([]);
    expect(specFromDraft(read.draft).spec).to.deep.equal(spec);
  });

  it('reports an HBM stack given with a logic chip, which its form does not hold', () => {
    const read = draftFromSpec({ throughput: [{ format: 'FP8', value: '1', unit: 'TFLOPS' }], hbmStack: { bandwidthGBps: '819.2', areaMm2: '110' } })!;
    expect(read.ignored).to.deep.equal(['hbmStack']);
    expect(specFromDraft(read.draft).spec).to.not.have.property('hbmStack');
  });

  it('keeps a value that is not a number visible, so that the engine can name it', () => {
    const { draft } = draftFromSpec({ throughput: [{ format: 'fp8', value: true, unit: 'tflops' }] })!;
    expect(draft.throughput[0]).to.include({ format: 'FP8', value: 'true', unit: 'TFLOPS' });
    expect(validateSpec(specFromDraft(draft).spec).errors.map((e) => e.field)).to.deep.equal(['throughput[0].value']);
  });

  it('reports fields it cannot hold, and refuses what is not an object', () => {
    expect(draftFromSpec({ throughput: 'lots', colour: 'red' })!.ignored).to.deep.equal(['colour', 'throughput']);
    expect(draftFromSpec([1, 2])).to.equal(null);
    expect(draftFromSpec(null)).to.equal(null);
  });

  it('leaves rows with an empty number out, and still puts each error by the right row', () => {
    const { draft } = draftFromSpec({ throughput: [{ format: 'FP8', value: '1', unit: 'TFLOPS' }, { format: 'FP16', value: '2', unit: 'TFLOPS' }] })!;
    const [first, second] = draft.throughput;
    const edited = { ...draft, throughput: [{ ...first!, value: '' }, { ...second!, value: 'x' }] };
    const { spec, locate } = specFromDraft(edited);
    expect(spec.throughput).to.have.length(1);
    const errors = validateSpec(spec).errors;
    expect(errors.map((e) => e.field)).to.deep.equal(['throughput[0].value']);
    expect([...errorsByInput(errors, locate).keys()]).to.deep.equal([`${second!.key}-value`]);
  });

  it('keys rows by their place, so that loading a spec again gives the same keys (and the same element ids)', () => {
    const spec = { throughput: [{ format: 'FP8', value: '1', unit: 'TFLOPS' }, { format: 'FP16', value: '2', unit: 'TFLOPS' }], dies: [{ areaMm2: '3' }] };
    const first = draftFromSpec(spec)!.draft;
    const again = draftFromSpec(spec)!.draft;
    expect(first.throughput.map((r) => r.key)).to.deep.equal(['fig0', 'fig1']);
    expect(first.dies.map((d) => d.key)).to.deep.equal(['die0']);
    expect(again.throughput.map((r) => r.key)).to.deep.equal(first.throughput.map((r) => r.key));
    expect(again.dies.map((d) => d.key)).to.deep.equal(first.dies.map((d) => d.key));
  });

  it('finds the input that settles an open question', () => {
    const { draft } = draftFromSpec({ throughput: [{ format: 'FP8', value: '1', unit: 'TFLOPS' }] })!;
    expect(inputForSpecField(draft, ['dies'])).to.equal('die0-area');
    expect(inputForSpecField({ ...draft, dies: [] }, ['dies'])).to.equal('add-die');
    expect(inputForSpecField(draft, ['datacenter'])).to.equal('market-datacenter');
    expect(inputForSpecField(draft, ['dramBandwidthGBps'])).to.equal('dram');
    expect(inputForSpecField(draft, ['throughput', 0, 'bitLength'])).to.equal('fig0-format');
  });
});
