import { expect } from '@open-wc/testing';
import { evaluate, type ChipSpec } from '../../src/core/index.js';
import { verdict } from './helpers.js';

/**
 * The worked examples of regulations.md section 7, typed from the datasheet figures given there
 * (not read from the catalog), with the outcomes it states under each rule set it names.
 */
const fp8 = (value: number | string): ChipSpec['throughput'] => [{ format: 'FP8', value, unit: 'TFLOPS' }];
const chips: Record<string, ChipSpec> = {
  a100: { datacenter: true, throughput: [{ format: 'INT8', value: 624, unit: 'TOPS' }, { format: 'FP16', value: 312, unit: 'TFLOPS' }], dies: [{ areaMm2: 826 }], interconnectGBps: 600, dramBandwidthGBps: 2039 },
  a800: { datacenter: true, throughput: [{ format: 'BF16', value: 311.8, unit: 'TFLOPS' }], dies: [{ areaMm2: 826 }], interconnectGBps: 400, dramBandwidthGBps: 2039 },
  // usAvailableSince: the January 2026 rule covers chips sold in the US when it was published; these were (dates as reported, to the month).
  h100: { datacenter: true, throughput: [{ format: 'FP8', value: 3958, unit: 'TFLOPS', sparse: true }, { format: 'INT8', value: 1979, unit: 'TOPS' }], dies: [{ areaMm2: 814 }], interconnectGBps: 900, dramBandwidthGBps: 3350, usAvailableSince: '2022-10-01' },
  h800: { datacenter: true, throughput: fp8(1979), dies: [{ areaMm2: 814 }], interconnectGBps: 400, dramBandwidthGBps: 3350 },
  h200: { datacenter: true, throughput: fp8(1979), dies: [{ areaMm2: 814 }], interconnectGBps: 900, dramBandwidthGBps: 4800, usAvailableSince: '2024-06-01' },
  mi325x: { datacenter: true, throughput: fp8(2614.9), dramBandwidthGBps: 6000, usAvailableSince: '2025-03-01' },
  b200: { datacenter: true, throughput: [{ format: 'FP8', value: 4500, unit: 'TFLOPS' }, { format: 'FP4', value: 9000, unit: 'TFLOPS' }], dramBandwidthGBps: 8000, usAvailableSince: '2025-01-01' },
  h20: { datacenter: true, throughput: fp8(296), dies: [{ areaMm2: 814 }], dramBandwidthGBps: 4000, interconnectGBps: 900 },
  l40: { datacenter: true, throughput: fp8(362.075), dies: [{ areaMm2: 608 }] },
  l4: { datacenter: true, throughput: fp8(242), dies: [{ areaMm2: 294 }] },
  l20: { datacenter: true, throughput: fp8(239), dies: [{ areaMm2: 609 }] },
  rtx4090: { datacenter: false, throughput: fp8(660.6), dies: [{ areaMm2: 608.5 }] },
  rtx4090d: { datacenter: false, throughput: fp8('588.35') },
};

describe('worked examples (regulations.md section 7)', () => {
  it('computes the stated TPP and PD', () => {
    const tpp = (id: string) => evaluate(chips[id]).metrics!.tpp;
    const pd = (id: string) => Number(evaluate(chips[id]).metrics!.performanceDensity).toFixed(2);
    expect(tpp('a100')).to.equal('4992');
    expect(pd('a100')).to.equal('6.04');
    expect(tpp('a800')).to.equal('4988.8');
    expect(tpp('h100')).to.equal('15832');
    expect(pd('h100')).to.equal('19.45');
    expect(tpp('mi325x')).to.equal('20919.2');
    expect(tpp('b200')).to.equal('36000');
    expect(tpp('h20')).to.equal('2368');
    expect(pd('h20')).to.equal('2.91');
    expect(tpp('l40')).to.equal('2896.6');
    expect(pd('l40')).to.equal('4.76');
    expect(tpp('l4')).to.equal('1936');
    expect(pd('l4')).to.equal('6.59');
    expect(pd('l20')).to.equal('3.14');
    expect(tpp('rtx4090')).to.equal('5284.8');
    expect(tpp('rtx4090d')).to.equal('4706.8');
  });

  it('the A800 and H800 escape the 2022 rule (transfer rate under 600 GB/s) and not the 2023 one', () => {
    for (const id of ['a800', 'h800']) {
      expect(verdict(evaluate(chips[id], 'bis-3a090-2022')), id).to.equal('not-controlled');
      expect(verdict(evaluate(chips[id], 'bis-3a090-2023')), id).to.equal('controlled 3A090.a');
    }
    expect(verdict(evaluate(chips.a100, 'bis-3a090-2022'))).to.equal('controlled 3A090.a');
  });

  it('classifies each chip as stated under the 2023 rule', () => {
    const expected: Record<string, [string, string[]]> = {
      a100: ['controlled 3A090.a', ['3A090.a.1', '3A090.a.2']],
      h100: ['controlled 3A090.a', ['3A090.a.1', '3A090.a.2']],
      h200: ['controlled 3A090.a', ['3A090.a.1', '3A090.a.2']],
      mi325x: ['controlled 3A090.a', ['3A090.a.1']],
      b200: ['controlled 3A090.a', ['3A090.a.1']],
      h20: ['not-controlled', []],
      l40: ['controlled 3A090.b', ['3A090.b.1', '3A090.b.2']],
      l4: ['controlled 3A090.a', ['3A090.a.2']],
      l20: ['not-controlled', []],
      rtx4090: ['controlled 3A090.a', ['3A090.a.1', '3A090.a.2']],
      rtx4090d: ['not-controlled', []],
    };
    for (const [id, [expectedVerdict, clauses]] of Object.entries(expected)) {
      const result = evaluate(chips[id], 'bis-3a090-2023');
      expect(verdict(result), id).to.equal(expectedVerdict);
      expect(result.matchedClauses, id).to.deep.equal(clauses);
    }
    expect(evaluate(chips.rtx4090d).excludedBy).to.equal('note-2');
  });

  it('the January 2026 overlay: H100, H200 and MI325X case-by-case, B200 not', () => {
    const policy = (id: string) => evaluate(chips[id], 'bis-china-review-2026').outcomes.filter((o) => o.met && !o.id.startsWith('nac')).map((o) => o.id);
    expect(policy('h100')).to.deep.equal(['case-by-case']);
    expect(policy('h200')).to.deep.equal(['case-by-case']);
    expect(policy('mi325x')).to.deep.equal(['case-by-case']);
    expect(policy('b200')).to.deep.equal(['presumption-of-denial']);
  });

  it('warns that the MI325X is within 1% of the 21,000 line and the RTX 4090 D within 2% of 4,800 is not flagged', () => {
    const mi325x = evaluate(chips.mi325x, 'bis-china-review-2026');
    expect(mi325x.warnings.some((w) => w === 'TPP 20,919 is 81 below the 21,000 threshold of Case-by-case review for China and Macau, within 1%: datasheet figures are often rounded, so check the exact values.')).to.equal(true);
    expect(evaluate(chips.rtx4090d).warnings.filter((w) => w.includes('within 1%'))).to.deep.equal([]);
  });

  it('the common mistake of counting sparse throughput is avoided: a sparse figure is halved', () => {
    const sparse = evaluate({ datacenter: false, throughput: [{ format: 'FP8', value: 1321.2, unit: 'TFLOPS', sparse: true }] });
    expect(sparse.metrics!.tpp).to.equal('5284.8');
  });
});
