/**
 * The reader's language (issue 14): taken from the widget's lang, else the page's nearest; every
 * catalogue complete; changing the language at runtime keeps what the reader typed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ruleSets } from '../../src/core/rule-sets.js';
import { enCard } from '../../src/i18n/en/card.js';
import { enWorking } from '../../src/i18n/en/working.js';
import { CATALOGUES, languageOf } from '../../src/i18n/languages.js';
import { figureValue, find, mount, settled, text, typeInto, unfold, until, verdict, type Calculator } from './helpers.js';
import { PSEUDO, registerPseudoLocale } from './pseudo-locale.js';

registerPseudoLocale();

const LANGUAGES = ['zh-Hans', 'ja', 'ko', 'de', 'fr'];

describe('languages', () => {
  it('picks the language the widget speaks for a BCP 47 tag, else English', () => {
    const cases: [string | null, string][] = [
      ['de', 'de'], ['de-CH', 'de'], ['DE-de', 'de'], ['fr-CA', 'fr'], ['ja-JP', 'ja'], ['ko-KR', 'ko'],
      ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-Hans-SG', 'zh-Hans'], ['zh-SG', 'zh-Hans'],
      // No Traditional Chinese catalogue yet: English, not Simplified, for Taiwan and Hong Kong.
      ['zh-TW', 'en'], ['zh-Hant', 'en'], ['zh-Hant-HK', 'en'],
      ['en-GB', 'en'], ['es', 'en'], ['', 'en'], [null, 'en'], ['x', 'en'],
    ];
    for (const [tag, language] of cases) expect(languageOf(tag), String(tag)).to.equal(language);
  });

  it('has a complete catalogue for each language, as long as English in every section', async () => {
    for (const language of LANGUAGES) {
      expect(CATALOGUES[language], language).to.be.a('function');
      const catalogue = await CATALOGUES[language]!();
      expect(catalogue.card.lang, language).to.equal(language);
      // The types make every key required; here: none left empty, and no phrase still in English (a word
      // the languages share, "Source", "Format", may stay). Separators and the tag are not words.
      const strings = (value: unknown, key = ''): string[] => (['numbers', 'lang'].includes(key) ? []
        : typeof value === 'string' ? [value]
          : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => strings(v, k)) : []);
      const theirs = [...strings(catalogue.card), ...strings(catalogue.working)];
      const english = new Set([...strings(enCard), ...strings(enWorking)].filter((s) => /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(s)));
      expect(theirs.filter((s) => s.trim() === ''), `${language}: empty strings`).to.deep.equal([]);
      expect(theirs.filter((s) => english.has(s)), `${language}: still English`).to.deep.equal([]);
      expect(Object.keys(catalogue.ruleSets).sort(), `${language}: built-in rule sets`).to.deep.equal(ruleSets.map((r) => r.id).sort());
      for (const r of ruleSets) {
        expect(catalogue.ruleSets[r.id]!.caveats, `${language}: caveats of ${r.id}`).to.have.length(r.caveats.length);
      }
    }
  });

  it('follows the page: the nearest lang around the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO}><p><compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator></p></div>`);
    const el = wrapper.querySelector('compute-threshold-calculator') as Calculator;
    await until(() => el.shadowRoot!.querySelector('#verdict-text')?.textContent?.includes('⟦'), 'the page\'s language was not followed');
    expect(find(el, '[part="base"]').getAttribute('lang')).to.equal(PSEUDO);
    wrapper.setAttribute('lang', 'en');
    await until(() => verdict(el) === 'Not controlled', 'the page\'s change of language was not followed');
    expect(find(el, '[part="base"]').getAttribute('lang')).to.equal('en');
  });

  it('changes language at runtime, keeping what the reader typed', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await unfold(el);
    await typeInto(el, figureValue(el), '300');
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    el.setAttribute('lang', PSEUDO);
    await until(() => find(el, '#verdict-text').textContent!.includes('⟦'), 'the widget did not change language');
    await settled(el);
    expect(figureValue(el).value).to.equal('300');
    expect(text(find(el, '#working-toggle'))).to.match(/^⟦/);
    el.removeAttribute('lang');
    await until(() => verdict(el) === 'Controlled: 3A090.b', 'the widget did not come back to English');
    expect(figureValue(el).value).to.equal('300');
  });

  it('breaks Korean lines at the spaces between words, Chinese and Japanese lines between any two characters', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20" lang="ko"></compute-threshold-calculator>`);
    await until(() => find(el, '[part="base"]').getAttribute('lang') === 'ko', 'Korean never arrived');
    const wordBreak = () => getComputedStyle(find(el, '#verdict-text')).wordBreak;
    expect(wordBreak()).to.equal('keep-all');
    for (const language of ['ja', 'zh-Hans']) {
      el.setAttribute('lang', language);
      await until(() => find(el, '[part="base"]').getAttribute('lang') === language, `${language} never arrived`);
      expect(wordBreak(), language).to.equal('normal');
    }
  });
});
