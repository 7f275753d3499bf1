import { expect } from '@open-wc/testing';
import { draftFromSpec, errorsByInput, inputForSpecField, specFromDraft } from '../../src/components/spec-draft.js';
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
      hbmStack: { bandwidthGBps: '819.2', areaMm2: '110' },
    };
    const { spec: back } = specFromDraft(draftFromSpec(spec)!.draft);
    expect(back).to.deep.equal({
      ...spec,
      throughput: [spec.throughput[0], { ...spec.throughput[1], value: '0.1' }],
      dies: [{ name: 'GH100', areaMm2: '814' }, { areaMm2: '0.5', nonPlanar: false }],
      interconnectGBps: '900',
    });
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

  it('finds the input that settles an open question', () => {
    const { draft } = draftFromSpec({ throughput: [{ format: 'FP8', value: '1', unit: 'TFLOPS' }] })!;
    expect(inputForSpecField(draft, 'dies')).to.equal(`${draft.dies[0]!.key}-area`);
    expect(inputForSpecField({ ...draft, dies: [] }, 'dies')).to.equal('add-die');
    expect(inputForSpecField(draft, 'datacenter')).to.equal('market-datacenter');
    expect(inputForSpecField(draft, 'dramBandwidthGBps')).to.equal('dram');
  });
});
