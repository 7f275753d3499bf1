import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/core/index.js';

describe('smoke', () => {
  it('H100', () => {
    const r = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 1979, unit: 'TFLOPS' }], dies: [{ areaMm2: 814 }] }, 'bis-3a090-2023');
    console.log(JSON.stringify(r, null, 1).slice(0, 3000));
    console.log(r.explanation.join('\n'));
    expect(r.status).to.equal('controlled');
  });
});
