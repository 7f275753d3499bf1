import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { choose, explained, find, figureValue, headline, isUnfolded, mount, mountUnfolded, settled, typeInto, unfold, until, verdict } from './helpers.js';

describe('<compute-threshold-calculator>: accessibility (axe)', () => {
  it('passes in the empty card', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await settled(el);
    expect(verdict(el)).to.equal('Pick a chip or type its figures');
    await expect(el).to.be.accessible();
  });

  it('passes with the working unfolded on an empty widget', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await expect(el).to.be.accessible();
  });

  const KINDS: [chip: string, expected: string][] = [
    ['nvidia-h100-sxm5', 'Controlled: 3A090.a'],
    ['nvidia-l40', 'Controlled: 3A090.b'],
    ['nvidia-h20', 'Not controlled'],
    ['nvidia-rtx-4090d', 'Not controlled'],
  ];
  for (const [chip, expected] of KINDS) {
    it(`passes in the card for ${chip} ("${expected}")`, async () => {
      const el = await mount(html`<compute-threshold-calculator chip=${chip}></compute-threshold-calculator>`);
      await explained(el);
      expect(verdict(el)).to.equal(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('passes when the answer is undecided, in the card and unfolded', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '375', unit: 'TFLOPS' }] };
    await settled(el);
    expect(verdict(el)).to.equal('Cannot tell yet');
    await expect(el).to.be.accessible();
    await unfold(el);
    await expect(el).to.be.accessible();
  });

  it('passes with layout="full": the form, the clause table, the chart and the extras', async () => {
    const el = await mount(html`<compute-threshold-calculator layout="full" chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    await until(() => isUnfolded(el), 'the working never rendered');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="chart"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('passes with an invalid input: the stale verdict and the error by its field', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await typeInto(el, figureValue(el), 'abc');
    await settled(el);
    expect(headline(el)).to.equal('Not controlled');
    expect(find(el, '[part="verdict"]').classList.contains('stale')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('passes in the dark theme, folded and unfolded', async () => {
    const el = await mount(html`<compute-threshold-calculator theme="dark" chip="nvidia-l40"></compute-threshold-calculator>`);
    await explained(el);
    await expect(el).to.be.accessible();
    el.layout = 'full';
    await el.updateComplete;
    await until(() => isUnfolded(el), 'the working never rendered');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('passes with the chip list open and an "other" format row', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await choose(el, find<HTMLSelectElement>(el, '#fig0-format'), 'other');
    find<HTMLInputElement>(el, '#chip-input').focus();
    await sendKeys({ type: 'nvidia h' });
    await el.updateComplete;
    expect(find(el, '#chip-input').getAttribute('aria-expanded')).to.equal('true');
    expect(find(el, '#fig0-customFormat')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<compute-threshold-calculator>: the live verdict', () => {
  it('announces the verdict sentence alone, in one polite live region that survives every state', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const live = el.shadowRoot!.querySelectorAll('[aria-live]');
    expect(live).to.have.length(1);
    const region = live[0]!;
    expect(region.id).to.equal('verdict-text');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.children).to.have.length(0);
    const input = figureValue(el);
    await typeInto(el, input, 'x');
    // Out of date: the region keeps the last answer and says so in words.
    expect(find(el, '[aria-live]')).to.equal(region);
    expect(verdict(el)).to.equal('Not controlled Out of date: the figures have an error. This is the answer for the last valid figures.');
    await typeInto(el, input, '600');
    expect(find(el, '[aria-live]')).to.equal(region);
    // FP8 600 TFLOPS × 8 bits = TPP 4,800: 3A090.a.1.
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    el.spec = {};
    await el.updateComplete;
    expect(find(el, '[aria-live]')).to.equal(region);
  });
});
