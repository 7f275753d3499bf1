/**
 * No leak (issue 11): lit-html's keyed `repeat()` left a marker comment behind for every row it
 * removed (lit/lit#5298), so each spec reload or chip switch grew the shadow root by a few nodes.
 * These tests count the comment nodes (lit's markers) in the widget's shadow root, and in any
 * shadow root nested in it, after many reloads and switches: the count must not grow past what it
 * was after the first few.
 */
import { expect, html } from '@open-wc/testing';
import { find, mount, settled, text, unfold, type Calculator } from './helpers.js';

/** Comment nodes under `root`, in nested shadow roots too. */
function commentsIn(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) count += 1;
    else if ((node as Element).shadowRoot) count += commentsIn((node as Element).shadowRoot!);
  }
  return count;
}

const comments = (el: Calculator) => commentsIn(el.shadowRoot!);

/** Two specs with different numbers of throughput rows and dies, so that rows come and go on every reload. */
const FOUR_ROWS = {
  name: 'Four rows', datacenter: true, dies: [{ areaMm2: '814' }],
  throughput: [
    { format: 'FP8', value: '296', unit: 'TFLOPS' }, { format: 'INT8', value: '296', unit: 'TOPS' },
    { format: 'BF16', value: '148', unit: 'TFLOPS' }, { format: 'TF32', value: '74', unit: 'TFLOPS' },
  ],
};
const ONE_ROW = { name: 'One row', datacenter: false, dies: [{ areaMm2: '300' }, { areaMm2: '200', nonPlanar: false }], throughput: [{ format: 'FP16', value: '100', unit: 'TFLOPS' }] };

/** Chips of the catalog with 4, 2 and 1 throughput rows. */
const CHIPS = ['nvidia-h20', 'nvidia-rtx-4090d', 'nvidia-rtx-4090', 'nvidia-l40'];

async function reloadSpecs(el: Calculator, times: number) {
  for (let i = 0; i < times; i += 1) {
    el.spec = i % 2 === 0 ? FOUR_ROWS : ONE_ROW;
    await el.updateComplete;
  }
}

async function switchChips(el: Calculator, times: number) {
  for (let i = 0; i < times; i += 1) {
    el.chip = CHIPS[i % CHIPS.length];
    await el.updateComplete;
  }
}

async function filterPicker(el: Calculator, times: number) {
  const input = find<HTMLInputElement>(el, '#chip-input');
  const queries = ['h', 'h20', 'amd', 'zz', ''];
  for (let i = 0; i < times; i += 1) {
    input.value = queries[i % queries.length]!;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

for (const unfolded of [false, true]) {
  describe(`no leak: comment nodes in the shadow root, ${unfolded ? 'with the working unfolded' : 'in the card'}`, () => {
    async function widget(): Promise<Calculator> {
      const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
      if (unfolded) await unfold(el);
      return el;
    }

    it('stay as many over 1,000 spec reloads', async function reloads() {
      this.timeout(180000);
      const el = await widget();
      await reloadSpecs(el, 4);
      await settled(el);
      const after4 = comments(el);
      // The count sees lit's markers: a widget has dozens.
      expect(after4).to.be.greaterThan(10);
      await reloadSpecs(el, 1000);
      await settled(el);
      expect(el.spec.name).to.equal('One row');
      expect(comments(el)).to.be.at.most(after4);
      // The last reload shows: FP16 100 TFLOPS × 16 bits = TPP 1,600.
      expect(text(find(el, '#tpp-value'))).to.equal('1,600');
      if (unfolded) expect(el.shadowRoot!.querySelectorAll('.row.figure')).to.have.length(1);
    });

    it('stay as many over 200 chip switches', async function switches() {
      this.timeout(120000);
      const el = await widget();
      await switchChips(el, CHIPS.length);
      await settled(el);
      const afterFirst = comments(el);
      await switchChips(el, 200);
      await settled(el);
      expect(el.chip).to.equal(CHIPS[199 % CHIPS.length]);
      expect(comments(el)).to.be.at.most(afterFirst);
    });

    it('stay as many over 200 picker searches', async function searches() {
      this.timeout(120000);
      const el = await widget();
      await filterPicker(el, 5);
      const afterFirst = comments(el);
      await filterPicker(el, 200);
      expect(comments(el)).to.be.at.most(afterFirst);
    });
  });
}
