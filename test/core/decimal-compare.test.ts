import { expect } from '@open-wc/testing';
import { Coarse, Decimal, compare } from '../../src/core/decimal.js';

/** Values that differ in sign, exponent, digit words and length, and values either side of a base-10^7 word. */
const TEXTS = [
  '0', '-0', '1', '-1', '0.1', '-0.1', '4800', '4799.999999999', '4800.000000001', '-4800', '1e21', '9.99999999e20', '1e-30',
  '-1e-30', '1234567', '1234567.1', '12345670', '10000000', '9999999', '10000000.0000001', '1.000000001', '0.999999999',
  '3.141592653589793238462643383279502884197169399375105820974944', '3.141592653589793238462643383279502884197169399375105820974945',
  '1e400', '-1e400', '1e-400', '15832', '15831.2',
];

describe('compare (decimal.ts)', () => {
  it('orders every pair as comparedTo does', () => {
    const values = TEXTS.map((t) => new Decimal(t));
    for (const a of values) for (const b of values) expect(compare(a, b), `${a} vs ${b}`).to.equal(a.comparedTo(b));
  });

  it('orders results of arithmetic, and non-finite values, as comparedTo does', () => {
    const values = [new Decimal(2).dividedBy(3), new Decimal(2).dividedBy(3).times(3), new Decimal(7).dividedBy(7), new Decimal(1).minus(1), new Decimal(Infinity), new Decimal(-Infinity)];
    for (const a of values) for (const b of values) expect(compare(a, b), `${a} vs ${b}`).to.equal(a.comparedTo(b));
    const coarse = [new Coarse(Infinity), new Coarse(1).dividedBy(3), new Coarse('0.33333333333333333333')];
    for (const a of coarse) for (const b of coarse) expect(compare(a, b), `${a} vs ${b}`).to.equal(a.comparedTo(b));
  });
});
