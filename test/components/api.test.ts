import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getRuleSet, type RuleSet } from '../../src/index.js';
import { ComputeThresholdCalculator } from '../../src/index.js';
import {
  figureValue, find, headline, mount, mountUnfolded, notices, pickChip, settled, text, typeInto, unfold, verdict,
} from './helpers.js';

/** A rule set of the user's own: one clause, TPP of 1,000 or more. */
const LOW_BAR: RuleSet = {
  id: 'test-low-bar',
  title: 'Test rule with a low bar',
  appliesTo: 'Test chips',
  citation: { document: '1 FR 1', published: '2024-01-02', url: 'https://example.org/rule' },
  effective: '2024-01-02',
  status: 'not-enforced',
  clauses: [{ id: 'T.1', classification: 'TEST.a', title: 'TPP of 1000 or more', when: { metric: 'tpp', op: '>=', threshold: '1000' } }],
  sources: [{ title: 'The test rule', url: 'https://example.org/rule' }],
};

describe('<compute-threshold-calculator>: attributes', () => {
  it('is registered once by the define module, and the class is exported', () => {
    expect(customElements.get('compute-threshold-calculator')).to.equal(ComputeThresholdCalculator);
  });

  it('reads rule-set and chip', async () => {
    const el = await mount(html`<compute-threshold-calculator rule-set="bis-3a090-2022" chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    expect(find<HTMLSelectElement>(el, '#rule-set').value).to.equal('bis-3a090-2022');
    expect(find<HTMLInputElement>(el, '#chip-input').value).to.equal('NVIDIA A800 SXM4 80GB (2022)');
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2022');
    // The A800's 464 GB/s interconnect is under the 2022 rule's 600 GB/s.
    expect(verdict(el)).to.equal('Not controlled');
    el.setAttribute('chip', 'nvidia-l40');
    await el.updateComplete;
    expect(find<HTMLInputElement>(el, '#chip-input').value).to.equal('NVIDIA L40 (2022)');
    // TPP 2,897 is under the 2022 rule's 4,800 …
    expect(verdict(el)).to.equal('Not controlled');
    el.setAttribute('rule-set', 'bis-3a090-2023');
    await el.updateComplete;
    // … and in the 2023 rule's 3A090.b band.
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
  });

  it('reports an unknown chip id or rule set and falls back, without throwing', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="no-such-chip" rule-set="no-such-rule"></compute-threshold-calculator>`);
    expect(notices(el)).to.equal([
      'There is no chip “no-such-chip” in the catalog; showing a custom chip instead.',
      'There is no rule set “no-such-rule”; using ECCN 3A090.a and .b, October 2023 rule (as amended) instead.',
    ].join(' '));
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2023');
    expect(verdict(el)).to.equal('Pick a chip or type its figures');
  });

  it('reads a spec given as JSON text, keeping its decimal strings', async () => {
    const spec = { name: 'Attribute chip', datacenter: false, throughput: [{ format: 'INT8', value: '700.5', unit: 'TOPS' }] };
    const el = await mount(html`<compute-threshold-calculator spec=${JSON.stringify(spec)}></compute-threshold-calculator>`);
    expect(el.spec.throughput![0]!.value).to.equal('700.5');
    // INT8 700.5 TOPS × 8 bits = TPP 5,604 ≥ 4,800: 3A090.a.1, whatever the market.
    expect(text(find(el, '#tpp-value'))).to.equal('5,604');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    expect(text(find(el, '.verdict-detail'))).to.equal('Clause met: 3A090.a.1.');
    await unfold(el);
    expect(find<HTMLInputElement>(el, '#chip-name').value).to.equal('Attribute chip');
    expect(find<HTMLInputElement>(el, '#fig0-value').value).to.equal('700.5');
  });

  it('shows a message for a spec attribute that is not JSON, and keeps working', async () => {
    const el = await mount(html`<compute-threshold-calculator spec="{not json" chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(notices(el)).to.match(/^The spec attribute is not valid JSON \(.+\); it was not used\.$/);
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('takes light and dark themes from the theme attribute', async () => {
    const el = await mount(html`<compute-threshold-calculator theme="dark"></compute-threshold-calculator>`);
    const dark = getComputedStyle(el).backgroundColor;
    el.theme = 'light';
    await el.updateComplete;
    const light = getComputedStyle(el).backgroundColor;
    expect(dark).to.equal('rgb(22, 25, 30)');
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(el.getAttribute('theme')).to.equal('light');
  });

  it('uses the --ctc-* custom properties and inherits the host page\'s font', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif">
      <compute-threshold-calculator chip="nvidia-h20" style="--ctc-accent: rgb(200, 0, 100); --ctc-surface: rgb(1, 2, 3); --ctc-clear: rgb(0, 90, 0)"></compute-threshold-calculator>
    </div>`);
    const el = wrapper.querySelector('compute-threshold-calculator')!;
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(find(el, '[part="card"]')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(find(el, '[part="verdict"]')).color).to.equal('rgb(0, 90, 0)');
    expect(getComputedStyle(find(el, '#chip-input')).fontFamily).to.equal('Georgia, serif');
    await unfold(el);
    expect(getComputedStyle(find(el, '.citation-block a')).color).to.equal('rgb(200, 0, 100)');
  });
});

describe('<compute-threshold-calculator>: properties', () => {
  it('sets and gets the spec; numbers become the text a user would type', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    el.spec = { name: 'Set by property', datacenter: true, throughput: [{ format: 'FP16', value: 300, unit: 'TFLOPS' }], dies: [{ areaMm2: 500 }] };
    await el.updateComplete;
    expect(el.chip).to.equal(null);
    expect(find<HTMLInputElement>(el, '#chip-input').value).to.equal('Custom chip (type the figures)');
    expect(figureValue(el).value).to.equal('300');
    expect(el.spec).to.deep.equal({ name: 'Set by property', datacenter: true, throughput: [{ format: 'FP16', value: '300', unit: 'TFLOPS' }], dies: [{ areaMm2: '500' }] });
    // FP16 300 TFLOPS × 16 bits = TPP 4,800: 3A090.a.1.
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    // The chip it showed before can be set again.
    el.chip = 'nvidia-h20';
    await el.updateComplete;
    expect(figureValue(el).value).to.equal('296');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('reports what of a given spec the form cannot hold, and rejects a spec that is not an object', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { throughput: [{ format: 'FP8', value: '100', unit: 'TFLOPS' }], color: 'green' };
    await el.updateComplete;
    expect(notices(el)).to.equal('Some of the given spec could not be shown in the form and was left out: color.');
    el.spec = 'not a spec';
    await el.updateComplete;
    expect(notices(el)).to.equal('The spec must be a JSON object describing one chip; it was not used.');
    expect(el.spec.throughput![0]!.value).to.equal('100');
  });

  it('accepts extra rule sets, lists them, and evaluates against them, citing them', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    el.ruleSets = [LOW_BAR];
    el.ruleSet = 'test-low-bar';
    await el.updateComplete;
    const option = [...find<HTMLSelectElement>(el, '#rule-set').options].find((o) => o.value === 'test-low-bar')!;
    expect(option.textContent).to.equal('Test rule with a low bar');
    expect(option.selected).to.equal(true);
    expect(verdict(el)).to.equal('Controlled: TEST.a');
    expect(text(find(el, '.verdict-under'))).to.equal('under Test rule with a low bar (not enforced)');
    expect(text(find(el, '[part="card"] [part="citation"]'))).to.equal('1 FR 1, effective Jan 2, 2024 Not legal advice.');
  });

  it('reports an invalid extra rule set and keeps the valid ones', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const broken = { ...LOW_BAR, id: 'test-broken', sources: [{ title: 'Bad link', url: 'javascript:alert(1)' }] };
    el.ruleSets = [broken, LOW_BAR];
    await el.updateComplete;
    expect(notices(el)).to.contain('Rule set “test-broken” was not loaded');
    const ids = [...find<HTMLSelectElement>(el, '#rule-set').options].map((o) => o.value);
    expect(ids).to.include('test-low-bar');
    expect(ids).not.to.include('test-broken');
  });

  it('evaluates a user rule set that extends a built-in one', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    const overlay: RuleSet = {
      ...LOW_BAR, id: 'test-overlay', extends: 'bis-3a090-2023', clauses: [],
      outcomes: [{ id: 'flag', title: 'Flagged', text: 'Flagged by the test overlay.', when: { metric: 'controlled', op: '==', threshold: true } }],
    };
    el.ruleSets = [overlay];
    el.ruleSet = 'test-overlay';
    await settled(el);
    expect(el.result!.clauses.map((c) => c.id)).to.deep.equal(getRuleSet('bis-3a090-2023')!.clauses.map((c) => c.id));
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
    const flagged = [...el.shadowRoot!.querySelectorAll('[part="clause-table"] tbody.outcome')].find((b) => text(b.querySelector('.item-title')) === 'Flagged');
    expect(text(flagged?.querySelector('.item-head'))).to.equal('Consequence Flagged applies');
  });

  it('takes undefined and null as "not set", as Vue and Svelte pass unset properties: no notice, the defaults', async () => {
    for (const unset of [undefined, null]) {
      const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
      Object.assign(el, {
        spec: unset, ruleSet: unset, ruleSets: unset, thresholdEdits: unset, view: unset, layout: unset, theme: unset,
        chip: unset, compare: unset, asOf: unset, headingLevel: unset, specAttribute: unset,
      });
      await settled(el);
      expect(notices(el), String(unset)).to.equal('');
      expect(headline(el), String(unset)).to.equal('Pick a chip or type its figures');
      expect(find(el, '#rule-set').matches('select') && (find(el, '#rule-set') as HTMLSelectElement).value).to.equal('bis-3a090-2023');
      expect(find(el, '[role="heading"]').getAttribute('aria-level')).to.equal('2');
      // A chip set after them loads as usual.
      el.chip = 'nvidia-h20';
      await settled(el);
      expect(verdict(el)).to.equal('Not controlled');
    }
  });

  it('clears a notice about a refused input when that input, or the chip that replaces it, changes', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = 'not a spec';
    await el.updateComplete;
    expect(notices(el)).to.equal('The spec must be a JSON object describing one chip; it was not used.');
    el.chip = 'nvidia-h20';
    await settled(el);
    expect(notices(el)).to.equal('');
    el.chip = 'no-such-chip';
    await el.updateComplete;
    expect(notices(el)).to.contain('no-such-chip');
    el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '296', unit: 'TFLOPS' }], dies: [{ areaMm2: '814' }] };
    await settled(el);
    expect(notices(el)).to.equal('');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('exposes the current evaluation as result', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-l40"></compute-threshold-calculator>`);
    expect(el.result!.status).to.equal('controlled');
    expect(el.result!.classification).to.equal('3A090.b');
    expect(el.result!.metrics!.tpp).to.equal('2896.8');
  });
});

describe('<compute-threshold-calculator>: events', () => {
  it('fires ctc-change with the new spec when the user types, bubbling out of the shadow root', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const heard = oneEvent(document.body, 'ctc-change');
    void typeInto(el, figureValue(el), '3');
    const event = await heard;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.spec.throughput![0]!.value).to.equal('3');
  });

  it('fires ctc-change when the reader picks a chip', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const heard = oneEvent(el, 'ctc-change');
    await pickChip(el, 'l40');
    const event = await heard;
    expect(el.chip).to.equal('nvidia-l40');
    expect(event.detail.spec.name).to.equal('NVIDIA L40');
    expect(headline(el)).to.equal('Controlled: 3A090.b');
  });

  it('fires ctc-result with each new evaluation, also when the chip is set', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const heard = oneEvent(el, 'ctc-result');
    el.chip = 'nvidia-l40';
    const event = await heard;
    expect(event.composed).to.equal(true);
    expect(event.detail.result.classification).to.equal('3A090.b');
    expect(event.detail.result).to.equal(el.result);
  });

  it('fires no ctc-change when the page sets a property', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    let changes = 0;
    el.addEventListener('ctc-change', () => (changes += 1));
    el.chip = 'nvidia-l40';
    el.spec = { datacenter: true };
    await el.updateComplete;
    await settled(el);
    expect(changes).to.equal(0);
  });
});
