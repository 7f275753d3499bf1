import { expect, html } from '@open-wc/testing';
import { hashOf, readHash } from '../../src/components/share.js';
import { figureRows, find, mount, text, typeInto, verdict } from './helpers.js';

const initialUrl = window.location.href;

function setHash(hash: string) {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
}

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
    expect(verdict(el)).to.match(/^Not controlled/);
  });

  it('writes edits to the hash without adding history entries, and the link reproduces them', async () => {
    setHash('');
    const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    const entries = window.history.length;
    await typeInto(el, figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!, '301.5');
    find<HTMLInputElement>(el, '#market-other').click();
    await el.updateComplete;
    expect(window.history.length).to.equal(entries);
    expect(window.location.hash.startsWith('#ctc=')).to.equal(true);

    const copy = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(copy.spec).to.deep.equal(el.spec);
    expect(copy.spec.throughput![0]!.value).to.equal('301.5');
    expect(verdict(copy)).to.equal(verdict(el));
  });

  it('follows hashchange', async () => {
    setHash('');
    const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    setHash(hashOf({ ruleSet: 'bis-3a090-2023', chip: 'nvidia-l40' }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(verdict(el)).to.match(/^Controlled: 3A090\.b/);
  });

  it('shows a message for a garbled or hostile hash and never throws', async () => {
    for (const hash of ['#ctc=%E0%A4%A', '#ctc=%7B%22s%22%3A5%7D', '#ctc=null', `#ctc=${encodeURIComponent('{"__proto__":{"x":1},"s":{"throughput":"<img src=x onerror=alert(1)>"}}')}`]) {
      setHash(hash);
      const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
      expect(text(find(el, '[part="notices"]')), hash).to.match(/could not be read|could not be shown/);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    }
  });

  it('leaves the page\'s own anchor alone, and ignores the hash without sync-url', async () => {
    setHash('#section-2');
    const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
    await typeInto(el, figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-value"]')!, '300');
    expect(window.location.hash).to.equal('#section-2');

    setHash(hashOf({ chip: 'nvidia-l40' }));
    const plain = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(plain.chip).to.equal('nvidia-h20');
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
      const el = await mount(html`<compute-threshold-calculator chip="nvidia-l40" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
      find<HTMLButtonElement>(el, '#copy-link').click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
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
      const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      find<HTMLButtonElement>(el, '#copy-text').click();
      await new Promise((r) => setTimeout(r, 0));
      const copied = clipboard.written[0]!;
      expect(copied).to.contain(verdict(el));
      expect(copied).to.contain(`TPP (total processing performance): ${text(find(el, '#tpp-value'))}\n`);
      for (const sentence of el.result!.explanation) expect(copied).to.contain(sentence);
      expect(copied).to.contain('Not legal advice.');
    } finally {
      clipboard.restore();
    }
  });

  it('says so visibly when the clipboard refuses', async () => {
    const clipboard = stubClipboard(false);
    try {
      const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      find<HTMLButtonElement>(el, '#copy-link').click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      const status = find(el, '.action-status');
      expect(text(status)).to.contain('Copying failed');
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
      const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      find<HTMLButtonElement>(el, '#download-json').click();
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      expect(clicked[0]!.download).to.equal('nvidia-h20-export-control.json');
      expect(clicked[0]!.href).to.equal('blob:test-download');
      const saved = JSON.parse(await created[0]!.text());
      expect(saved.spec).to.deep.equal(el.spec);
      expect(saved.ruleSet).to.equal('bis-3a090-2023');
      expect(saved.result.status).to.equal('not-controlled');
      expect(revoked).to.deep.equal(['blob:test-download']);
      expect(text(find(el, '.action-status'))).to.equal('Downloaded nvidia-h20-export-control.json.');
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
