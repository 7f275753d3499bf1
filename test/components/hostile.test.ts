/**
 * Hostile input: the widget lives in other people's pages, and takes JSON, attributes and links
 * from them. Nothing given to it may run, render as markup, throw, or hang the page (test/setup.ts
 * also fails any of these tests on an uncaught error, a console error or a request off the origin).
 */
import { expect, html } from '@open-wc/testing';
import { MAX_CONDITIONS } from '../../src/components/calculator/controllers/rule-set-sources.js';
import { scalesOf } from '../../src/components/working/chart/chart-geometry.js';
import { readHash, type SharedState } from '../../src/model/share-state.js';
import { MAX_ROWS } from '../../src/model/spec-draft.js';
import {
  clickOn, figureRows, figureValue, fill, find, findAll, hashOf, headline, mountAlone, notices, openSection, openView, pickChip, setHash, settled, text,
  typeInto, unfold, verdict, type Calculator,
} from './helpers.js';

const initialUrl = window.location.href;
const pwned = window as unknown as { __pwned?: unknown };

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
];

/** Gives an injected onerror or onload the time to fire, had anything been injected. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Nothing ran, and nothing of the payloads became an element or an event-handler attribute. */
async function expectInert(el: Calculator) {
  await settle();
  expect(pwned.__pwned, 'a payload ran').to.equal(undefined);
  const root = el.shadowRoot!;
  expect(root.querySelector('img, script, iframe, object, embed, svg[onload]'), 'an element from a payload').to.equal(null);
  const handlers = [...root.querySelectorAll('*')].filter((node) => [...node.attributes].some((a) => a.name.toLowerCase().startsWith('on')));
  expect(handlers.map((node) => node.outerHTML.slice(0, 120)), 'event-handler attributes').to.deep.equal([]);
}

/** Every link in the shadow root goes to an http(s) address and opens apart from this page. */
function expectOnlyWebLinks(el: Calculator) {
  for (const link of findAll<HTMLAnchorElement>(el, 'a[href]')) {
    expect(link.getAttribute('href'), 'a link that is not http(s)').to.match(/^https?:\/\/[^/]/i);
    expect(new URL(link.href).protocol).to.be.oneOf(['http:', 'https:']);
  }
  for (const link of findAll<HTMLAnchorElement>(el, 'a[target="_blank"]')) {
    expect((link.getAttribute('rel') ?? '').split(/\s+/), 'rel of a link to a new tab').to.include.members(['noopener', 'noreferrer']);
  }
}

/** Text of the shadow root and every attribute value in it: where NaN, Infinity or ∞ would show. */
function everythingShown(el: Calculator): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
  return `${root.textContent ?? ''} ${attributes.join(' ')}`;
}

/** A valid rule set with a payload in every text the widget shows. The chip's TPP of 2,368 meets its clause. */
function hostileRuleSet(payload: string, id = 'page-hostile') {
  return {
    id,
    title: `Title ${payload}`,
    appliesTo: `Chips ${payload}`,
    citation: { document: `Doc ${payload}`, published: '2024-01-02', url: 'https://example.org/rule' },
    effective: '2024-01-02',
    status: 'bill',
    clauses: [{
      id: `C.1 ${payload}`, classification: `CLS ${payload}`, title: `Clause ${payload}`, text: `Clause text ${payload}`,
      when: { metric: 'tpp', op: '>=', threshold: '1000' },
    }],
    exclusions: [{
      id: 'N.1', title: `Note ${payload}`, text: `Note text ${payload}`,
      when: { all: [{ metric: 'datacenter', op: '==', threshold: false }, { metric: 'tpp', op: '<', threshold: '10' }] },
    }],
    outcomes: [{ id: 'O.1', title: `Outcome ${payload}`, text: `Outcome text ${payload}`, when: { metric: 'controlled', op: '==', threshold: true } }],
    caveats: [`Caveat ${payload}`],
    sources: [{ title: `Source ${payload}`, url: 'https://example.org/source' }, { title: 'Quoted', url: `https://example.org/"${payload}` }],
  };
}

/** The three ways a page gives rule sets: the property, a child script, and a link. */
const RULE_SET_CHANNELS: Record<string, (ruleSets: unknown[], ruleSet: string) => Promise<Calculator>> = {
  'the ruleSets property': async (ruleSets, ruleSet) => {
    const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20" rule-set=${ruleSet}></compute-threshold-calculator>`);
    el.ruleSets = ruleSets;
    await el.updateComplete;
    return el;
  },
  'a child script': (ruleSets, ruleSet) => mountAlone(html`<compute-threshold-calculator chip="nvidia-h20" rule-set=${ruleSet}>
    <script type="application/json">${JSON.stringify(ruleSets)}</script>
  </compute-threshold-calculator>`),
  'the link': (ruleSets, ruleSet) => {
    setHash(hashOf({ ruleSet, chip: 'nvidia-h20', ruleSets }));
    return mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
  },
};

/** The three ways a page gives a spec as JSON: the attribute, the property (JSON the page parsed), and a link. */
const SPEC_CHANNELS: Record<string, (json: string) => Promise<Calculator>> = {
  'the spec attribute': (json) => mountAlone(html`<compute-threshold-calculator spec=${json}></compute-threshold-calculator>`),
  'the spec property': async (json) => {
    const el = await mountAlone(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = JSON.parse(json);
    await el.updateComplete;
    return el;
  },
  'the link': (json) => {
    setHash(`#ctc=${encodeURIComponent(`{"s":${json}}`)}`);
    return mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
  },
};

describe('hostile input: markup and script in what the page gives', () => {
  afterEach(() => {
    window.history.replaceState(null, '', initialUrl);
    delete pwned.__pwned;
  });

  for (const [channel, load] of Object.entries(SPEC_CHANNELS)) {
    it(`shows a chip's names from ${channel} as text, never as markup`, async () => {
      for (const payload of PAYLOADS) {
        const spec = {
          name: payload, datacenter: true,
          throughput: [{ format: payload, bitLength: '8', value: '100', unit: 'TFLOPS', processingUnit: payload }],
          dies: [{ name: payload, areaMm2: '800' }],
        };
        const el = await load(JSON.stringify(spec));
        await expectInert(el);
        // TPP 100 × 8 bits = 800 on 800 mm².
        expect(verdict(el)).to.equal('Not controlled');
        expect(text(find(el, '[part="metrics"]'))).to.contain(`(${payload})`);
        await unfold(el);
        await expectInert(el);
        expect(find<HTMLInputElement>(el, '#chip-name').value).to.equal(payload);
        expect(figureRows(el)[0]!.querySelector<HTMLInputElement>('input[id$="-customFormat"]')!.value).to.equal(payload);
        expect(text(figureRows(el)[0]!.querySelector('.row-note'))).to.contain(payload);
        expect(text(find(el, '.row.die .row-title'))).to.contain(payload);
      }
    });
  }

  for (const [channel, load] of Object.entries(RULE_SET_CHANNELS)) {
    it(`shows a rule set's titles, texts, caveats and sources from ${channel} as text, never as markup`, async () => {
      for (const payload of PAYLOADS) {
        const ruleSet = hostileRuleSet(payload, `page-${payload}`);
        const el = await load([ruleSet], ruleSet.id);
        await expectInert(el);
        expect(notices(el)).to.equal('');
        expect(el.result!.ruleSet!.id).to.equal(ruleSet.id);
        const option = [...find<HTMLSelectElement>(el, '#rule-set').options].find((o) => o.value === ruleSet.id)!;
        expect(option.textContent).to.equal(ruleSet.title);
        expect(verdict(el)).to.equal(`Controlled: ${ruleSet.clauses[0]!.classification}`);
        expect(text(find(el, '.verdict-detail'))).to.equal(`Clause met: ${ruleSet.clauses[0]!.id}.`);
        expect(text(find(el, '.verdict-under'))).to.equal(`under ${ruleSet.title} (a bill, not law)`);
        await openSection(el, 'threshold-editor');
        await expectInert(el);
        const consequence = findAll(el, '.clauses tbody.outcome').map(text);
        expect(consequence).to.deep.equal([`Consequence ${ruleSet.outcomes[0]!.title} applies`]);
        const items = findAll(el, '.clauses .item-title').map(text);
        expect(items).to.include.members([ruleSet.clauses[0]!.title, ruleSet.exclusions[0]!.title]);
        expect(findAll(el, '.clauses .item-id').map(text)).to.include(ruleSet.clauses[0]!.id);
        expect(text(find(el, '#market-help'))).to.contain(`${ruleSet.exclusions[0]!.title}: “${ruleSet.exclusions[0]!.text}”`);
        expect(text(find(el, '.threshold-editor'))).to.contain(ruleSet.clauses[0]!.title);
        expect(findAll(el, '.labels text').map(text)).to.include.members([ruleSet.clauses[0]!.id, ruleSet.exclusions[0]!.title]);
        const citation = find(el, '.citation-block');
        expect(text(citation)).to.contain(ruleSet.citation.document);
        expect(findAll(el, '.caveats li').map(text)).to.deep.equal([`Caveat ${payload}`]);
        const links = [...citation.querySelectorAll<HTMLAnchorElement>('a')];
        expect(links.map(text)).to.deep.equal([ruleSet.title, `Source ${payload}`, 'Quoted'].map((t) => `${t} (opens in a new tab)`));
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/rule', 'https://example.org/source', `https://example.org/"${payload}`]);
        expectOnlyWebLinks(el);
      }
    });
  }

  it('keeps a typed chip name as text in the form, the comparison, its chart and the link', async () => {
    for (const payload of PAYLOADS) {
      setHash('');
      const el = await mountAlone(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`);
      await unfold(el);
      const name = find<HTMLInputElement>(el, '#chip-name');
      await typeInto(el, name, payload);
      expect(name.value).to.equal(payload);
      expect((readHash(window.location.hash) as { state: SharedState }).state.spec!.name).to.equal(payload);
      await openView(el, 'compare');
      await clickOn(el, find(el, '#compare-add-current'));
      expect(text(find(el, '.compare-table .chip-name'))).to.equal(`${payload} (edited)`);
      expect(findAll(el, '.chip.named text').map(text)).to.include(`${payload} (edited)`);
      await expectInert(el);
    }
  });

  it('keeps text typed into the chip picker that names no chip as text, never as markup', async () => {
    for (const payload of PAYLOADS) {
      const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      const input = await pickChip(el, payload);
      await expectInert(el);
      expect(input.value).to.equal(payload);
      expect(text(el.shadowRoot!.getElementById('chip-unmatched'))).to.equal(`No chip is named “${payload}”: nothing was chosen.`);
      expect(el.chip).to.equal('nvidia-h20');
    }
  });

  it('shows attributes it does not recognise as text in its notices, never as markup', async () => {
    for (const payload of PAYLOADS) {
      const el = await mountAlone(html`<compute-threshold-calculator chip=${payload} rule-set=${payload} view=${payload} as-of=${payload} theme=${payload}></compute-threshold-calculator>`);
      await expectInert(el);
      expect(notices(el)).to.contain(`There is no chip “${payload}”`);
      expect(notices(el)).to.contain(`There is no rule set “${payload}”`);
      expect(notices(el)).to.contain(`There is no view “${payload}”`);
      await unfold(el);
      await expectInert(el);
      expect(text(find(el, '[part="as-of"]'))).to.contain(`"${payload}" is not a date`);

      const compare = await mountAlone(html`<compute-threshold-calculator view="compare" compare=${`nvidia-h20 ${payload}`}></compute-threshold-calculator>`);
      await settled(compare);
      await expectInert(compare);
      // The attribute is a list separated by spaces or commas: each piece is named.
      for (const piece of payload.split(/[\s,]+/)) expect(text(find(compare, '[part="compare"] .error'))).to.contain(`“${piece}”`);
    }
  });

  it('shows the link\'s rule set id, chip id and date as text, never as markup', async () => {
    for (const payload of PAYLOADS) {
      setHash(hashOf({ ruleSet: payload, chip: payload, asOf: payload.slice(0, 32) }));
      const el = await mountAlone(html`<compute-threshold-calculator sync-url></compute-threshold-calculator>`);
      await expectInert(el);
      expect(notices(el)).to.contain(`There is no chip “${payload}”`);
      expect(notices(el)).to.contain(`There is no rule set “${payload}”`);
      await unfold(el);
      await expectInert(el);
      expect(text(find(el, '[part="as-of"]'))).to.contain(`"${payload.slice(0, 32)}" is not a date`);
    }
  });
});

describe('hostile input: addresses', () => {
  afterEach(() => {
    window.history.replaceState(null, '', initialUrl);
    delete pwned.__pwned;
  });

  const NOT_WEB = [
    'javascript:window.__pwned=1', 'JaVaScRiPt:window.__pwned=1', ' javascript:window.__pwned=1', 'java\nscript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd',
    '//evil.example/x', 'http//evil.example', 'https://', 'example.org/rule', '',
  ];

  for (const [channel, load] of Object.entries(RULE_SET_CHANNELS)) {
    it(`never renders a citation or source address from ${channel} that is not http(s) as a link`, async () => {
      for (const url of NOT_WEB) {
        const citing = { ...hostileRuleSet('plain', 'page-citing'), citation: { document: '1 FR 1', published: '2024-01-02', url } };
        const sourcing = { ...hostileRuleSet('plain', 'page-sourcing'), sources: [{ title: 'A source', url }] };
        const el = await load([citing, sourcing], 'page-citing');
        await unfold(el);
        await expectInert(el);
        expectOnlyWebLinks(el);
        // Such a rule set is refused whole, with the field named, rather than shown without its link.
        expect(notices(el), JSON.stringify(url)).to.contain('citation.url');
        expect(notices(el), JSON.stringify(url)).to.contain('sources[0].url');
        expect(el.result!.ruleSet!.id).to.equal('bis-3a090-2023');
      }
    });
  }

  it('renders http(s) addresses as links that open apart, with rel="noopener noreferrer"', async () => {
    const ruleSet = { ...hostileRuleSet('plain'), sources: [{ title: 'Plain', url: 'http://example.org/a' }, { title: 'Secure', url: 'HTTPS://EXAMPLE.ORG/b' }] };
    const el = await RULE_SET_CHANNELS['the ruleSets property']!([ruleSet], ruleSet.id);
    await unfold(el);
    const links = findAll<HTMLAnchorElement>(el, '.citation-block a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/rule', 'http://example.org/a', 'HTTPS://EXAMPLE.ORG/b']);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    }
    for (const view of ['compare', 'catalog', 'calculator'] as const) {
      await openView(el, view);
      expectOnlyWebLinks(el);
    }
  });
});

describe('hostile input: numbers', () => {
  afterEach(() => window.history.replaceState(null, '', initialUrl));

  /** A figure's value as JSON, what the form shows for it, and whether the engine answers or names the field. */
  const JSON_VALUES: [json: string, shown: string, answer: 'result' | 'message'][] = [
    ['1e308', '1e308', 'result'],
    ['1e400', '1e400', 'result'],
    ['9'.repeat(500), '9'.repeat(500), 'message'],
    ['-0', '-0', 'result'],
    ['1e-324', '1e-324', 'result'],
    ['"1,979"', '1,979', 'message'],
    // A decimal comma is read as one; a lone separator before three digits is asked about (a message by the field).
    ['"989,4"', '989,4', 'result'],
    ['""', '', 'result'],
    ['"   "', '   ', 'result'],
    ['null', '', 'result'],
    ['true', 'true', 'message'],
    ['false', 'false', 'message'],
    ['{}', '{}', 'message'],
    ['{"value":1}', '{"value":1}', 'message'],
    ['[1]', '[1]', 'message'],
  ];

  function expectAnswer(el: Calculator, input: HTMLInputElement, shown: string, answer: 'result' | 'message', label: string, what: string) {
    expect(input.value, what).to.equal(shown);
    expect(verdict(el), what).to.not.equal('');
    if (answer === 'result') expect(el.result!.status, what).to.not.equal('invalid');
    else {
      expect(el.result!.status, what).to.equal('invalid');
      expect(text(find(el, '.stale-note')), what).to.contain(`${label}: `);
      expect(input.getAttribute('aria-invalid'), what).to.equal('true');
    }
    expect(everythingShown(el), what).to.not.match(/NaN|Infinity|∞|undefined|\[object /);
  }

  for (const [channel, load] of Object.entries(SPEC_CHANNELS)) {
    it(`answers, or names the field, for any number given through ${channel}`, async () => {
      for (const [json, shown, answer] of JSON_VALUES) {
        // Through the property, the page's own JSON.parse has already read the numbers as JavaScript does.
        const parsed = channel === 'the spec property' && /^[-\d]/.test(json) ? String(JSON.parse(json)) : shown;
        const el = await load(`{"datacenter":true,"throughput":[{"format":"FP8","unit":"TFLOPS","value":${json}}],"dies":[{"areaMm2":"814"}]}`);
        await unfold(el);
        const value = figureValue(el);
        const expected = channel === 'the spec property' && parsed === 'Infinity' ? 'message' : answer;
        expectAnswer(el, value, parsed, expected, 'Figure 1, Value', `${json.slice(0, 20)} through ${channel}`);
      }
    });
  }

  it('keeps a number written in JSON as written, where reading it as a JavaScript number would change it', async () => {
    const el = await mountAlone(html`<compute-threshold-calculator spec=${'{"datacenter":true,"throughput":[{"format":"FP8","unit":"TFLOPS","value":599.99999999999999999}],"dies":[{"areaMm2":814.0}]}'}></compute-threshold-calculator>`);
    expect(el.spec.throughput![0]!.value).to.equal('599.99999999999999999');
    expect(el.spec.dies![0]!.areaMm2).to.equal('814.0');
    // 599.99999999999999999 × 8 bits is just below 4,800: read as a float it would be 600, and 3A090.a.1.
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
  });

  it('draws a TPP or PD at either end of what a float holds on a finite axis with a few labelled ticks', () => {
    const box = { left: 0, right: 300, top: 0, bottom: 100 };
    for (const extreme of [Number.MIN_VALUE, 1e-320, 1e-300, 7e306, 1.7e308]) {
      for (const pdThresholds of [[1.6, 3.2, 5.92], []]) {
        const s = scalesOf(box, [1600, 4800, extreme], pdThresholds, extreme);
        expect(s.xTicks.length, String(extreme)).to.be.within(2, 11);
        for (const tick of s.xTicks) expect(tick > 0 && Number.isFinite(tick), `tick ${tick}`).to.equal(true);
        for (const tpp of [extreme, 1600, 4800, Infinity]) expect(s.x(tpp), `x(${tpp})`).to.be.within(box.left, box.right);
        expect(s.yMax, `yMax for PD ${extreme}`).to.be.above(0).and.below(Infinity);
        expect(s.y(extreme), `y(${extreme})`).to.be.within(box.top, box.bottom);
      }
    }
  });

  it('answers, or names the field, for whatever is typed, and keeps what was typed', async () => {
    const TYPED: [string, 'result' | 'message'][] = [
      ['1e308', 'result'], ['1e400', 'result'], ['9'.repeat(40), 'result'], ['-0', 'result'], ['1e-324', 'result'],
      ['1,979', 'message'], ['989,4', 'result'], ['1..5', 'message'], ['', 'result'], ['   ', 'result'],
    ];
    const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await unfold(el);
    const value = figureValue(el);
    const area = find<HTMLInputElement>(el, '#die0-area');
    for (const [typed, answer] of TYPED) {
      await typeInto(el, value, typed);
      expectAnswer(el, value, typed, answer, 'Figure 1, Value', `typed ${typed.slice(0, 20)}`);
      await typeInto(el, value, '296');
      await typeInto(el, area, typed);
      // A die area must be more than zero.
      expectAnswer(el, area, typed, typed === '-0' ? 'message' : answer, 'Die 1, Area (mm²)', `typed ${typed.slice(0, 20)} as the area`);
      await typeInto(el, area, '814');
    }
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('names the field for a number too large for any chip, pasted whole, and keeps it', async () => {
    const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await unfold(el);
    // 500 digits: 10^499, beyond the 10^400 the engine reads.
    for (const [input, label] of [[figureValue(el), 'Figure 1, Value'], [find<HTMLInputElement>(el, '#die0-area'), 'Die 1, Area (mm²)']] as const) {
      await fill(el, input, '9'.repeat(500));
      expectAnswer(el, input, '9'.repeat(500), 'message', label, `500 digits in ${label}`);
      expect(text(el.shadowRoot!.getElementById(`${input.id}-error`))).to.equal('This number is too large to be a chip figure.');
      // The last valid answer stays: the H20's.
      expect(headline(el)).to.equal('Not controlled');
      await fill(el, input, input === figureValue(el) ? '296' : '814');
      expect(verdict(el)).to.equal('Not controlled');
    }
  });
});

describe('hostile input: size and depth', () => {
  afterEach(() => window.history.replaceState(null, '', initialUrl));

  /**
   * Runs `action`, then waits for the widget's update and a timer: the page stayed responsive if it
   * gets there (a hang is caught by the test's timeout; how long it took is for the benchmarks).
   */
  async function responsive(action: () => Promise<Calculator>): Promise<Calculator> {
    const el = await action();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return el;
  }

  const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const deepConditions = (levels: number) => `${'{"all":['.repeat(levels)}{"metric":"tpp","op":">=","threshold":"1"}${']}'.repeat(levels)}`;
  const ruleSetWith = (when: string) => JSON.stringify(hostileRuleSet('plain', 'page-deep')).replace('{"metric":"tpp","op":">=","threshold":"1000"}', when);

  it(`refuses ${(10000).toLocaleString('en-US')} throughput figures or dies with a message, and keeps the chip shown`, async () => {
    for (const list of ['throughput', 'dies'] as const) {
      const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      const rows = Array.from({ length: 10000 }, (_, i) => (list === 'throughput' ? { format: 'FP8', value: String(i + 1), unit: 'TFLOPS' } : { areaMm2: String(i + 1) }));
      await responsive(async () => {
        el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '300', unit: 'TFLOPS' }], dies: [{ areaMm2: '800' }], [list]: rows };
        return el;
      });
      expect(notices(el)).to.equal(`The spec lists 10,000 ${list === 'throughput' ? 'throughput figures' : 'dies'}; the calculator takes at most ${MAX_ROWS}, so it was not used.`);
      expect(el.chip).to.equal('nvidia-h20');
      expect(verdict(el)).to.equal('Not controlled');
    }
  });

  it(`takes ${MAX_ROWS} throughput figures and dies, the most it shows, and answers`, async () => {
    const el = await mountAlone(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await responsive(async () => {
      el.spec = {
        datacenter: true,
        throughput: Array.from({ length: MAX_ROWS }, (_, i) => ({ format: 'FP8', value: String(i + 1), unit: 'TFLOPS' })),
        dies: Array.from({ length: MAX_ROWS }, () => ({ areaMm2: '8' })),
      };
      return el;
    });
    // FP8 at 100 TFLOPS decides: TPP 800, on 800 mm² of dies.
    expect(text(find(el, '#tpp-value'))).to.equal('800');
    expect(notices(el)).to.equal('');
    await unfold(el);
    expect(figureRows(el)).to.have.length(MAX_ROWS);
    expect(findAll(el, '.row.die')).to.have.length(MAX_ROWS);
  });

  it('refuses JSON nested 100,000 levels deep in the spec attribute with a message', async () => {
    const cases: [string, RegExp][] = [
      ['['.repeat(100000), /^The spec attribute is not valid JSON \(.+\); it was not used\.$/],
      [deepArray(100000), /^The spec nests lists and objects more than 64 levels deep, which no chip spec does; it was not used\.$/],
      [`{"throughput":[{"format":"FP8","unit":"TFLOPS","value":${deepArray(100000)}}]}`, /^The spec nests lists and objects more than 64 levels deep/],
    ];
    for (const [json, message] of cases) {
      const el = await responsive(() => mountAlone(html`<compute-threshold-calculator chip="nvidia-h20" spec=${json}></compute-threshold-calculator>`));
      expect(notices(el)).to.match(message);
      expect(verdict(el)).to.equal('Not controlled');
    }
  });

  it('refuses a spec property nested 100,000 levels deep, or in a cycle, with a message', async () => {
    const cyclic: Record<string, unknown> = { name: 'Ouroboros' };
    cyclic.throughput = [{ format: 'FP8', unit: 'TFLOPS', value: cyclic }];
    for (const spec of [JSON.parse(`{"throughput":[{"value":${deepArray(100000)}}]}`), cyclic]) {
      const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      await responsive(async () => {
        el.spec = spec;
        return el;
      });
      expect(notices(el)).to.contain('more than 64 levels deep');
      expect(verdict(el)).to.equal('Not controlled');
    }
  });

  it('refuses JSON nested 100,000 levels deep in a child script, and a rule set with conditions nested 10,000 deep, with a message', async () => {
    const cases: [string, string][] = [
      ['['.repeat(100000), 'Script element 1 does not hold valid JSON'],
      [deepArray(100000), 'Rule set #1 (script element 1) was not loaded: it nests lists and objects more than 64 levels deep'],
      [ruleSetWith(deepConditions(10000)), 'Rule set “page-deep” (script element 1) was not loaded: it nests lists and objects more than 64 levels deep'],
      // A value the engine's own messages would recurse into to quote it.
      [ruleSetWith(`{"metric":${deepArray(10000)},"op":">=","threshold":"1"}`), 'Rule set “page-deep” (script element 1) was not loaded'],
      [ruleSetWith(`{"metric":"tpp","op":${deepArray(10000)},"threshold":"1"}`), 'Rule set “page-deep” (script element 1) was not loaded'],
    ];
    for (const [json, message] of cases) {
      const el = await responsive(() => mountAlone(html`<compute-threshold-calculator chip="nvidia-h20">
        <script type="application/json">${json}</script>
      </compute-threshold-calculator>`));
      expect(notices(el)).to.contain(message);
      expect(verdict(el)).to.equal('Not controlled');
    }
  });

  it('refuses rule sets nested 10,000 deep through the ruleSets property with a message', async () => {
    for (const json of [ruleSetWith(deepConditions(10000)), ruleSetWith(`{"metric":${deepArray(10000)},"op":">=","threshold":"1"}`), deepArray(100000)]) {
      const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
      await responsive(async () => {
        el.ruleSets = [JSON.parse(json)];
        return el;
      });
      expect(notices(el)).to.contain('was not loaded: it nests lists and objects more than 64 levels deep');
      expect(verdict(el)).to.equal('Not controlled');
    }
  });

  it(`refuses a rule set with 10,000 conditions with a message, and answers as the reader types under one with ${MAX_CONDITIONS}`, async () => {
    const withClauses = (count: number) => ({
      ...hostileRuleSet('plain', `page-${count}`),
      clauses: Array.from({ length: count }, (_, i) => ({ id: `c${i}`, classification: 'MANY', title: 'Many', when: { metric: 'tpp', op: '>=', threshold: String(100000 - i) } })),
      exclusions: [],
      outcomes: [],
    });
    const el = await mountAlone(html`<compute-threshold-calculator chip="nvidia-h20" rule-set="page-10000"></compute-threshold-calculator>`);
    await responsive(async () => {
      el.ruleSets = [withClauses(10000)];
      return el;
    });
    expect(notices(el)).to.contain('Rule set “page-10000” was not loaded: it has 10,000 conditions, more than the 200 the calculator takes.');

    await responsive(async () => {
      el.ruleSets = [withClauses(MAX_CONDITIONS)];
      el.ruleSet = `page-${MAX_CONDITIONS}`;
      return el;
    });
    expect(notices(el)).to.equal('');
    expect(verdict(el)).to.equal('Not controlled');
    await unfold(el);
    await responsive(async () => {
      await typeInto(el, figureValue(el), '99999');
      return el;
    });
    // FP8 99,999 × 8 = 799,992: over every one of the 200 lines (100,000 down to 99,801).
    expect(verdict(el)).to.equal('Controlled: MANY');
    await settled(el);
  });

  it('refuses JSON nested 100,000 levels deep in the link with a message', async () => {
    const cases: [string, string][] = [
      ['['.repeat(100000), 'The calculator state in this link could not be read'],
      [deepArray(100000), 'The calculator state in this link could not be read'],
      [`{"c":"nvidia-h20","s":{"throughput":[{"value":${deepArray(100000)}}]}}`, 'The spec nests lists and objects more than 64 levels deep'],
      [`{"c":"nvidia-h20","d":${ruleSetWith(deepConditions(10000))}}`, 'Rule set “page-deep” (from this link) was not loaded: it nests lists and objects more than 64 levels deep'],
      [`{"c":"nvidia-h20","d":${ruleSetWith(`{"metric":${deepArray(10000)},"op":">=","threshold":"1"}`)}}`, 'Rule set “page-deep” (from this link) was not loaded'],
      [`{"c":"nvidia-h20","e":${deepArray(100000)}}`, 'The threshold changes in this link could not be read'],
    ];
    for (const [json, message] of cases) {
      setHash(`#ctc=${encodeURIComponent(json)}`);
      const el = await responsive(() => mountAlone(html`<compute-threshold-calculator sync-url chip="nvidia-h20"></compute-threshold-calculator>`));
      expect(notices(el)).to.contain(message);
      expect(verdict(el)).to.equal('Not controlled');
    }
  });
});
