/**
 * Every string the reader sees comes from a language's catalogue, whole (issue 14.5): under a
 * pseudo-locale, each text node and label must be one wrapped message (or a value: numbers, chip
 * and rule data); text written in a component, or glued from several messages, fails.
 */
import { expect, html } from '@open-wc/testing';
import { catalog } from '../../src/core/catalog.js';
import { COUNTRY_CODES } from '../../src/core/countries.js';
import { METRICS } from '../../src/core/metrics/registry.js';
import { ruleSets } from '../../src/core/rule-sets.js';
import { FORMAT_BIT_LENGTHS, UNITS } from '../../src/core/units.js';
import { choose, clickOn, find, has, mount, openSection, openView, settled, typeInto, unfold, until, type Calculator } from './helpers.js';
import { PSEUDO, registerPseudoLocale } from './pseudo-locale.js';

registerPseudoLocale();

/** Values, not words: they are shown as the data gives them, in every language. */
const DATA = new Set<string>([
  ...catalog.flatMap((c) => [c.name, c.vendor, `${c.vendor} ${c.name}`, c.spec.name ?? '', ...(c.spec.dies ?? []).map((d) => d.name ?? '')]),
  ...ruleSets.flatMap((r) => [r.id, r.citation.document, ...r.sources.map((s) => s.title), ...r.clauses.map((c) => c.label ?? c.id)]),
  ...Object.keys(FORMAT_BIT_LENGTHS), ...Object.keys(UNITS), 'GB/s', 'mm²', 'PD', 'TPP',
  // Country names are the browser's own (Intl.DisplayNames), which has none for a private-use tag: it shows the codes.
  ...COUNTRY_CODES,
].filter(Boolean));

const WRAPPED = /^⟦[\s\S]*⟧$/;

/** A metric's unit: data too, written after a value as the engine shows it ("3.79 × 10²⁵ FLOP"), the same in every language. */
const METRIC_UNITS = [...new Set(Object.values(METRICS).map((m) => m.unit).filter(Boolean))];
const WITH_UNIT = new RegExp(`^[^\\p{L}]+ (${METRIC_UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`, 'u');

/** Text outside any ⟦…⟧, after taking out the outermost wrappers. */
function outside(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '⟦') depth += 1;
    else if (c === '⟧') depth -= 1;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Why a piece of visible text is not one whole message, or null when it is fine. */
function problem(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(t) || DATA.has(t) || WITH_UNIT.test(t)) return null;
  if (WRAPPED.test(t) && outside(t).trim() === '') return null;
  return /⟦/.test(t) ? 'glued from several messages' : 'not from a catalogue';
}

function visibleTexts(root: ShadowRoot): { text: string; where: string }[] {
  const found: { text: string; where: string }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.closest('style')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = node.getAttribute(name);
        if (value) found.push({ text: value, where: `${node.localName}[${name}]` });
      }
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest('style') || !node.textContent?.trim()) continue;
    found.push({ text: node.textContent, where: `${parent.localName}.${parent.className || parent.id}` });
  }
  return found;
}

function expectOnlyMessages(el: Calculator, state: string) {
  const problems = visibleTexts(el.shadowRoot!).flatMap(({ text, where }) => {
    const why = problem(text);
    return why ? [`${why}: "${text.replace(/\s+/g, ' ').trim().slice(0, 120)}" (${where})`] : [];
  });
  expect([...new Set(problems)], state).to.deep.equal([]);
}

describe('the pseudo-locale: every visible string is one whole message', () => {
  it('in the card, the working, the extras and the views', async () => {
    const el = await mount(html`<compute-threshold-calculator lang=${PSEUDO} chip="nvidia-h20"></compute-threshold-calculator>`);
    await until(() => find(el, '#verdict-text').textContent!.includes('⟦'), 'the pseudo-locale never loaded');
    await settled(el);
    expectOnlyMessages(el, 'card');
    await unfold(el);
    expectOnlyMessages(el, 'working');
    await openSection(el, 'threshold-editor');
    await openSection(el, 'vintages');
    expectOnlyMessages(el, 'extras');
    await openView(el, 'compare');
    expectOnlyMessages(el, 'compare');
    await openView(el, 'catalog');
    expectOnlyMessages(el, 'catalog');
  });

  it('with a shipment: the fleet row, the other rules\' lines, the shipment\'s fields and both charts', async () => {
    const el = await mount(html`<compute-threshold-calculator lang=${PSEUDO} chip="nvidia-h200-sxm" shipment='{"quantity": "75000", "destinationCountry": "AE"}'></compute-threshold-calculator>`);
    await until(() => find(el, '#verdict-text').textContent!.includes('⟦'), 'the pseudo-locale never loaded');
    await settled(el);
    expect(has(el, '.fleet')).to.equal(true);
    expectOnlyMessages(el, 'card with a shipment');
    await unfold(el);
    expect(has(el, '#bandwidth-chart-caption')).to.equal(true);
    expectOnlyMessages(el, 'working with a shipment');
  });

  it('in the training view: its card, the working by each route, the lines, and its errors', async () => {
    const el = await mount(html`<compute-threshold-calculator lang=${PSEUDO} view="training"></compute-threshold-calculator>`);
    await until(() => has(el, '[part="training"]') && find(el, '#verdict-text').textContent!.includes('⟦'), 'the training view never rendered in the pseudo-locale');
    await settled(el);
    expectOnlyMessages(el, 'training card');
    await clickOn(el, find(el, '#training-example-llama3'));
    expectOnlyMessages(el, 'training card with an answer');
    await clickOn(el, find(el, '#training-working-toggle'));
    await until(() => has(el, '[part="training-lines"]'), 'the training working never unfolded');
    await settled(el);
    expectOnlyMessages(el, 'training working, by the model');
    await clickOn(el, find(el, '#training-example-cluster'));
    await typeInto(el, find<HTMLInputElement>(el, '#training-days'), '');
    expectOnlyMessages(el, 'training working, a cluster without a duration');
    await typeInto(el, find<HTMLInputElement>(el, '#training-days'), '90');
    await clickOn(el, find(el, '#training-per-chip-source-typed'));
    await typeInto(el, find<HTMLInputElement>(el, '#training-fine-tuning'), '1e24');
    await typeInto(el, find<HTMLInputElement>(el, '#training-base'), '4e25');
    await choose(el, find<HTMLSelectElement>(el, '#training-rule-set'), 'us-eo-14110');
    expectOnlyMessages(el, 'training working, a cluster typed, modifying a model');
    await clickOn(el, find(el, '#training-route-total'));
    await typeInto(el, find<HTMLInputElement>(el, '#training-total'), '1,979e24');
    await until(() => has(el, '.meant'), 'no question about the separator');
    await typeInto(el, find<HTMLInputElement>(el, '#training-revenue'), 'lots');
    expectOnlyMessages(el, 'training errors');
  });

  it('in notices, errors and the question of an ambiguous separator', async () => {
    const el = await mount(html`<compute-threshold-calculator lang=${PSEUDO} chip="no-such-chip" rule-set="no-such-rules"></compute-threshold-calculator>`);
    await until(() => has(el, '[part="notices"] li'), 'no notices');
    await unfold(el);
    await typeInto(el, find<HTMLInputElement>(el, '.row.figure .value input'), '1,979');
    await until(() => has(el, '.meant'), 'no question about the separator');
    expectOnlyMessages(el, 'notices and errors');
    await clickOn(el, find(el, '.meant button'));
    expectOnlyMessages(el, 'after answering');
  });
});
