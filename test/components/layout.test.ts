import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { find, findAll, mount, typeInto, type Calculator } from './helpers.js';

/** Every element of the widget fits inside the host: nothing sticks out sideways. */
function overflowing(el: Calculator): string[] {
  const host = el.getBoundingClientRect();
  return findAll(el, '*')
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.right > host.right + 0.5 || box.left < host.left - 0.5);
    })
    .map((node) => `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${node.className}`);
}

describe('<compute-threshold-calculator>: layout', () => {
  before(() => { document.body.style.margin = '0'; });
  after(() => { document.body.style.margin = ''; });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const chip of ['nvidia-h100-sxm5', 'nvidia-rtx-4090d']) {
    it(`fits 320 px without horizontal scrolling (${chip})`, async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await mount(html`<compute-threshold-calculator chip=${chip}></compute-threshold-calculator>`);
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(overflowing(el)).to.deep.equal([]);
    });
  }

  it('fits 320 px with an error message and an "other" format row', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const format = find<HTMLSelectElement>(el, 'select[id$="-format"]');
    format.value = 'other';
    format.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await typeInto(el, find<HTMLInputElement>(el, 'input[id$="-value"]'), '1,234,567.89 TFLOPS');
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('folds the chart away at 320 px, behind a button that unfolds it', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const toggle = find<HTMLButtonElement>(el, '.chart-toggle');
    const figure = find(el, '#chart-figure');
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(figure).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(figure).display).not.to.equal('none');
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('shows results and inputs side by side when wide, and the chart without a fold', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const result = find(el, '[part="result-panel"]').getBoundingClientRect();
    const input = find(el, '[part="input-panel"]').getBoundingClientRect();
    expect(Math.abs(result.top - input.top)).to.be.below(2);
    expect(input.left).to.be.greaterThan(result.right);
    expect(getComputedStyle(find(el, '.chart-toggle')).display).to.equal('none');
    expect(getComputedStyle(find(el, '#chart-figure')).display).not.to.equal('none');
  });

  it('stacks into one column in compact mode, even when wide', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount(html`<compute-threshold-calculator compact chip="nvidia-h20"></compute-threshold-calculator>`);
    const result = find(el, '[part="result-panel"]').getBoundingClientRect();
    const input = find(el, '[part="input-panel"]').getBoundingClientRect();
    expect(input.top).to.be.greaterThan(result.bottom);
  });
});
