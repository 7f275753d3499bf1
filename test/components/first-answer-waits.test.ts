/**
 * The built-in rule sets other than the default arrive in a chunk after the first verdict. A widget
 * asked for another one (by attribute, date or the page's own rule set built on a built-in one)
 * waits for them: it never answers under the default first, nor calls a built-in rule set unknown.
 * Thresholds given to the widget and a synced link wait the same way for their code, which is in
 * chunks of its own. Each test file runs in a page of its own, so each test here mounts before the
 * chunk it is about has loaded (no test before it asks for that chunk).
 */
import { expect, html } from '@open-wc/testing';
import { find, hashOf, mount, notices, setHash, settled, text, verdict } from './helpers.js';

/** Every result each widget announces, from its first, by the rule set it was evaluated under. */
function listen(): Map<EventTarget, (string | undefined)[]> {
  const results = new Map<EventTarget, (string | undefined)[]>();
  document.addEventListener('ctc-result', (e) => results.set(e.target!, [...results.get(e.target!) ?? [], e.detail.result.ruleSet?.id]));
  return results;
}

describe('<compute-threshold-calculator>: what its first answer waits for', () => {
  it('answers under the rule set asked for from its first verdict, never under the default first, also for a page\'s own rule set built on one', async () => {
    const results = listen();
    // Both mount before the chunk has arrived: each is rendered before the first await.
    const [a800, own] = await Promise.all([
      mount(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb" rule-set="bis-3a090-2022"></compute-threshold-calculator>`),
      mount(html`<compute-threshold-calculator chip="nvidia-h20" rule-set="test-on-2022"><script type="application/json">
        {"id": "test-on-2022", "title": "Test rule on the 2022 rule", "appliesTo": "Test chips", "extends": "bis-3a090-2022",
         "citation": {"document": "1 FR 1", "published": "2024-01-01", "url": "https://example.org/"}, "effective": "2024-01-02",
         "status": "hypothetical", "clauses": [], "sources": []}
      </script></compute-threshold-calculator>`),
    ]);
    // The A800 (TPP 4,992, 464 GB/s interconnect) escapes the 2022 rule only.
    expect(verdict(a800)).to.equal('Not controlled');
    expect(text(find(a800, '[part="card"] [part="citation"]'))).to.equal('87 FR 62186, effective Oct 7, 2022 Not legal advice.');
    expect(notices(a800)).to.equal('');
    expect(results.get(a800)).to.deep.equal(['bis-3a090-2022']);
    expect(text(find(own, '.verdict-under'))).to.equal('under Test rule on the 2022 rule (hypothetical, not a rule)');
    expect(notices(own)).to.equal('');
    expect(results.get(own)).to.deep.equal(['test-on-2022']);
  });

  it('applies thresholds the page gives to its first answer, though the code of edits arrives in a chunk of its own', async () => {
    const results = listen();
    // No test before this one edits thresholds: their code has not loaded yet in this page.
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20" .thresholdEdits=${[{ item: '3A090.b.1', index: 0, threshold: '2300' }]}></compute-threshold-calculator>`);
    // The H20's TPP of 2,368 is over a 2,300 line, and its PD of 2.91 within 3A090.b.1's band.
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(results.get(el)).to.have.length(1);
    expect(el.result!.ruleSet!.derivedFrom).to.equal('bis-3a090-2023');
    expect(el.thresholdEdits).to.deep.equal([{ item: '3A090.b.1', index: 0, threshold: '2300' }]);
  });

  it('reads a synced link before its first answer, though the code of links arrives in a chunk of its own', async () => {
    const results = listen();
    const initialUrl = window.location.href;
    setHash(hashOf({ ruleSet: 'bis-3a090-2022', chip: 'nvidia-a800-sxm4-80gb' }));
    try {
      const el = await mount(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
      expect(el.chip).to.equal('nvidia-a800-sxm4-80gb');
      expect(verdict(el)).to.equal('Not controlled');
      // Never an answer for the H20 of the attribute first.
      expect(results.get(el)).to.deep.equal(['bis-3a090-2022']);
      expect(el.result!.metrics!.tpp).to.equal('4992');
    } finally {
      window.history.replaceState(null, '', initialUrl);
    }
  });

  it('lists every built-in rule set for logic chips once they have arrived', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await settled(el);
    const ids = [...find<HTMLSelectElement>(el, '#rule-set').options].map((o) => o.value);
    expect(ids).to.include.members(['bis-3a090-2022', 'bis-3a090-2023', 'bis-china-review-2026', 'us-section-232-tariff-2026']);
    expect(ids).not.to.include('eu-ai-act-art51');
  });
});
