import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { figureRows, find, mount, typeInto, verdict } from './helpers.js';

describe('<compute-threshold-calculator>: accessibility (axe)', () => {
  it('passes in the default state', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await expect(el).to.be.accessible();
  });

  it('passes with a controlled chip and its chart', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    await expect(el).to.be.accessible();
  });

  it('passes with an invalid input and its message', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await typeInto(el, figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!, 'abc');
    expect(verdict(el)).to.match(/^Cannot evaluate/);
    await expect(el).to.be.accessible();
  });

  it('passes when the answer is undecided', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '375', unit: 'TFLOPS' }] };
    await el.updateComplete;
    expect(verdict(el)).to.match(/^Cannot tell/);
    await expect(el).to.be.accessible();
  });

  it('passes in the dark theme', async () => {
    const el = await mount(html`<compute-threshold-calculator theme="dark" chip="nvidia-l40"></compute-threshold-calculator>`);
    await expect(el).to.be.accessible();
  });

  it('passes in compact mode', async () => {
    const el = await mount(html`<compute-threshold-calculator compact chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    await expect(el).to.be.accessible();
  });

  it('passes with the chip list open and an "other" format row', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    const format = figureRows(el)[0]!.querySelector<HTMLSelectElement>('select[id$="-format"]')!;
    format.value = 'other';
    format.dispatchEvent(new Event('change'));
    find<HTMLInputElement>(el, '#chip-input').focus();
    await sendKeys({ type: 'nvidia h' });
    await el.updateComplete;
    expect(find(el, '#chip-input').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});

describe('<compute-threshold-calculator>: the live verdict', () => {
  it('announces the verdict sentence alone, in one polite live region that survives every state', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const live = el.shadowRoot!.querySelectorAll('[aria-live]');
    expect(live).to.have.length(1);
    const region = live[0]!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.children).to.have.length(0);
    const input = figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!;
    await typeInto(el, input, 'x');
    await typeInto(el, input, '600');
    expect(find(el, '[aria-live]')).to.equal(region);
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
  });
});
