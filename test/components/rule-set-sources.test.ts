import { expect, html } from '@open-wc/testing';
import type { RuleSet } from '../../src/index.js';
import { readHash } from '../../src/model/share-state.js';
import { find, hashOf, mount, mountAlone, notices, setHash, typeInto, unfold, until, verdict, type Calculator } from './helpers.js';

const initialUrl = window.location.href;

function ruleSetIds(el: Calculator): string[] {
  return [...find<HTMLSelectElement>(el, '#rule-set').options].map((o) => o.value);
}

/** A page's own rule set: one clause, TPP of 1,000 or more. */
const LOW_BAR: RuleSet = {
  id: 'page-low-bar',
  title: 'A low bar of the page’s own',
  appliesTo: 'Test chips',
  citation: { document: '1 FR 1', published: '2024-01-02', url: 'https://example.org/rule' },
  effective: '2024-01-02',
  status: 'bill',
  clauses: [{ id: 'L.1', classification: 'LOW.a', title: 'TPP of 1000 or more', when: { metric: 'tpp', op: '>=', threshold: '1000' } }],
  sources: [],
};

/** A rule set with a condition on a metric the engine does not know. */
const UNKNOWN_METRIC = {
  ...LOW_BAR,
  id: 'page-flops',
  clauses: [{ id: 'F.1', classification: 'F', title: 'FLOPS', when: { all: [{ metric: 'tpp', op: '>=', threshold: '1' }, { metric: 'flops', op: '>=', threshold: '1' }] } }],
};

const json = (value: unknown) => JSON.stringify(value);

describe('<compute-threshold-calculator>: rule sets in a child script', () => {
  it('loads one rule set, or a list, from <script type="application/json"> children, and selects one by id', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20" rule-set="page-low-bar">
      <script type="application/json">${json(LOW_BAR)}</script>
      <script type="application/json">${json([{ ...LOW_BAR, id: 'page-second' }, { ...LOW_BAR, id: 'page-third' }])}</script>
    </compute-threshold-calculator>`);
    expect(ruleSetIds(el)).to.include.members(['page-low-bar', 'page-second', 'page-third', 'bis-3a090-2023']);
    expect(el.ruleSet).to.equal('page-low-bar');
    expect(verdict(el)).to.equal('Controlled: LOW.a');
    expect(notices(el)).to.equal('');
  });

  it('reads the scripts again when the children change', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(ruleSetIds(el)).to.not.include('page-low-bar');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json(LOW_BAR);
    el.append(script);
    await until(() => ruleSetIds(el).includes('page-low-bar'), 'the added script was never read');

    script.textContent = json({ ...LOW_BAR, id: 'page-renamed' });
    await until(() => ruleSetIds(el).includes('page-renamed'), 'the changed script was never read');
    expect(ruleSetIds(el)).to.not.include('page-low-bar');

    script.remove();
    await until(() => !ruleSetIds(el).includes('page-renamed'), 'the removed script\'s rule set stayed');
  });

  it('reports JSON that does not parse, by script, and keeps working with the others', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20">
      <script type="application/json">{ "id": "half-written", </script>
      <script type="application/json">${json(LOW_BAR)}</script>
    </compute-threshold-calculator>`);
    expect(notices(el)).to.match(/^Script element 1 does not hold valid JSON \(.+\); its rule sets were not loaded\.$/);
    expect(ruleSetIds(el)).to.include('page-low-bar');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('reports a condition on an unknown metric by clause and field, and loads the rest', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20">
      <script type="application/json">${json([UNKNOWN_METRIC, LOW_BAR])}</script>
    </compute-threshold-calculator>`);
    expect(notices(el)).to.contain('Rule set “page-flops” (script element 1) was not loaded: clauses[0] (F.1).when.all[1].metric "flops" is not a known metric');
    expect(ruleSetIds(el)).to.not.include('page-flops');
    expect(ruleSetIds(el)).to.include('page-low-bar');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('never runs or renders what a script holds', async () => {
    const w = window as unknown as { ctcRan?: boolean };
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20">
      <script type="application/json">window.ctcRan = true;</script>
      <script type="application/json">${json({ ...LOW_BAR, title: '<img src=x onerror="window.ctcRan=true">' })}</script>
    </compute-threshold-calculator>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.ctcRan).to.equal(undefined);
    expect(notices(el)).to.contain('Script element 1 does not hold valid JSON');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(find<HTMLSelectElement>(el, '#rule-set').textContent).to.contain('<img src=x');
  });
});

describe('<compute-threshold-calculator>: a rule set in the link', () => {
  afterEach(() => window.history.replaceState(null, '', initialUrl));

  it('loads a full rule set from the hash and round-trips it', async () => {
    setHash(hashOf({ ruleSet: 'page-low-bar', chip: 'nvidia-h20', ruleSets: [LOW_BAR] }));
    const el = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(el.ruleSet).to.equal('page-low-bar');
    expect(verdict(el)).to.equal('Controlled: LOW.a');

    await unfold(el);
    await typeInto(el, find<HTMLInputElement>(el, '#chip-name'), 'H20, renamed');
    const state = (readHash(window.location.hash) as { state: { ruleSets: unknown[]; ruleSet: string } }).state;
    expect(state.ruleSet).to.equal('page-low-bar');
    expect(state.ruleSets).to.deep.equal([LOW_BAR]);

    // The link opened afresh.
    const copy = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(copy.result!.ruleSet!.id).to.equal('page-low-bar');
    expect(copy.spec.name).to.equal('H20, renamed');
    expect(verdict(copy)).to.equal('Controlled: LOW.a');
  });

  it('reports a broken rule set in the hash by clause and field, and a value that is not a rule set', async () => {
    setHash(hashOf({ ruleSet: 'page-flops', chip: 'nvidia-h20', ruleSets: [UNKNOWN_METRIC] }));
    const el = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
    expect(notices(el)).to.contain('Rule set “page-flops” (from this link) was not loaded: clauses[0] (F.1).when.all[1].metric "flops" is not a known metric');
    expect(notices(el)).to.contain('There is no rule set “page-flops”');
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2023');

    for (const d of [5, 'rules', [1, 2], null]) {
      setHash(`#ctc=${encodeURIComponent(JSON.stringify({ c: 'nvidia-h20', d }))}`);
      const bad = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      expect(notices(bad), JSON.stringify(d)).to.contain('The rule set in this link is not a rule-set object');
      expect(bad.chip).to.equal('nvidia-h20');
      expect(verdict(bad)).to.equal('Not controlled');
    }
  });

  it('shows a message for malformed JSON in the hash, and keeps working', async () => {
    setHash(`#ctc=${encodeURIComponent('{"r":"bis-3a090-2022","d":{"id":')}`);
    const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    expect(notices(el)).to.contain('The calculator state in this link could not be read');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
  });
});
