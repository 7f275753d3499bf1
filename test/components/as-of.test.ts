import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RuleSet } from '../../src/index.js';
import { hashOf, readHash } from '../../src/components/share.js';
import { describedBy, find, mount, text, verdict, type Calculator } from './helpers.js';

const initialUrl = window.location.href;

/** What the date field says: its help or its error, both named by aria-describedby. */
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
  const cases: [string, string | null][] = [
    ['2022-10-06', null],
    ['2022-10-07', 'bis-3a090-2022'],
    ['2023-11-16', 'bis-3a090-2022'],
    ['2023-11-17', 'bis-3a090-2023'],
    ['2026-01-14', 'bis-3a090-2023'],
    ['2026-01-15', 'bis-china-review-2026'],
  ];
  for (const [date, expected] of cases) {
    it(`on ${date} shows ${expected ?? 'the rule set it had, as nothing was in force'}, and says why`, async () => {
      const el = await mount(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb" as-of=${date}></compute-threshold-calculator>`);
      const note = asOfNote(el);
      if (expected) {
        expect(el.ruleSet).to.equal(expected);
        expect(find<HTMLSelectElement>(el, '#rule-set').value).to.equal(expected);
        expect(el.result!.ruleSet!.id).to.equal(expected);
        expect(note).to.match(new RegExp(`^On ${date} the rules in force for 3A090 integrated circuits are ${expected} `));
        expect(find(el, '#as-of').getAttribute('aria-invalid')).to.equal('false');
      } else {
        expect(el.ruleSet).to.equal('bis-3a090-2023');
        expect(note).to.contain(`No rule set for 3A090 integrated circuits was in force on ${date}`);
        expect(note).to.contain('Still showing ECCN 3A090.a and .b, October 2023 rule (as amended).');
        expect(find(el, '#as-of').getAttribute('aria-invalid')).to.equal('true');
      }
      expect(find<HTMLInputElement>(el, '#as-of').value).to.equal(date);
    });
  }

  it('says when the date is not a date, and keeps the rule set shown', async () => {
    for (const date of ['2023-02-30', 'yesterday', '17/11/2023']) {
      const el = await mount(html`<compute-threshold-calculator rule-set="bis-3a090-2022" chip="nvidia-h20" as-of=${date}></compute-threshold-calculator>`);
      expect(el.ruleSet, date).to.equal('bis-3a090-2022');
      expect(asOfNote(el), date).to.contain(`"${date}" is not a date as YYYY-MM-DD.`);
      expect(find(el, '#as-of').getAttribute('aria-invalid'), date).to.equal('true');
      expect(verdict(el), date).to.match(/^Not controlled/);
    }
  });

  it('follows a date typed in its field with real keys, and an explicit pick clears the date and says so', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-a800-sxm4-80gb"></compute-threshold-calculator>`);
    expect(asOfNote(el)).to.equal('Pick a date to show the rule set in force on it.');
    find<HTMLInputElement>(el, '#as-of').focus();
    await sendKeys({ type: '11162023' });
    await el.updateComplete;
    expect(el.asOf).to.equal('2023-11-16');
    expect(el.ruleSet).to.equal('bis-3a090-2022');
    expect(verdict(el)).to.match(/^Not controlled/);

    find<HTMLSelectElement>(el, '#rule-set').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.ruleSet).to.equal('bis-3a090-2023');
    expect(el.asOf).to.equal(null);
    expect(find<HTMLInputElement>(el, '#as-of').value).to.equal('');
    expect(asOfNote(el)).to.equal('The date was cleared: you picked a rule set yourself.');
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a/);
  });

  it('chooses within the family of the rule set shown', async () => {
    const el = await mount(html`<compute-threshold-calculator rule-set="bis-3a090c-2024" as-of="2024-12-02"></compute-threshold-calculator>`);
    expect(el.ruleSet).to.equal('bis-3a090c-2024');
    expect(asOfNote(el)).to.contain('rules in force for 3A090.c high-bandwidth memory are bis-3a090c-2024');
    el.asOf = '2024-12-01';
    await el.updateComplete;
    expect(el.ruleSet).to.equal('bis-3a090c-2024');
    expect(asOfNote(el)).to.contain('No rule set for 3A090.c high-bandwidth memory was in force on 2024-12-01');
  });

  it('considers rule sets the page loads, so a new rule needs no new release', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20" .ruleSets=${[RULE_2027]} as-of="2027-03-01"></compute-threshold-calculator>`);
    expect(el.ruleSet).to.equal('test-3a090-2027');
    expect(asOfNote(el)).to.contain('are test-3a090-2027 (92 FR 1, effective 2027-01-02), which builds on bis-3a090-2023');
  });

  describe('in the link', () => {
    afterEach(() => window.history.replaceState(null, '', initialUrl));

    it('round-trips the date, and reports one that is not text', async () => {
      window.history.replaceState(null, '', `${window.location.pathname}${hashOf({ chip: 'nvidia-h20', asOf: '2022-12-01' })}`);
      const el = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      expect(el.ruleSet).to.equal('bis-3a090-2022');
      find<HTMLInputElement>(el, '#market-other').click();
      await el.updateComplete;
      expect(readHash(window.location.hash)).to.deep.include({ state: { ruleSet: 'bis-3a090-2022', spec: el.spec, asOf: '2022-12-01' } });

      window.history.replaceState(null, '', `${window.location.pathname}#ctc=${encodeURIComponent(JSON.stringify({ c: 'nvidia-h20', a: { y: 2023 } }))}`);
      const bad = await mount(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      expect(text(find(bad, '[part="notices"]'))).to.contain('The date in this link could not be read');
      expect(bad.chip).to.equal('nvidia-h20');
      expect(bad.ruleSet).to.equal('bis-3a090-2023');
    });
  });
});
