import { expect, fixture, html } from '@open-wc/testing';
import { explainResult } from '../../src/index.js';
import { readHash } from '../../src/model/share-state.js';
import {
  clickOn, figureValue, find, hashOf, mount, mountAlone, mountUnfolded, notices, setHash, text, typeInto, unfold, until, verdict,
  type Calculator,
} from './helpers.js';

const initialUrl = window.location.href;

/** Replaces navigator.clipboard for one test; the returned list collects what was written. */
function stubClipboard(works: boolean): { written: string[]; restore: () => void } {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (t: string) => { if (!works) throw new DOMException('Denied', 'NotAllowedError'); written.push(t); } },
  });
  return { written, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
}

describe('<compute-threshold-calculator>: the state in the URL hash', () => {
  afterEach(() => window.history.replaceState(null, '', initialUrl));

  it('reads a chip and a rule set from the hash on connect', async () => {
    setHash(hashOf({ ruleSet: 'bis-3a090-2022', chip: 'nvidia-a800-sxm4-80gb' }));
    const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(el.chip).to.equal('nvidia-a800-sxm4-80gb');
    expect(find<HTMLInputElement>(el, '#chip-input').value).to.equal('NVIDIA A800 SXM4 80GB (2022)');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('writes edits to the hash without adding history entries, and the link reproduces them', async () => {
    setHash('');
    const el = await mountUnfolded(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    const entries = window.history.length;
    // Unfolding is no change of state: the page's hash stays.
    expect(window.location.hash).to.equal('');
    await typeInto(el, figureValue(el), '301.5');
    // FP8 301.5 × 8 = 2,412 ≥ 2,400.
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    await clickOn(el, find(el, '#market-other'));
    // Not for datacenters and under TPP 4,800: Note 2 takes it out.
    expect(verdict(el)).to.equal('Not controlled');
    expect(window.history.length).to.equal(entries);
    expect(window.location.hash.startsWith('#ctc=')).to.equal(true);

    const copy = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(copy.spec).to.deep.equal(el.spec);
    expect(copy.spec.throughput![0]!.value).to.equal('301.5');
    expect(copy.spec.datacenter).to.equal(false);
    expect(verdict(copy)).to.equal('Not controlled');
  });

  it('follows hashchange', async () => {
    setHash('');
    const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    setHash(hashOf({ ruleSet: 'bis-3a090-2023', chip: 'nvidia-l40' }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(el.chip).to.equal('nvidia-l40');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
  });

  it('shows a message for a garbled or hostile hash and never throws', async () => {
    for (const hash of ['#ctc=%E0%A4%A', '#ctc=%7B%22s%22%3A5%7D', '#ctc=null', `#ctc=${encodeURIComponent('{"__proto__":{"x":1},"s":{"throughput":"<img src=x onerror=alert(1)>"}}')}`]) {
      setHash(hash);
      const el = await mountAlone(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
      expect(notices(el), hash).to.match(/could not be read|could not be shown/);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    }
  });

  it('leaves the page\'s own anchor alone, and ignores the hash without sync-url', async () => {
    setHash('#section-2');
    const el = await mountUnfolded(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    await typeInto(el, figureValue(el), '300');
    expect(el.spec.throughput![0]!.value).to.equal('300');
    expect(window.location.hash).to.equal('#section-2');

    setHash(hashOf({ chip: 'nvidia-l40' }));
    const plain = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(plain.chip).to.equal('nvidia-h20');
  });

  it('keeps two synced widgets\' states apart in the hash, each under its own key, and restores each', async () => {
    setHash('');
    const page = await fixture<HTMLElement>(html`<div>
      <compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>
      <compute-threshold-calculator sync-url id="second" chip="nvidia-l40"></compute-threshold-calculator>
    </div>`);
    const [first, second] = [...page.querySelectorAll('compute-threshold-calculator')] as Calculator[];
    await first!.updateComplete;
    await second!.updateComplete;
    await unfold(first!);
    await clickOn(first!, find(first!, '#market-other'));
    await unfold(second!);
    await clickOn(second!, find(second!, '#market-other'));
    expect(window.location.hash).to.match(/^#ctc=[^&]+&ctc-second=[^&]+$/);
    expect((readHash(window.location.hash, 'ctc') as { state: { spec: { name: string } } }).state.spec.name).to.equal('NVIDIA H20');
    expect((readHash(window.location.hash, 'ctc-second') as { state: { spec: { name: string } } }).state.spec.name).to.equal('NVIDIA L40');

    // The page reloaded with the link: each widget reads its own.
    page.remove();
    const again = await fixture<HTMLElement>(html`<div>
      <compute-threshold-calculator sync-url></compute-threshold-calculator>
      <compute-threshold-calculator sync-url id="second"></compute-threshold-calculator>
    </div>`);
    const [one, two] = [...again.querySelectorAll('compute-threshold-calculator')] as Calculator[];
    await one!.updateComplete;
    await two!.updateComplete;
    expect(one!.spec).to.deep.equal(first!.spec);
    expect(two!.spec).to.deep.equal(second!.spec);
    // The H20 and the L40, neither for datacenters: Note 2 takes both out.
    expect([verdict(one!), verdict(two!)]).to.deep.equal(['Not controlled', 'Not controlled']);
  });

  it('encodes and decodes a state losslessly', () => {
    const state = { ruleSet: 'bis-3a090-2023', spec: { name: 'Ünïcode & #hash', throughput: [{ format: 'FP8', value: '0.10', unit: 'TFLOPS' }] } };
    expect(readHash(hashOf(state))).to.deep.equal({ state });
    expect(readHash('#other')).to.equal(null);
    expect(readHash('#ctc=%')).to.deep.equal({ error: true });
  });
});

describe('<compute-threshold-calculator>: copy and download', () => {
  it('copies a link that carries the state', async () => {
    const clipboard = stubClipboard(true);
    try {
      const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-l40" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
      await clickOn(el, find(el, '#copy-link'));
      await until(() => text(find(el, '.action-status')) !== '', 'copying never said it was done');
      const link = new URL(clipboard.written[0]!);
      expect(readHash(link.hash)).to.deep.equal({ state: { ruleSet: 'bis-china-review-2026', chip: 'nvidia-l40' } });
      expect(text(find(el, '.action-status'))).to.equal('Link copied.');
    } finally {
      clipboard.restore();
    }
  });

  it('copies the result as text: the verdict, the numbers and the explanation', async () => {
    const clipboard = stubClipboard(true);
    try {
      const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      await clickOn(el, find(el, '#copy-text'));
      await until(() => clipboard.written.length === 1, 'nothing was copied');
      const lines = clipboard.written[0]!.split('\n');
      expect(lines.slice(0, 5)).to.deep.equal([
        'NVIDIA H20',
        'Not controlled.',
        'Rule set: ECCN 3A090.a and .b, October 2023 rule (as amended) (88 FR 73458, effective Nov 17, 2023)',
        'TPP: 2,368',
        'PD: 2.91',
      ]);
      const explanation = explainResult(el.result!).explanation;
      expect(explanation.length).to.be.greaterThan(2);
      for (const sentence of explanation) expect(lines).to.include(sentence);
      expect(lines).to.include('Nearest line (3A090.b.1): TPP at 2,400 (+32, +1.35%, the die area unchanged) would make it controlled as 3A090.b.');
      expect(lines.at(-1)).to.equal('Not legal advice.');
      await until(() => text(find(el, '.action-status')) === 'Result copied as text.', 'copying never said it was done');
    } finally {
      clipboard.restore();
    }
  });

  it('says so visibly when the clipboard refuses', async () => {
    const clipboard = stubClipboard(false);
    try {
      const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      await clickOn(el, find(el, '#copy-link'));
      const status = find(el, '.action-status');
      await until(() => text(status) !== '', 'the failure was never said');
      expect(text(status)).to.equal('Copying failed: your browser did not allow access to the clipboard. Select and copy the text by hand.');
      expect(status.getAttribute('role')).to.equal('status');
    } finally {
      clipboard.restore();
    }
  });

  it('downloads the spec and the result as JSON through an object URL it then revokes', async () => {
    const created: Blob[] = [];
    const revoked: string[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => { created.push(blob); return 'blob:test-download'; };
    URL.revokeObjectURL = (url: string) => { revoked.push(url); };
    HTMLAnchorElement.prototype.click = function record(this: HTMLAnchorElement) { clicked.push(this); };
    try {
      const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      await clickOn(el, find(el, '#download-json'));
      await until(() => revoked.length === 1, 'the object URL was never revoked');
      await el.updateComplete;
      expect(clicked[0]!.download).to.equal('nvidia-h20-export-control.json');
      expect(clicked[0]!.href).to.equal('blob:test-download');
      const saved = JSON.parse(await created[0]!.text());
      expect(saved.spec).to.deep.equal(el.spec);
      expect(saved.ruleSet).to.equal('bis-3a090-2023');
      expect(saved.result.status).to.equal('not-controlled');
      expect(saved.result.metrics.tpp).to.equal('2368');
      expect(saved.result.nearestBoundary.threshold).to.equal('2400');
      expect(revoked).to.deep.equal(['blob:test-download']);
      expect(text(find(el, '.action-status'))).to.equal('Saving nvidia-h20-export-control.json. If no file arrives, the browser or the page blocked the download.');
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
