/**
 * The training-run view (issue 16, items 1, 3 and 5 as the widget shows them): it opens from its tab
 * and from `view="training"`, answers first in its card, takes the run's compute by each route with
 * real keys and clicks, shows each line on it and either side, the days of training to each line
 * for a cluster, names a bad field while keeping the last answer marked out of date, and passes axe.
 */
import { expect, html } from '@open-wc/testing';
import {
  choose, clickOn, deepActiveElement, find, findAll, has, mount, openView, settled, text, typeInto, until, verdict, type Calculator,
} from './helpers.js';

/** Mounts the training view and waits for it (its chunk and the working's messages). */
async function mountTraining(attributes: 'card' | 'full' = 'full', ruleSet?: string): Promise<Calculator> {
  const el = await mount(ruleSet
    ? html`<compute-threshold-calculator view="training" layout=${attributes} rule-set=${ruleSet}></compute-threshold-calculator>`
    : html`<compute-threshold-calculator view="training" layout=${attributes}></compute-threshold-calculator>`);
  await until(() => has(el, '[part="training"]'), 'the training view never rendered');
  await settled(el);
  return el;
}

const input = (el: Calculator, id: string) => find<HTMLInputElement>(el, `#${id}`);
const flop = (el: Calculator) => text(find(el, '#training-flop'));
const formula = (el: Calculator) => text(find(el, '#training-flop').closest('dd')!.querySelector('.formula'));
const others = (el: Calculator) => findAll(el, '[part="overlays"] li').map(text);
const nearest = (el: Calculator) => text(find(el, '[part="nearest"]'));
/** The row of the lines table for a line, by its label. */
const lineRow = (el: Calculator, label: string) => {
  const found = findAll(el, '[part="training-lines"] tbody tr').find((tr) => text(tr.querySelector('th .line-label')) === label);
  if (!found) throw new Error(`No line ${label}`);
  return [...found.querySelectorAll('td')].map(text);
};

async function type(el: Calculator, id: string, typed: string) {
  await typeInto(el, input(el, id), typed);
}

async function pickRoute(el: Calculator, route: 'cluster' | 'model' | 'total') {
  await clickOn(el, find(el, `#training-route-${route}`));
}

const EU_SYSTEMIC = 'Over the line: general-purpose AI model with systemic risk (presumed)';

describe('<compute-threshold-calculator view="training">', () => {
  it('opens from its tab, keeping what was typed while the reader moves between the tabs', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await openView(el, 'training');
    expect(el.view).to.equal('training');
    expect(findAll(el, '[role="tab"]').map(text)).to.deep.equal(['Calculator', 'Compare', 'Catalog', 'Training run']);
    expect(find(el, '#tab-training').getAttribute('aria-selected')).to.equal('true');
    // The card answers first and invites; the working is folded.
    expect(verdict(el)).to.equal('Give the training run’s compute');
    expect(has(el, '#training-working')).to.equal(false);
    await clickOn(el, find(el, '#training-example-llama3'));
    expect(flop(el)).to.equal('3.79 × 10²⁵ FLOP');
    await openView(el, 'calculator');
    expect(find<HTMLInputElement>(el, '#chip-input').value).to.equal('NVIDIA H20 (2024)');
    await openView(el, 'training');
    expect(flop(el)).to.equal('3.79 × 10²⁵ FLOP');
  });

  it('opens from view="training", on the EU AI Act by default or on the training rule set the page names', async () => {
    const el = await mountTraining('card');
    expect(find(el, '#tab-training').getAttribute('aria-selected')).to.equal('true');
    expect(find<HTMLSelectElement>(el, '#training-rule-set').value).to.equal('eu-ai-act-art51');
    expect([...find<HTMLSelectElement>(el, '#training-rule-set').options].map((o) => o.value)).to.deep.equal(['eu-ai-act-art51', 'ca-sb53', 'ny-raise', 'us-eo-14110']);
    await clickOn(el, find(el, '#training-working-toggle'));
    await until(() => has(el, '[part="training-form"]'), 'the working never unfolded');
    const sb53 = await mountTraining('card', 'ca-sb53');
    expect(find<HTMLSelectElement>(sb53, '#training-rule-set').value).to.equal('ca-sb53');
  });

  it('by the model: Llama 3 405B, 6 × 405e9 × 15.6e12 ≈ 3.79 × 10²⁵ FLOP, crosses Art. 51(2) and not SB 53 or RAISE', async () => {
    const el = await mountTraining();
    await type(el, 'training-parameters', '405e9');
    await type(el, 'training-tokens', '15.6e12');
    expect(flop(el)).to.equal('3.79 × 10²⁵ FLOP');
    expect(formula(el)).to.equal('= 6 × 4.05 × 10¹¹ parameters × 1.56 × 10¹³ tokens');
    expect(verdict(el)).to.equal(EU_SYSTEMIC);
    expect(nearest(el)).to.equal('Nearest line: 2.79 × 10²⁵ FLOP over 10²⁵ FLOP (Art. 51(2)).');
    expect(others(el)).to.deep.equal([
      'California SB 53: not crossed',
      'New York RAISE Act: not crossed (enacted, not yet in force)',
      'EO 14110 (revoked): depends on whether it was trained primarily on biological sequence data',
    ]);
    expect(lineRow(el, 'Art. 51(2)')).to.deep.equal(['> 10²⁵ FLOP', '3.79 × 10²⁵ FLOP', 'yes', '2.79 × 10²⁵ FLOP over', '—']);
    // The same under SB 53, picked in the card: 6.21 × 10²⁵ short of its line.
    await choose(el, find<HTMLSelectElement>(el, '#training-rule-set'), 'ca-sb53');
    expect(verdict(el)).to.equal('Under every line');
    expect(nearest(el)).to.equal('Nearest line: 6.21 × 10²⁵ FLOP short of 10²⁶ FLOP (frontier model).');
    // A mixture of experts counts its active parameters.
    await type(el, 'training-active', '37e9');
    expect(formula(el)).to.equal('= 6 × 3.7 × 10¹⁰ active parameters × 1.56 × 10¹³ tokens');
  });

  it('by the cluster: 10,000 H100 at dense BF16 989.5 TFLOP/s and 40% for 90 days, 3.08 × 10²⁵ FLOP, reaching 10²⁵ after 29.24 days', async () => {
    const el = await mountTraining();
    await pickRoute(el, 'cluster');
    // The per-chip figure from the catalog: the H100 SXM5's BF16, 1,979 TFLOPS with sparsity, 989.5 dense.
    const precision = find<HTMLSelectElement>(el, '#training-precision');
    expect(find<HTMLSelectElement>(el, '#training-chip').value).to.equal('nvidia-h100-sxm5');
    expect(text(precision.selectedOptions[0])).to.equal('BF16: 1,979 TFLOPS with sparsity (989.5 dense)');
    await type(el, 'training-chips', '10000');
    await type(el, 'training-utilization', '40');
    expect(verdict(el)).to.equal('Cannot tell yet');
    expect(text(find(el, '.verdict-detail'))).to.equal('To decide, give the training duration and whether it generates text, audio, images or video.');
    expect(text(find(el, '#training-rate'))).to.equal('3.96 × 10¹⁸ FLOP/s');
    expect(findAll(el, '.days-to-lines li').map(text)).to.deep.equal(['10²³ FLOP (guidelines: 10²³ FLOP) after 0.29 days', '10²⁵ FLOP (Art. 51(2)) after 29.24 days']);
    await type(el, 'training-days', '90');
    expect(flop(el)).to.equal('3.08 × 10²⁵ FLOP');
    expect(formula(el)).to.equal('= 10,000 chips × 989.5 TFLOP/s (dense BF16) × 40% utilisation × 90 days');
    expect(verdict(el)).to.equal(EU_SYSTEMIC);
    expect(nearest(el)).to.equal('Nearest line: 2.08 × 10²⁵ FLOP over 10²⁵ FLOP (Art. 51(2)); the run reached it after 29.24 days of training.');
    expect(lineRow(el, 'Art. 51(2)')[4]).to.equal('29.24 days');
    // Typed instead: the same figure, dense.
    await clickOn(el, find(el, '#training-per-chip-source-typed'));
    await choose(el, find<HTMLSelectElement>(el, '#training-format'), 'BF16');
    await type(el, 'training-value', '989.5');
    expect(flop(el)).to.equal('3.08 × 10²⁵ FLOP');
    // A lone separator before three digits is asked about, not guessed.
    await type(el, 'training-chips', '10,000');
    await until(() => has(el, '.meant'), 'no question about the separator');
    expect(verdict(el)).to.contain('Out of date');
    await clickOn(el, find(el, '.meant button'));
    expect(verdict(el)).to.equal(EU_SYSTEMIC);
    expect(flop(el)).to.equal('3.08 × 10²⁵ FLOP');
  });

  it('by the total: each line on it (not crossed: "greater than") and either side', async () => {
    const el = await mountTraining();
    await pickRoute(el, 'total');
    await choose(el, find<HTMLSelectElement>(el, '#training-generates'), 'no');
    await type(el, 'training-total', '1e25');
    expect(flop(el)).to.equal('10²⁵ FLOP');
    expect(verdict(el)).to.equal('Under every line');
    expect(lineRow(el, 'Art. 51(2)')).to.deep.equal(['> 10²⁵ FLOP', '10²⁵ FLOP', 'no', 'on the line', '—']);
    await type(el, 'training-total', '1.0000000001e25');
    expect(verdict(el)).to.equal(EU_SYSTEMIC);
    expect(flop(el)).to.equal('1.0000000001 × 10²⁵ FLOP');
    expect(lineRow(el, 'Art. 51(2)')[2]).to.equal('yes');
    await type(el, 'training-total', '9.999999999e24');
    expect(verdict(el)).to.equal('Under every line');
    expect(flop(el)).to.equal('9.999999999 × 10²⁴ FLOP');
    // Typed as a reader writes it: "10^26" and "1,0000000001 × 10^26" under SB 53.
    await choose(el, find<HTMLSelectElement>(el, '#training-rule-set'), 'ca-sb53');
    await type(el, 'training-total', '10^26');
    expect(verdict(el)).to.equal('Under every line');
    await type(el, 'training-total', '1,0000000001 × 10^26');
    expect(verdict(el)).to.equal('Over the line: frontier model');
  });

  it('adds fine-tuning and the original model\'s compute, and shows the EU guidelines\' one-third line', async () => {
    const el = await mountTraining();
    await pickRoute(el, 'total');
    await type(el, 'training-total', '1e25');
    await type(el, 'training-base', '2.4e25');
    await type(el, 'training-fine-tuning', '0');
    expect(flop(el)).to.equal('3.4 × 10²⁵ FLOP');
    expect(formula(el)).to.equal('= the original model’s 2.4 × 10²⁵ FLOP + this run’s 10²⁵ FLOP + fine-tuning 0 FLOP');
    expect(text(find(el, '#training-modifier'))).to.equal('The modification used 10²⁵ FLOP, more than a third of the original model’s 2.4 × 10²⁵ FLOP: by the EU guidelines, whoever made it becomes the provider of the modified model.');
    await type(el, 'training-base', '3e25');
    expect(text(find(el, '#training-modifier'))).to.contain('not more than a third');
  });

  it('names a bad field, keeps the last answer marked out of date, and takes the reader to the field', async () => {
    const el = await mountTraining('card');
    await clickOn(el, find(el, '#training-example-llama3'));
    expect(verdict(el)).to.equal(EU_SYSTEMIC);
    await clickOn(el, find(el, '#training-working-toggle'));
    await until(() => has(el, '#training-tokens'), 'the form never unfolded');
    await type(el, 'training-tokens', '15.6e12x');
    expect(verdict(el)).to.equal(`${EU_SYSTEMIC} Out of date: the figures have an error. This is the answer for the last valid figures.`);
    expect(find(el, '.verdict').classList.contains('stale')).to.equal(true);
    expect(flop(el)).to.equal('3.79 × 10²⁵ FLOP');
    const error = find(el, '.stale-note li button');
    expect(text(error)).to.match(/^Training tokens: This is not a number/);
    expect(input(el, 'training-tokens').getAttribute('aria-invalid')).to.equal('true');
    await clickOn(el, error);
    await until(() => deepActiveElement()?.id === 'training-tokens', 'the error did not take the reader to its field');
    // A whole number of chips, a utilisation of at most 100%.
    await pickRoute(el, 'cluster');
    await type(el, 'training-chips', '1.5');
    await type(el, 'training-utilization', '140');
    expect(findAll(el, '.stale-note li').map(text)).to.deep.equal(['Number of chips: Enter a whole number.', 'Utilisation (%): Must be at most 100%.']);
    // The last valid answer is now the cluster's before its figures were typed: its compute waits for them.
    expect(verdict(el)).to.match(/^Cannot tell yet Out of date/);
  });

  it('passes axe, folded and unfolded with an answer', async () => {
    const el = await mountTraining('card');
    await expect(el).to.be.accessible();
    await clickOn(el, find(el, '#training-example-cluster'));
    await clickOn(el, find(el, '#training-working-toggle'));
    await until(() => has(el, '[part="training-lines"]'), 'the lines table never rendered');
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
