import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal.js';
import { en, formatNumber, formatScientific, getRuleSet, linesOf, ruleSets, wordsFor } from '../../src/core/index.js';
import { readBack } from './helpers.js';

/**
 * Scientific notation (training compute, 10^20 to 10^28 FLOP and beyond) under the rule every shown
 * number keeps: read back, it stands on the same side of every line as the exact value.
 */
const LINES = ['1e20', '1e23', '1e25', '1e26', '3.3e24'].map((l) => new Decimal(l));

describe('scientific notation (issue 16.3)', () => {
  it('writes a reader\'s form: mantissa × 10 to a superscript power, a power of ten alone', () => {
    expect(formatScientific('37908000000000000000000000', 3)).to.equal('3.79 × 10²⁵');
    expect(formatScientific('1e25', 3)).to.equal('10²⁵');
    expect(formatScientific('-2.5e-7', 3)).to.equal('-2.5 × 10⁻⁷');
    expect(formatScientific('0', 3)).to.equal('0');
    expect(formatScientific('3.79e25', 3, undefined, { group: '.', decimal: ',', minus: '−' })).to.equal('3,79 × 10²⁵');
    expect(formatScientific('3.79e25', 3, undefined, 'de')).to.equal('3,79 × 10²⁵');
  });

  it('never rounds a value onto (or across) a line it misses', () => {
    expect(formatScientific('9.9999e24', 3, LINES)).to.equal('9.9999 × 10²⁴');
    expect(formatScientific('1.00001e25', 3, LINES)).to.equal('1.00001 × 10²⁵');
    expect(formatScientific('1e25', 3, LINES)).to.equal('10²⁵');
    // Past 12 extra digits, the exact value itself.
    expect(formatScientific('1.0000000000000000000001e25', 3, LINES)).to.equal('1.0000000000000000000001 × 10²⁵');
  });

  it('for random values from 10^20 to 10^28, and within 10^-9 of each line', () => {
    const exponent = fc.integer({ min: 20, max: 28 });
    const mantissa = fc.bigInt({ min: 1_000_000_000_000n, max: 9_999_999_999_999n });
    fc.assert(fc.property(exponent, mantissa, fc.integer({ min: 2, max: 6 }), (e, m, digits) => {
      const exact = new Decimal(`${m}e${e - 12}`);
      const shown = readBack(formatScientific(exact, digits, LINES));
      for (const line of LINES) expect(shown.comparedTo(line), `${exact} shown as ${shown}`).to.equal(exact.comparedTo(line));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.constantFrom(...LINES), fc.integer({ min: -1_000_000, max: 1_000_000 }), (line, steps) => {
      const exact = line.times(new Decimal(1).plus(new Decimal(steps).times('1e-15')));
      const shown = readBack(formatScientific(exact, 3, LINES));
      for (const l of LINES) expect(shown.comparedTo(l), `${exact} shown as ${shown}`).to.equal(exact.comparedTo(l));
    }), { numRuns: 500 });
  });

  it('e-notation for huge figures of other metrics keeps the same rule', () => {
    expect(formatNumber('8e308', 0)).to.equal('8e308');
    expect(formatNumber('9.9999999e24', 0, '1e25')).to.equal('9.9999999e24');
    expect(formatNumber('1.0000001e25', 0, ['1e25'])).to.equal('1.0000001e25');
  });

  it('training compute reads in scientific notation from 10^6 on, with its unit; thresholds in full', () => {
    const words = wordsFor({ messages: en, ruleSet: getRuleSet('eu-ai-act-art51')!, ruleSets, lines: (m) => linesOf(m) });
    expect(words.value('trainingFlop', '37908000000000000000000000')).to.equal('3.79 × 10²⁵ FLOP');
    expect(words.value('trainingFlop', '999999')).to.equal('999,999 FLOP');
    expect(words.threshold('trainingFlop', '10000000000000000000000000')).to.equal('10²⁵ FLOP');
    expect(words.requirement('trainingFlop', '>', '1e26')).to.equal('> 10²⁶ FLOP');
    expect(words.figure('trainingFlop', '9999999999999999999999999')).to.equal('9.999999999999999999999999 × 10²⁴');
    expect(words.amount('trainingFlop', '-27908000000000000000000000')).to.equal('2.79 × 10²⁵ FLOP');
    // From the margin relative to the line: 0.5030379 over it is 1.5030379 times it.
    expect(words.multipleOfLine('0.5030379')).to.equal('1.50×');
    expect(words.multipleOfLine('0.0000001')).to.equal('1.0000001×');
    expect(words.multipleOfLine('1')).to.equal('2.00×');
  });
});
