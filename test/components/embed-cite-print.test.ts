/**
 * "Embed this", "Cite this" and the printed report (issue 13.3): the snippets reproduce the state
 * shown, the citation names the rule, its citation and the widget's version, and a printed page
 * shows the answer, the figures with where they came from, the clause table and the date.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import packageJson from '../../package.json';
import { VERSION } from '../../src/version.js';
import { todayIso } from '../../src/model/today.js';
import { clickOn, find, has, mount, mountUnfolded, settled, text, until, type Calculator } from './helpers.js';

async function openShare(el: Calculator, part: 'embed' | 'cite'): Promise<HTMLDetailsElement> {
  await until(() => has(el, `details.${part} summary`), `"${part}" never appeared (the share chunk did not load)`);
  const details = find<HTMLDetailsElement>(el, `details.${part}`);
  if (!details.open) await clickOn(el, details.querySelector('summary')!);
  await until(() => details.querySelector('pre') !== null, `"${part}" never showed its snippets`);
  return details;
}

const snippet = (el: Calculator, id: string) => find(el, `#${id}`).textContent ?? '';

describe('Embed this', () => {
  it('gives the script tag, the iframe and the shortcode for the chip and rules shown', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
    await openShare(el, 'embed');
    expect(snippet(el, 'embed-script')).to.match(/^<script type="module" src="[^"]*compute-threshold-calculator\.js"><\/script>\n<compute-threshold-calculator chip="nvidia-h20" rule-set="bis-china-review-2026"><\/compute-threshold-calculator>$/);
    expect(snippet(el, 'embed-iframe')).to.match(/^<iframe src="[^"]*frame\.html\?chip=nvidia-h20&amp;rule-set=bis-china-review-2026" title="Export-control check for AI chips" sandbox="allow-scripts" loading="lazy"/);
    expect(snippet(el, 'embed-shortcode')).to.equal('[compute_threshold_calculator chip="nvidia-h20" rule-set="bis-china-review-2026"]');
  });

  it('writes typed figures as a spec attribute, escaped, and says the shortcode takes chips only', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { name: 'Chip "X" <b>', datacenter: true, throughput: [{ format: 'FP8', value: '300', unit: 'TFLOPS' }], dies: [{ areaMm2: '600' }] };
    await settled(el);
    const embed = await openShare(el, 'embed');
    const script = snippet(el, 'embed-script');
    expect(script).to.contain('spec="{&quot;name&quot;:&quot;Chip \\&quot;X\\&quot; &lt;b&gt;&quot;');
    expect(script).not.to.contain('<b>');
    // The spec read back from the attribute is the one shown.
    const attribute = new DOMParser().parseFromString(script, 'text/html').querySelector('compute-threshold-calculator')!.getAttribute('spec')!;
    expect(JSON.parse(attribute)).to.deep.equal(el.spec);
    expect(has(el, '#embed-shortcode')).to.equal(false);
    expect(text(embed)).to.contain('The WordPress shortcode takes catalog chips only');
  });
});

describe('Cite this', () => {
  it('names the chip, the answer, the rule with its citation and dates, the version and the day', async () => {
    expect(VERSION, 'src/version.ts follows package.json').to.equal(packageJson.version);
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openShare(el, 'cite');
    const citation = snippet(el, 'cite-text');
    expect(citation).to.match(new RegExp(`^NVIDIA H20 under ECCN 3A090\\.a and \\.b, October 2023 rule \\(as amended\\) \\(88 FR 73458, published Oct 25, 2023, effective Nov 17, 2023\\): Not controlled\\. TPP: 2,368, PD: 2\\.91\\. compute-threshold-calculator ${VERSION.replace(/\./g, '\\.')}, checked `));
    const bibtex = snippet(el, 'cite-bibtex');
    expect(bibtex.split('\n')[0]).to.equal(`@misc{ctc-nvidia-h20-${todayIso()},`);
    expect(bibtex).to.contain(`  howpublished = {compute-threshold-calculator ${VERSION}},`);
    expect(bibtex).to.contain('  note = {Rule: 88 FR 73458, effective 2023-11-17. TPP: 2,368, PD: 2.91. Checked');
    expect(bibtex.trim().endsWith('}')).to.equal(true);
  });
});

describe('printing', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  const shown = (el: Calculator, selector: string) => has(el, selector) && getComputedStyle(find(el, selector)).display !== 'none';

  it('prints the card, the figures with where they came from, the clause table and the date, without the controls', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    // Folded again, as most readers print: printing unfolds what it needs.
    await clickOn(el, find(el, '#working-toggle'));
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shown(el, '[part="clause-table"]'), 'the clause table').to.equal(true);
    expect(shown(el, '.print-note'), 'the print note').to.equal(true);
    const note = text(find(el, '.print-note'));
    expect(note).to.contain('Checked on ');
    expect(note).to.contain('Figures of the NVIDIA H20 from the calculator’s catalog (“nvidia-h20”)');
    expect(note).to.contain('Figure 1: FP8 296 TFLOPS');
    expect(note).to.contain('Die 1: 814 mm²');
    expect(shown(el, '.print-note .working-folded'), 'no advice to open what is printed').to.equal(false);
    for (const hidden of ['#working-toggle', '.figures-column', '.chart-column', '.extras', '.verdict-bar']) {
      expect(shown(el, hidden), hidden).to.equal(false);
    }
    expect(text(find(el, '#verdict-text'))).to.equal('Not controlled');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(has(el, '[part="clause-table"]'), 'folded again after printing').to.equal(false);
  });

  it('prints the card alone, and says how to include the table, when the working was never opened', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    await settled(el);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shown(el, '.print-note')).to.equal(true);
    expect(shown(el, '.print-note .working-folded')).to.equal(true);
    expect(text(find(el, '.print-note .working-folded'))).to.equal('Open “Show the working” before printing to include the clause-by-clause table.');
    expect(text(find(el, '#verdict-text'))).to.equal('Controlled: 3A090.a');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('shows nothing of the report on screen', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(shown(el, '.print-note')).to.equal(false);
  });
});
