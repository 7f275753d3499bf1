// The named export, not the default one: decimal.js's types (decimal.d.ts) are CommonJS-shaped, so
// under moduleResolution node16/nodenext an ES module's default import of it is the whole module
// object, not the class, and the declarations we publish would fail to type-check (TS2344 on
// `InstanceType<typeof Decimal>`) or silently widen to any. `Decimal` is a named export of
// decimal.mjs, of the CommonJS build and of the types alike.
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The engine's own Decimal constructor. A clone, so that configuring precision never changes the
 * global decimal.js settings of the page or program that embeds us.
 *
 * 64 significant digits: inputs are datasheet figures of a few digits, so every sum and product is
 * exact, and a quotient (performance density) can only land on the wrong side of a threshold if an
 * input had more than 60 significant digits.
 */
export const Decimal = DecimalJs.clone({ precision: 64, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 60 });
export type Decimal = InstanceType<typeof Decimal>;

/**
 * For ranking only (which line is nearer, which value is within 1% of a line): 20 digits tell any two
 * datasheet-sized ratios apart, at a fraction of the cost of a 64-digit division. Never shown or
 * compared with a threshold.
 */
export const Coarse = DecimalJs.clone({ precision: 20, rounding: DecimalJs.ROUND_HALF_EVEN });

/**
 * `a.comparedTo(b)` (-1, 0 or 1) without the copy of `b` that decimal.js makes first: the rule
 * engine, the boundary search and the formatting of every shown value compare thousands of times per
 * explanation. Reads a Decimal's documented representation: sign `s`, exponent `e` and digits `d`
 * in base 10^7, most significant first, no trailing zero words. Non-finite values go to comparedTo.
 */
export function compare(a: Decimal | InstanceType<typeof Coarse>, b: Decimal | InstanceType<typeof Coarse>): number {
  const ad = a.d;
  const bd = b.d;
  const as = a.s;
  if (!ad || !bd) return a.comparedTo(b);
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  if (a.e !== b.e) return (a.e > b.e) !== (as < 0) ? 1 : -1;
  const length = Math.min(ad.length, bd.length);
  for (let i = 0; i < length; i += 1) {
    if (ad[i] !== bd[i]) return (ad[i]! > bd[i]!) !== (as < 0) ? 1 : -1;
  }
  return ad.length === bd.length ? 0 : (ad.length > bd.length) !== (as < 0) ? 1 : -1;
}

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Why a value could not be read as a number; null when it could. */
export type NumberProblem = 'missing' | 'wrong-type' | 'not-a-number' | 'not-finite' | 'separator' | 'out-of-range';

/** Beyond 10^±400 no chip figure makes sense, and formatting such a value in full would stall the page. */
const MAX_EXPONENT = 400;

/**
 * Reads a JSON number or a decimal string exactly. A JS number is read through its shortest
 * round-trip text, so 0.1 stays 0.1 rather than its binary approximation.
 */
export function readDecimal(raw: unknown): { value: Decimal } | { problem: NumberProblem } {
  if (raw === undefined || raw === null || raw === '') return { problem: 'missing' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { problem: 'not-finite' };
    return checkRange(new Decimal(Object.is(raw, -0) ? 0 : raw));
  }
  if (typeof raw !== 'string') return { problem: 'wrong-type' };
  const text = raw.trim();
  if (text === '') return { problem: 'missing' };
  if (!DECIMAL_TEXT.test(text)) {
    return { problem: /^[+-]?[\d.,\s'_]+$/.test(text) && /[\d]/.test(text) ? 'separator' : 'not-a-number' };
  }
  return checkRange(new Decimal(text));
}

function checkRange(value: Decimal): { value: Decimal } | { problem: NumberProblem } {
  if (value.isZero()) return { value: new Decimal(0) };
  if (Math.abs(value.e) > MAX_EXPONENT) return { problem: 'out-of-range' };
  return { value };
}
