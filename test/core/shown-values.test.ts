import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal.js';
import { readBack } from './helpers.js';
import {
  METRICS, en, evaluate, getRuleSet, linesOf, ruleSets, wordsFor,
  type ConditionNode, type MetricName,
} from '../../src/core/index.js';

/**
 * Issue 10.3: a shown value never reads as meeting, equalling or crossing a threshold that the exact
 * value does not. Every number a sentence, table cell, CSV field or chart label shows goes through
 * Words.figure / Words.value; here the shown text is read back and compared with every threshold.
 */
const words = wordsFor({ messages: en, ruleSet: getRuleSet('bis-3a090-2023')!, ruleSets, lines: (m) => linesOf(m) });

function thresholdsOf(node: ConditionNode, into: [MetricName, string][]) {
  if ('all' in node) node.all.forEach((n) => thresholdsOf(n, into));
  else if ('any' in node) node.any.forEach((n) => thresholdsOf(n, into));
  else if (METRICS[node.metric].kind === 'number') into.push([node.metric, String(node.threshold)]);
}

const everyThreshold: [MetricName, string][] = [];
for (const r of ruleSets) for (const item of [...r.clauses, ...r.exclusions, ...r.outcomes]) thresholdsOf(item.when, everyThreshold);


describe('shown values never cross a line the exact value does not (issue 10.3)', () => {
  it('knows a threshold of every metric the built-in rule sets test', () => {
    expect([...new Set(everyThreshold.map(([m]) => m))]).to.include.members([
      'tpp', 'performanceDensity', 'dramBandwidthGBps', 'interconnectGBps', 'memoryBandwidthDensity', 'dramPlusInterconnectGBps',
      'totalTpp', 'shareOfUsShipments', 'trainingFlop', 'clusterPeakOpsPerSecond', 'modificationThirds', 'developerRevenueUsd',
    ]);
  });

  it('for random values within 1e-6 (relative) of every threshold of every built-in rule set', () => {
    for (const [metric, threshold] of everyThreshold) {
      const t = new Decimal(threshold);
      fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }), (steps, extraDigits) => {
        // A value t × (1 + steps × 1e-12), written with up to 6 more digits: at, just below and just above the line.
        const exact = t.times(new Decimal(1).plus(new Decimal(steps).times('1e-12'))).toDecimalPlaces(6 + extraDigits);
        const shown = readBack(words.figure(metric, exact.toString()));
        for (const [other, line] of everyThreshold.filter(([m]) => m === metric)) {
          expect(shown.comparedTo(line), `${metric} ${exact} shown as ${shown} against ${other} ${line}`).to.equal(exact.comparedTo(line));
        }
      }), { numRuns: 60 });
    }
  });

  it('in the sentences, as the legal review found them', () => {
    // INT8 299,999 GMACS: 599.998 dense tera-operations/s × 8 = TPP 4,799.984, not "4,800".
    const gmacs = evaluate({ datacenter: true, throughput: [{ format: 'INT8', value: 299999, unit: 'GMACS' }], dies: [{ areaMm2: 100000 }] });
    expect(gmacs.explanation[0]).to.equal('TPP is 4,799.98 = INT8 299,999 GMACS = 599.998 dense tera-operations/s (multiply-accumulates counted as 2 operations) × 8 bits.');
    // PD 5.9199 beside a 3A090.b verdict reads 5.9199, not 5.92.
    const pd = evaluate({ datacenter: true, throughput: [{ format: 'INT8', value: 591.99, unit: 'TOPS' }], dies: [{ areaMm2: 800 }] });
    expect(pd.classification).to.equal('3A090.b');
    expect(pd.explanation[1]).to.equal('PD is 5.9199 = TPP 4,736 ÷ 800 mm² of non-planar logic die area.');
    // TPP 20,999.92 under the 2026 rule's 21,000 line.
    const near = evaluate({ datacenter: true, throughput: [{ format: 'FP8', value: 2624.99, unit: 'TFLOPS' }], dramBandwidthGBps: 6000, usAvailableSince: '2024-01-01' }, 'bis-china-review-2026');
    expect(near.explanation[0]).to.match(/^TPP is 20,999\.9 = /);
    expect(near.explanation.join(' ')).not.to.match(/\(\+0 |\(−0 | 0 below| 0 above/);
  });

  it('differences never read as zero', () => {
    expect(words.amount('tpp', '-0.016')).to.equal('0.02');
    expect(words.amount('performanceDensity', '0.0001')).to.equal('0.0001');
  });
});
