import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { BANDWIDTH_AXES, boxesOf, regionsOf, scalesOf } from '../../src/components/working/chart/chart-geometry.js';
import { evaluate, getRuleSet, loadRuleSets, ruleSets, type RuleSet } from '../../src/index.js';
import { clickOn, deepActiveElement, explained, find, findAll, has, mountUnfolded, press, settled, text, type Calculator } from './helpers.js';

const box = { left: 0, right: 300, top: 0, bottom: 100 };

/** A made-up rule set whose thresholds appear in no built-in one, to show that the chart reads them from data. */
const ODD: RuleSet = {
  id: 'test-odd',
  title: 'Odd thresholds',
  appliesTo: 'Test chips',
  citation: { document: '1 FR 2', published: '2024-01-02', url: 'https://example.org/odd' },
  effective: '2024-01-02',
  status: 'not-enforced',
  clauses: [
    { id: 'O.1', classification: 'ODD.a', title: 'TPP of 1234 or more', when: { metric: 'tpp', op: '>=', threshold: '1234' } },
    { id: 'O.2', classification: 'ODD.b', title: 'PD band', when: { all: [{ metric: 'performanceDensity', op: '>=', threshold: 2.5 }, { metric: 'performanceDensity', op: '<', threshold: '7.25' }] } },
    { id: 'O.3', classification: 'ODD.b', title: 'Either', when: { any: [{ metric: 'tpp', op: '>=', threshold: '999' }, { metric: 'performanceDensity', op: '>=', threshold: '9' }] } },
  ],
  sources: [{ title: 'Odd', url: 'https://example.org/odd' }],
};

describe('chart geometry', () => {
  it('reads each region from the rule set\'s own conditions on TPP and PD', () => {
    const ruleSet = loadRuleSets([ODD], new Map(ruleSets.map((r) => [r.id, r]))).ruleSets.get('test-odd')!;
    const { regions, undrawn } = regionsOf(ruleSet, null);
    expect(regions.map((r) => [r.id, r.x, r.y])).to.deep.equal([
      ['O.1', { min: 1234, max: null }, { min: null, max: null }],
      ['O.2', { min: null, max: null }, { min: 2.5, max: 7.25 }],
    ]);
    expect(undrawn).to.deep.equal(['O.3']);
  });

  it('knows which of a region\'s other conditions the engine found met', () => {
    const ruleSet = getRuleSet('bis-3a090-2023')!;
    const consumer = evaluate({ datacenter: false, throughput: [{ format: 'FP8', value: '100', unit: 'TFLOPS' }] }, ruleSet.id);
    const note = regionsOf(ruleSet, consumer).regions.find((r) => r.kind === 'exclusion')!;
    expect(note.x.max).to.equal(4800);
    expect(note.also.map((c) => c.metric)).to.deep.equal(['datacenter']);
    expect(note.alsoMet).to.equal(true);
    const datacenter = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: '100', unit: 'TFLOPS' }] }, ruleSet.id);
    expect(regionsOf(ruleSet, datacenter).regions.find((r) => r.kind === 'exclusion')!.alsoMet).to.equal(false);
  });

  it('spans every TPP on a log scale and keeps a far-off PD from flattening the thresholds', () => {
    const s = scalesOf(box, [1600, 4800, 36000], [1.6, 3.2, 5.92], 1000);
    // From the power of ten below the lowest value (with room) to the one above the highest.
    expect(s.xTicks).to.deep.equal([1000, 10000, 100000]);
    expect(s.x(1000)).to.equal(0);
    expect(s.x(10000)).to.be.closeTo(150, 1e-9);
    expect(s.x(100000)).to.equal(300);
    expect(s.x(10)).to.equal(0);
    expect(s.yMax).to.be.below(5.92 * 5);
    expect(s.yMax).to.be.at.least(5.92 * 1.5);
    expect(s.y(0)).to.equal(100);
  });
});

describe('bandwidth chart geometry', () => {
  it('reads the tariff\'s bands and the China review\'s box from the rule sets\' conditions on TPP and DRAM bandwidth', () => {
    const tariff = boxesOf(getRuleSet('us-section-232-tariff-2026')!, null, BANDWIDTH_AXES, (id) => id);
    expect(tariff.map((r) => [r.id, r.kind, r.x, r.y])).to.deep.equal([
      ['band-1', 'clause', { min: 14000, max: 17500 }, { min: 4500, max: 5000 }],
      ['band-2', 'clause', { min: 20800, max: 21100 }, { min: 5800, max: 6200 }],
    ]);
    // Only the case-by-case outcome is one box: presumption of denial is an either-or, a line on each axis.
    const review = boxesOf(getRuleSet('bis-china-review-2026')!, null, BANDWIDTH_AXES, (id) => id);
    expect(review.map((r) => [r.id, r.kind, r.x, r.y])).to.deep.equal([['case-by-case', 'outcome', { min: null, max: 21000 }, { min: null, max: 6500 }]]);
    expect(review[0]!.also.map((c) => c.metric)).to.include.members(['controlled', 'destinationOutsideChinaMacau']);
    // A rule on one axis only (the GAIN AI Act's DRAM line alone) draws no box.
    expect(boxesOf(getRuleSet('us-bill-gain-ai-2025')!, null, BANDWIDTH_AXES, (id) => id)).to.deep.equal([]);
  });
});

/** Chooses the bandwidth chart, as a reader does to see it. */
async function showBandwidthChart(el: Calculator) {
  await clickOn(el, find(el, '#chart-show-bandwidth'));
  await settled(el);
}

describe('<compute-threshold-calculator>: the bandwidth chart', () => {
  it('draws the H200 in the tariff\'s band 1 and says so from the engine\'s answer', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h200-sxm"></compute-threshold-calculator>`);
    // Hidden behind the chart shown, it is not drawn; chosen, it is.
    expect(findAll(el, '#bandwidth-chart-figure svg > *')).to.have.length(0);
    await showBandwidthChart(el);
    expect(findAll(el, '#bandwidth-chart-figure .labels text').map(text)).to.have.members(['Case-by-case review for China and Macau', 'band 1', 'band 2']);
    expect(findAll(el, '#bandwidth-chart-figure .regions rect.region')).to.have.length(3);
    expect(find(el, '#bandwidth-chart-figure svg').getAttribute('aria-describedby')).to.equal('bandwidth-chart-caption');
    const caption = text(find(el, '#bandwidth-chart-caption'));
    expect(caption).to.contain('Section 232 tariff (Jan 2026), band 1: TPP > 14,000, TPP < 17,500, total DRAM bandwidth > 4,500 GB/s, and total DRAM bandwidth < 5,000 GB/s');
    expect(caption).to.contain('The chip is at TPP 15,832, total DRAM bandwidth 4,800 GB/s. It lies in China licence review (Jan 2026): Case-by-case review for China and Macau and Section 232 tariff (Jan 2026): band 1, as the rules’ own results say.');
  });

  it('puts the MI325X in band 2 and the review box, and the B200 in no box', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="amd-mi325x"></compute-threshold-calculator>`);
    await showBandwidthChart(el);
    // 20,919.2 is under the review's 21,000 and inside band 2's 20,800 to 21,100: both.
    expect(text(find(el, '#bandwidth-chart-caption'))).to.contain('It lies in China licence review (Jan 2026): Case-by-case review for China and Macau and Section 232 tariff (Jan 2026): band 2, as the rules’ own results say.');
    // The B200 is over the review's TPP line and outside both bands.
    el.chip = 'nvidia-b200';
    await settled(el);
    expect(text(find(el, '#bandwidth-chart-caption'))).to.contain('It lies in none of the boxes, as the rules’ own results say.');
  });

  it('draws a chip of unknown DRAM bandwidth as a vertical line, and pins one far beyond the boxes to the edge', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '375', unit: 'TFLOPS' }] };
    await settled(el);
    await showBandwidthChart(el);
    expect(find(el, '#bandwidth-chart-figure .chip .unknown-pd')).to.exist;
    expect(text(find(el, '#bandwidth-chart-caption'))).to.contain('The chip’s total DRAM bandwidth is unknown, so it is drawn as a vertical line at TPP 3,000.');
    el.spec = { datacenter: true, dramBandwidthGBps: '4800', throughput: [{ format: 'FP8', value: '12500', unit: 'TFLOPS' }] };
    await settled(el);
    expect(text(find(el, '#bandwidth-chart-figure .chip text'))).to.equal('TPP 100,000 →');
  });
});

/** Whether an element is laid out (not hidden by `display: none` on it or above it). */
const shown = (el: Calculator, selector: string) => find(el, selector).getClientRects().length > 0;

describe('<compute-threshold-calculator>: one chart at a time', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('switches between the two charts with the arrow keys, the chart in words following the one shown', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const group = find(el, '.chart-switch');
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(text(find(el, `#${group.getAttribute('aria-labelledby')}`))).to.equal('Chart');
    expect(find(el, 'label[for="chart-show-pd"]').textContent!.trim()).to.equal('TPP × PD');
    expect(find(el, 'label[for="chart-show-bandwidth"]').textContent!.trim()).to.equal('TPP × DRAM bandwidth');
    expect(find<HTMLInputElement>(el, '#chart-show-pd').checked).to.equal(true);
    expect(shown(el, '#chart-figure')).to.equal(true);
    expect(shown(el, '#bandwidth-chart-figure')).to.equal(false);

    find(el, '#chart-show-pd').focus();
    await press(el, 'ArrowRight');
    expect(find<HTMLInputElement>(el, '#chart-show-bandwidth').checked).to.equal(true);
    expect(deepActiveElement()?.id).to.equal('chart-show-bandwidth');
    expect(shown(el, '#bandwidth-chart-figure')).to.equal(true);
    expect(shown(el, '#chart-figure')).to.equal(false);
    // The next Tab stop is the shown chart's "in words", which holds its caption.
    await sendKeys({ press: 'Tab' });
    const summary = deepActiveElement()!;
    expect(summary.tagName).to.equal('SUMMARY');
    expect(summary.closest('figure')?.id).to.equal('bandwidth-chart-figure');
    await press(el, 'Enter');
    expect(shown(el, '#bandwidth-chart-caption')).to.equal(true);
    expect(text(find(el, '#bandwidth-chart-caption'))).to.contain('total DRAM bandwidth 4,000 GB/s');

    // Back with the other arrow, or a click on the other label.
    find(el, '#chart-show-bandwidth').focus();
    await press(el, 'ArrowLeft');
    expect(find<HTMLInputElement>(el, '#chart-show-pd').checked).to.equal(true);
    expect(shown(el, '#chart-figure')).to.equal(true);
    await clickOn(el, find(el, 'label[for="chart-show-bandwidth"]'));
    expect(shown(el, '#bandwidth-chart-figure')).to.equal(true);
    // The choice outlives a new answer.
    el.chip = 'nvidia-h200-sxm';
    await settled(el);
    expect(shown(el, '#bandwidth-chart-figure')).to.equal(true);
    expect(shown(el, '#chart-figure')).to.equal(false);
  });

  it('has no switch where each chart folds behind its own button (narrow)', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(shown(el, '.chart-switch')).to.equal(false);
    const toggles = findAll<HTMLButtonElement>(el, '.chart-toggle');
    expect(toggles.map((t) => t.getClientRects().length > 0)).to.deep.equal([true, true]);
    // Folded, the bandwidth chart is not drawn; unfolded by its button, it is.
    expect(findAll(el, '#bandwidth-chart-figure svg > *')).to.have.length(0);
    await clickOn(el, toggles[1]!);
    expect(shown(el, '#bandwidth-chart-figure')).to.equal(true);
    expect(findAll(el, '#bandwidth-chart-figure .regions rect.region')).to.have.length(3);
    expect(shown(el, '#chart-figure')).to.equal(false);
  });
});

describe('<compute-threshold-calculator>: the chart', () => {
  it('shades and labels each clause and note of the selected rule set and marks the chip', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const chart = find(el, '[part="chart"]');
    const labels = findAll(el, '#chart-figure .labels text').map(text);
    expect(labels).to.have.members(['3A090.a.1', '3A090.a.2', '3A090.b.1', '3A090.b.2', 'Note 2 to 3A090']);
    expect(chart.querySelectorAll('.regions rect.region')).to.have.length(5);
    // A datacenter chip: Note 2's market condition is not met, so its region is only outlined.
    expect(chart.querySelectorAll('.regions rect.region.style-note.inactive')).to.have.length(1);
    expect(chart.querySelector('.chip .point')).to.exist;
    const svg = chart.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-describedby')).to.equal('chart-caption');
  });

  it('describes the regions and the chip\'s place in its caption, from the engine\'s answer', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-l40"></compute-threshold-calculator>`);
    const caption = text(find(el, '#chart-caption'));
    expect(caption).to.contain('3A090.a.1: TPP ≥ 4,800');
    expect(caption).to.contain('3A090.b.2: TPP ≥ 1,600, PD ≥ 3.2, and PD < 5.92');
    // BF16 181.05 × 16 = 2,896.8 on 608.5 mm²: PD 4.76, inside both 3A090.b bands.
    expect(caption).to.contain('The chip is at TPP 2,897, PD 4.76. It lies in the regions of 3A090.b.1 and 3A090.b.2, the items that hold.');
  });

  it('redraws from a user rule set\'s thresholds', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    el.ruleSets = [ODD];
    el.ruleSet = 'test-odd';
    await settled(el);
    expect(findAll(el, '#chart-figure .labels text').map(text)).to.deep.equal(['O.1', 'O.2']);
    const caption = text(find(el, '#chart-caption'));
    expect(caption).to.contain('O.1: TPP ≥ 1,234');
    expect(caption).to.contain('O.2: PD ≥ 2.5 and PD < 7.25');
    expect(caption).to.contain('Not drawn, as they have alternative conditions: O.3.');
  });

  it('draws a chip of unknown PD as a vertical line, and says so', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '375', unit: 'TFLOPS' }] };
    await settled(el);
    expect(find(el, '#chart-figure .chip .unknown-pd')).to.exist;
    expect(text(find(el, '#chart-caption'))).to.contain('The chip’s PD is unknown, so it is drawn as a vertical line at TPP 3,000.');
  });

  it('says when a rule set has nothing to draw', async () => {
    const el = await mountUnfolded(html`<compute-threshold-calculator chip="nvidia-h20" rule-set="bis-3a090c-2024"></compute-threshold-calculator>`);
    expect(findAll(el, '#chart-figure .regions rect')).to.have.length(0);
    expect(text(find(el, '#chart-caption'))).to.contain('This rule set has no thresholds on TPP or performance density to draw.');
  });
});

describe('<compute-threshold-calculator>: the verdict first', () => {
  it('renders the card\'s verdict, TPP and PD in its first update, the nearest line a task later, and the working only when asked', async () => {
    const el = await fixture<Calculator>(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('#verdict-text'))).to.equal('Not controlled');
    expect(text(el.shadowRoot!.querySelector('#tpp-value'))).to.equal('2,368');
    expect(has(el, '[part="nearest"]')).to.equal(false);
    expect(has(el, '[part="input-panel"], [part="clause-table"], [part="chart"], [part="vintages"], [role="tablist"]')).to.equal(false);
    await explained(el);
    expect(text(find(el, '[part="nearest"]'))).to.contain('TPP 32 short of 2,400 (3A090.b.1)');
    expect(has(el, '[part="chart"]')).to.equal(false);
  });
});
