/**
 * Notices and the card's field errors are worded by the working's messages, which a card with
 * nothing wrong never loads. Each test file runs in a page of its own, so the first test here sees
 * which chunks a plain card asked for.
 */
import { expect, html } from '@open-wc/testing';
import { find, mount, notices, settled, text, verdict } from './helpers.js';

/** Whether the page has fetched the English working's messages (src/i18n/en/working.ts). */
const workingMessagesFetched = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/i18n/en/working.'));

describe('<compute-threshold-calculator>: the words of notices and errors', () => {
  it('answers a chip, or invites a blank widget, without loading the working\'s messages, then words a notice once there is one', async () => {
    const h20 = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await settled(h20);
    expect(verdict(h20)).to.equal('Not controlled');
    const blank = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await settled(blank);
    expect(verdict(blank)).to.equal('Pick a chip or type its figures');
    expect(workingMessagesFetched()).to.equal(false);

    const unknown = await mount(html`<compute-threshold-calculator chip="nvidia-h21"></compute-threshold-calculator>`);
    expect(notices(unknown)).to.equal('There is no chip “nvidia-h21” in the catalog; showing a custom chip instead.');
    expect(workingMessagesFetched()).to.equal(true);
  });

  it('keeps a stale answer marked out of date, and names the field, when figures given later are invalid', async () => {
    const el = await mount(html`<compute-threshold-calculator spec=${JSON.stringify({ name: 'Test', throughput: [{ format: 'FP8', value: '296', unit: 'TFLOPS' }] })}></compute-threshold-calculator>`);
    expect(find(el, '.verdict').classList.contains('stale')).to.equal(false);
    el.spec = { name: 'Test', throughput: [{ format: 'FP8', value: '-1', unit: 'TFLOPS' }] };
    await el.updateComplete;
    expect(find(el, '.verdict').classList.contains('stale')).to.equal(true);
    expect(text(find(el, '.stale-note ul'))).to.equal('Figure 1, Value: Must not be negative.');
  });
});
