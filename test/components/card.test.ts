/**
 * The answer card (issue 11): what a blank widget says, the last valid verdict kept while a field
 * is invalid, the top heading's level, the colour scheme, and the `layout` attribute.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  clickOn, deepActiveElement, explained, find, findAll, has, headline, isUnfolded, mount, notices, settled, text,
  typeInto, unfold, until, verdict, type Calculator,
} from './helpers.js';

/** The design tokens' light and dark defaults (src/components/controls/theme.ts), as computed colours. */
const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 25, 30)' };
const CLEAR = { light: 'rgb(28, 107, 58)', dark: 'rgb(143, 217, 168)' };
const TEXT = { light: 'rgb(27, 30, 35)' };
const MUTED = { light: 'rgb(85, 93, 105)' };

describe('the card: empty', () => {
  it('invites instead of warning: no "Cannot tell", no rows of "unknown", no figures', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await settled(el);
    expect(verdict(el)).to.equal('Pick a chip or type its figures');
    const block = find(el, '[part="verdict"]');
    expect(block.classList.contains('empty')).to.equal(true);
    expect(block.classList.contains('indeterminate')).to.equal(false);
    expect(text(block)).to.contain('The verdict, TPP and performance density appear here as soon as there is a figure to work with.');
    const card = text(find(el, '[part="card"]'));
    expect(card).not.to.match(/Cannot tell|unknown|Not controlled|Controlled/);
    expect(has(el, '[part="metrics"]')).to.equal(false);
    expect(has(el, '[part="nearest"]')).to.equal(false);
    expect(has(el, '[part="overlays"]')).to.equal(false);
    expect(notices(el)).to.equal('');
    expect(text(find(el, '#working-toggle'))).to.equal('Show the working');
  });

  it('answers as soon as a figure is typed in the unfolded form', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    await unfold(el);
    // The blank form is no question yet: the working does not list "unknown" conditions either.
    expect(text(find(el, '#working'))).not.to.contain('Cannot tell');
    const value = find<HTMLInputElement>(el, '#fig0-value');
    await typeInto(el, value, '600');
    // FP16 (the first format offered) 600 TFLOPS × 16 bits = TPP 9,600: 3A090.a.1 whatever the market and die.
    expect(text(find(el, '#tpp-value'))).to.equal('9,600');
    expect(headline(el)).to.equal('Controlled: 3A090.a');
  });
});

describe('the card: a field that is invalid', () => {
  it('keeps the last valid verdict, dimmed and marked out of date, and names the field', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await unfold(el);
    expect(verdict(el)).to.equal('Not controlled');
    const value = find<HTMLInputElement>(el, '#fig0-value');
    await typeInto(el, value, 'abc');
    expect(el.result!.status).to.equal('invalid');
    const block = find(el, '[part="verdict"]');
    expect(block.classList.contains('stale')).to.equal(true);
    expect(block.classList.contains('not-controlled')).to.equal(true);
    // The headline stays; the live region says it is out of date.
    expect(headline(el)).to.equal('Not controlled');
    expect(verdict(el)).to.equal('Not controlled Out of date: the figures have an error. This is the answer for the last valid figures.');
    // Dimmed: the muted colour instead of the text's, which keeps the contrast axe asks for.
    expect(getComputedStyle(find(el, '.verdict-text')).color).to.equal(MUTED.light);
    expect(getComputedStyle(find(el, '.verdict-icon')).opacity).to.equal('0.55');
    // TPP and PD shown are those of the last valid figures.
    expect(text(find(el, '#tpp-value'))).to.equal('2,368');
    const errors = findAll(el, '.stale-note li button').map(text);
    expect(errors).to.deep.equal(['Figure 1, Value: This is not a number: use digits, and “.” or “,” before the decimals, e.g. 989.4.']);
    expect(value.getAttribute('aria-invalid')).to.equal('true');

    await typeInto(el, value, '301');
    // FP8 301 TFLOPS × 8 bits = 2,408 ≥ 2,400 on 814 mm² (PD 2.96): 3A090.b.1.
    expect(block.classList.contains('stale')).to.equal(false);
    expect(verdict(el)).to.equal('Controlled: 3A090.b');
    expect(getComputedStyle(find(el, '.verdict-text')).color).to.equal(TEXT.light);
    expect(has(el, '.stale-note')).to.equal(false);
  });

  it('names every invalid field, and clicking an error focuses its field', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-l40"></compute-threshold-calculator>`);
    await unfold(el);
    await typeInto(el, find<HTMLInputElement>(el, '#fig1-value'), '1..5');
    await typeInto(el, find<HTMLInputElement>(el, '#die0-area'), '-3');
    expect(headline(el)).to.equal('Controlled: 3A090.b');
    const buttons = findAll<HTMLButtonElement>(el, '.stale-note li button');
    expect(buttons.map(text)).to.deep.equal([
      'Figure 2, Value: This is not a number as written: use digits, and “.” or “,” before the decimals, e.g. 1979.5.',
      'Die 1, Area (mm²): Must not be negative.',
    ]);
    await clickOn(el, buttons[1]!);
    expect(deepActiveElement()).to.equal(find(el, '#die0-area'));
    await clickOn(el, findAll(el, '.stale-note li button')[0]!);
    expect(deepActiveElement()).to.equal(find(el, '#fig1-value'));
  });

  it('unfolds the working to focus the field when the error is clicked in the folded card', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await explained(el);
    // The page gives figures with an error: the card keeps the H20's verdict and names the field.
    el.spec = { name: 'H20, mistyped', datacenter: true, throughput: [{ format: 'FP8', value: '296 TFLOPS', unit: 'TFLOPS' }], dies: [{ areaMm2: '814' }] };
    await el.updateComplete;
    expect(isUnfolded(el)).to.equal(false);
    expect(headline(el)).to.equal('Not controlled');
    expect(find(el, '[part="verdict"]').classList.contains('stale')).to.equal(true);
    const error = find(el, '.stale-note li button');
    expect(text(error)).to.equal('Figure 1, Value: This is not a number: use digits, and “.” or “,” before the decimals, e.g. 989.4.');
    await clickOn(el, error);
    await until(() => isUnfolded(el), 'the working never unfolded');
    await until(() => deepActiveElement() === el.shadowRoot!.querySelector('#fig0-value'), 'the field named by the error never got the focus');
    expect(find<HTMLInputElement>(el, '#fig0-value').value).to.equal('296 TFLOPS');
  });
});

describe('the card: figures given with an error and never valid', () => {
  it('names the field, and does not call the invitation an answer out of date', async () => {
    const el = await mount(html`<compute-threshold-calculator spec=${'{"datacenter":true,"throughput":[{"format":"FP8","unit":"TFLOPS","value":"1,979"}]}'}></compute-threshold-calculator>`);
    await settled(el);
    expect(el.result!.status).to.equal('invalid');
    expect(verdict(el)).to.equal('Pick a chip or type its figures');
    expect(find(el, '[part="verdict"]').classList.contains('stale')).to.equal(false);
    expect(text(find(el, '.stale-note'))).to.equal('Figure 1, Value: Is this a thousands separator or a decimal mark? Say which below.');
    await clickOn(el, find(el, '.stale-note button'));
    await until(() => deepActiveElement() === el.shadowRoot!.querySelector('#fig0-value'), 'the field named by the error never got the focus');
  });

  it('keeps inviting when such figures are given to a widget that opened empty: the blank form was no answer', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { throughput: [{ format: 'FP8', value: '989..4', unit: 'TFLOPS' }] };
    await settled(el);
    expect(verdict(el)).to.equal('Pick a chip or type its figures');
    expect(find(el, '[part="verdict"]').classList.contains('empty')).to.equal(true);
    expect(text(find(el, '.stale-note'))).to.equal('Figure 1, Value: This is not a number as written: use digits, and “.” or “,” before the decimals, e.g. 1979.5.');
  });
});

describe('the card: heading level', () => {
  /** A page with its own h1, the widget under it. */
  async function underPageHeading(level: string | null): Promise<{ page: HTMLElement; el: Calculator }> {
    const page = await fixture<HTMLElement>(level === null
      ? html`<article><h1>An article about chips</h1><compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator></article>`
      : html`<article><h1>An article about chips</h1><compute-threshold-calculator chip="nvidia-h20" heading-level=${level}></compute-threshold-calculator></article>`);
    const el = page.querySelector('compute-threshold-calculator')!;
    await el.updateComplete;
    await explained(el);
    return { page, el };
  }

  const cardHeading = (el: Calculator) => find(el, '[part="card"] [role="heading"]');

  it('is 2 by default: under a page\'s h1, axe\'s heading-order passes, also with the working unfolded', async () => {
    const { page, el } = await underPageHeading(null);
    expect(cardHeading(el).getAttribute('aria-level')).to.equal('2');
    expect(text(cardHeading(el))).to.equal('Export-control check for AI chips');
    await expect(page).to.be.accessible();
    await unfold(el);
    await expect(page).to.be.accessible();
  });

  it('follows heading-level="2" under a page\'s h1, and heading-order passes', async () => {
    const { page, el } = await underPageHeading('2');
    expect(cardHeading(el).getAttribute('aria-level')).to.equal('2');
    await expect(page).to.be.accessible();
  });

  it('gives the level asked for, 1 to 6', async () => {
    for (const level of ['1', '3', '4', '6']) {
      const el = await mount(html`<compute-threshold-calculator heading-level=${level}></compute-threshold-calculator>`);
      expect(cardHeading(el).getAttribute('aria-level'), level).to.equal(level);
    }
  });

  it('fails heading-order when the level skips one under the page\'s h1 (so the check above can fail)', async () => {
    const { page } = await underPageHeading('4');
    let failure: unknown = null;
    try {
      await expect(page).to.be.accessible();
    } catch (e) {
      failure = e;
    }
    expect(String(failure)).to.contain('heading-order');
  });

  it('falls back to 2 for a value that is not a level from 1 to 6', async () => {
    for (const level of ['two', '', '0', '7', '2.5', '-1']) {
      const el = await mount(html`<compute-threshold-calculator heading-level=${level}></compute-threshold-calculator>`);
      expect(cardHeading(el).getAttribute('aria-level'), JSON.stringify(level)).to.equal('2');
    }
  });
});

describe('the card: colour scheme', () => {
  const root = document.documentElement;
  afterEach(async () => {
    root.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  const surface = (el: Calculator) => getComputedStyle(find(el, '[part="card"]')).backgroundColor;
  const clear = (el: Calculator) => getComputedStyle(find(el, '[part="verdict"]')).color;

  it('follows the page\'s color-scheme when no theme is set', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(el.hasAttribute('theme')).to.equal(false);
    expect([surface(el), clear(el)]).to.deep.equal([SURFACE.light, CLEAR.light]);
    root.style.colorScheme = 'dark';
    expect([surface(el), clear(el)]).to.deep.equal([SURFACE.dark, CLEAR.dark]);
    expect(getComputedStyle(el).backgroundColor).to.equal(SURFACE.dark);
    root.style.colorScheme = 'light';
    expect([surface(el), clear(el)]).to.deep.equal([SURFACE.light, CLEAR.light]);
  });

  it('follows the page, not the reader\'s system setting, when no theme is set', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(surface(el)).to.equal(SURFACE.light);
    root.style.colorScheme = 'light dark';
    expect(surface(el)).to.equal(SURFACE.dark);
  });

  it('theme="light" and theme="dark" override the page', async () => {
    root.style.colorScheme = 'dark';
    const el = await mount(html`<compute-threshold-calculator theme="light" chip="nvidia-h20"></compute-threshold-calculator>`);
    expect([surface(el), clear(el)]).to.deep.equal([SURFACE.light, CLEAR.light]);
    root.style.colorScheme = 'light';
    el.theme = 'dark';
    await el.updateComplete;
    expect([surface(el), clear(el)]).to.deep.equal([SURFACE.dark, CLEAR.dark]);
  });

  it('theme="auto" follows the reader\'s system setting', async () => {
    const el = await mount(html`<compute-threshold-calculator theme="auto" chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(surface(el)).to.equal(SURFACE.light);
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(el)).to.equal(SURFACE.dark);
  });
});

describe('the card: layout', () => {
  it('is the card by default: the working folded behind "Show the working", which unfolds and folds it', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await explained(el);
    const toggle = find(el, '#working-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('working');
    expect(has(el, '#working')).to.equal(false);
    await unfold(el);
    const unfolded = find(el, '#working-toggle');
    expect(unfolded.getAttribute('aria-expanded')).to.equal('true');
    expect(text(unfolded)).to.equal('Hide the working');
    expect(has(el, '#working [part="input-panel"]')).to.equal(true);
    expect(has(el, '[part="clause-table"]')).to.equal(true);
    await clickOn(el, unfolded);
    expect(has(el, '#working')).to.equal(false);
    expect(text(find(el, '#working-toggle'))).to.equal('Show the working');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('layout="full" renders the working unfolded once it has loaded', async () => {
    const el = await mount(html`<compute-threshold-calculator layout="full" chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(has(el, '#working')).to.equal(true);
    await until(() => isUnfolded(el), 'the working never rendered');
    await settled(el);
    expect(find(el, '#working-toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(find<HTMLInputElement>(el, '#fig0-value').value).to.equal('296');
    expect(has(el, '[part="clause-table"]')).to.equal(true);
    expect(has(el, '[part="chart"]')).to.equal(true);
    expect(notices(el)).to.equal('');
  });

  it('layout="bogus" says so, naming the attribute\'s value, and shows the card', async () => {
    const el = await mount(html`<compute-threshold-calculator layout="bogus" chip="nvidia-h20"></compute-threshold-calculator>`);
    await settled(el);
    expect(notices(el)).to.equal('There is no layout “bogus”; showing the card.');
    expect(has(el, '#working')).to.equal(false);
    expect(find(el, '#working-toggle').getAttribute('aria-expanded')).to.equal('false');
    expect(verdict(el)).to.equal('Not controlled');
  });

  it('follows the layout attribute when the page changes it', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    el.layout = 'full';
    await el.updateComplete;
    await until(() => isUnfolded(el), 'the working never rendered');
    el.layout = 'card';
    await el.updateComplete;
    expect(has(el, '#working')).to.equal(false);
  });
});
