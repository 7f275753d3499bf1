import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RuleSet } from '../../src/index.js';
import { readHash } from '../../src/model/share-state.js';
import {
  clickOn, describedBy, find, hashOf, mount, mountAlone, mountUnfolded, notices, setHash, settled, text, unfold, verdict, type Calculator,
} from './helpers.js';

const initialUrl = window.location.href;

/** What the date field says (in the unfolded working): its help or its error, both named by aria-describedby. */
function asOfNote(el: Calculator): string {
  return describedBy(find(el, '#as-of')).map((id) => text(el.shadowRoot!.getElementById(id))).join(' ');
}

/** A rule set of 2027 for the logic-chip family, as a site might load without a new release of the widget. */
const RULE_2027: RuleSet = {
  id: 'test-3a090-2027',
  title: 'Test rule of 2027',
  family: '3A090 integrated circuits',
  appliesTo: 'Test chips',
  extends: 'bis-3a090-2023',
  citation: { document: '92 FR 1', published: '2027-01-01', url: 'https://example.org/2027' },
  effective: '2027-01-02',
  status: 'in-force',
  clauses: [],
  sources: [],
};

describe('<compute-threshold-calculator>: as of a date', () => {
  const R2022 = 'ECCN 3A090, October 2022 rule (87 FR 62186, effective Oct 7, 2022)';
  const R2023 = 'ECCN 3A090.a and .b, October 2023 rule (as amended) (88 FR 73458, effective Nov 17, 2023)';
  const R2026 = 'License review for China and Macau, January 2026 rule (case-by-case below TPP 21,000 and 6,500 GB/s) (91 FR 1684, effective Jan 15, 2026)';
  const ENDED = 'ECCN 3A090, October 2022 rule ended on Nov 16, 2023.';
  /** A date, the rule set in force on it (by the effective dates: Oct 7, 2022; Nov 17, 2023; Jan 15, 2026), and what the field says. */
  const cases: [string, string | null, string][] = [
    ['2022-10-06', null, `No rule set for 3A090 integrated circuits was in force on Oct 6, 2022: the first, ${R2022}, took effect later. Still showing ECCN 3A090.a and .b, October 2023 rule (as amended).`],
    ['2022-10-07', 'bis-3a090-2022', `On Oct 7, 2022 the rules in force for 3A090 integrated circuits are ${R2022}.`],
    ['2023-11-16', 'bis-3a090-2022', `On Nov 16, 2023 the rules in force for 3A090 integrated circuits are ${R2022}.`],
    ['2023-11-17', 'bis-3a090-2023', `On Nov 17, 2023 the rules in force for 3A090 integrated circuits are ${R2023}; ${ENDED}`],
    ['2026-01-14', 'bis-3a090-2023', `On Jan 14, 2026 the rules in force for 3A090 integrated circuits are ${R2023}; ${ENDED}`],
    ['2026-01-15', 'bis-china-review-2026', `On Jan 15, 2026 the rules in force for 3A090 integrated circuits are ${R2026}, which builds on ${R2023}; ${ENDED}`],
  ];
  for (const [date, expected, sentence] of cases) {
    it(`on ${date} shows ${expected ?? 'the rule set it had, as nothing was in force'}, and says why`, async () => {
      const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb" as-of=${date}></compute-threshold-calculator>`);
      expect(asOfNote(el)).to.equal(sentence);
      expect(find<HTMLSelectElement>(el, '#rule-set').value).to.equal(expected ?? 'bis-3a090-2023');
      expect(el.result!.ruleSet!.id).to.equal(expected ?? 'bis-3a090-2023');
      expect(find(el, '#as-of').getAttribute('aria-invalid')).to.equal(expected ? 'false' : 'true');
      expect(find<HTMLInputElement>(el, '#as-of').value).to.equal(date);
      // The A800 (TPP 4,992, 464 GB/s interconnect) escapes the 2022 rule only.
      expect(verdict(el)).to.equal(expected === 'bis-3a090-2022' ? 'Not controlled' : 'Controlled: 3A090.a');
    });
  }

  it('says when the date is not a date, and keeps the rule set shown', async () => {
    for (const date of ['2023-02-30', 'yesterday', '17/11/2023']) {
      const el = await mountUnfolded(html`<compute-threshold-calculator rule-set="bis-3a090-2022" chip="nvidia-h20" as-of=${date}></compute-threshold-calculator>`);
      expect(el.result!.ruleSet!.id, date).to.equal('bis-3a090-2022');
      expect(asOfNote(el), date).to.contain(`"${date}" is not a date as YYYY-MM-DD.`);
      expect(find(el, '#as-of').getAttribute('aria-invalid'), date).to.equal('true');
      expect(verdict(el), date).to.equal('Not controlled');
    }
  });

  it('follows a date typed in its field with real keys, and an explicit pick clears the date and says so', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    expect(asOfNote(el)).to.equal('Pick a date to show the rule set in force on it.');
    // Focus goes to the date control's first part, the month; the keys fill month, day and year.
    find<HTMLInputElement>(el, '#as-of').focus();
    await sendKeys({ type: '11162023' });
    await el.updateComplete;
    expect(el.asOf).to.equal('2023-11-16');
    expect(find<HTMLSelectElement>(el, '#rule-set').value).to.equal('bis-3a090-2022');
    expect(verdict(el)).to.equal('Not controlled');

    find<HTMLSelectElement>(el, '#rule-set').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.ruleSet).to.equal('bis-3a090-2023');
    expect(el.asOf).to.equal(null);
    expect(find<HTMLInputElement>(el, '#as-of').value).to.equal('');
    expect(asOfNote(el)).to.equal('The date was cleared: you picked a rule set yourself.');
    expect(verdict(el)).to.equal('Controlled: 3A090.a');
  });

  it('chooses within the family of the rule set shown', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator rule-set="bis-3a090c-2024" as-of="2024-12-02"></compute-threshold-calculator>`);
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090c-2024');
    expect(asOfNote(el)).to.equal('On Dec 2, 2024 the rules in force for 3A090.c high-bandwidth memory are ECCN 3A090.c, high-bandwidth memory, December 2024 rule (89 FR 96790, effective Dec 2, 2024).');
    el.asOf = '2024-12-01';
    await settled(el);
    expect(el.result!.ruleSet!.id).to.equal('bis-3a090c-2024');
    expect(asOfNote(el)).to.equal('No rule set for 3A090.c high-bandwidth memory was in force on Dec 1, 2024: the first, ECCN 3A090.c, high-bandwidth memory, December 2024 rule (89 FR 96790, effective Dec 2, 2024), took effect later. Still showing ECCN 3A090.c, high-bandwidth memory, December 2024 rule.');
  });

  it('considers rule sets the page loads, so a new rule needs no new release', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20" .ruleSets=${[RULE_2027]} as-of="2027-03-01"></compute-threshold-calculator>`);
    expect(find<HTMLSelectElement>(el, '#rule-set').value).to.equal('test-3a090-2027');
    expect(el.result!.ruleSet!.id).to.equal('test-3a090-2027');
    expect(asOfNote(el)).to.contain('are Test rule of 2027 (92 FR 1, effective Jan 2, 2027), which builds on ECCN 3A090.a and .b, October 2023 rule (as amended)');
  });

  describe('in the link', () => {
    afterEach(() => window.history.replaceState(null, '', initialUrl));

    it('round-trips the date, and reports one that is not text', async () => {
      setHash(hashOf({ chip: 'nvidia-h20', asOf: '2022-12-01' }));
      const el = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      expect(el.asOf).to.equal('2022-12-01');
      expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2022');
      await unfold(el);
      await clickOn(el, find(el, '#market-other'));
      expect(readHash(window.location.hash)).to.deep.include({ state: { ruleSet: 'bis-3a090-2022', spec: el.spec, asOf: '2022-12-01' } });

      setHash(`#ctc=${encodeURIComponent(JSON.stringify({ c: 'nvidia-h20', a: { y: 2023 } }))}`);
      const bad = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      expect(notices(bad)).to.equal('The date in this link could not be read; it was not used.');
      expect(bad.chip).to.equal('nvidia-h20');
      expect(bad.result!.ruleSet!.id).to.equal('bis-3a090-2023');
    });
  });
});
