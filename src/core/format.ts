import { Decimal } from './decimal.js';

const MAX_EXTRA_DECIMALS = 12;

/**
 * From 10^21 on, Intl would print every digit, and past the double range "∞": no chip figure is that
 * large, so such a value (a typo, or hostile input) is shown in scientific notation, e.g. 8e308.
 */
const SCIENTIFIC_FROM = new Decimal('1e21');

/** Building an Intl.NumberFormat costs far more than using one, and explanations format dozens of numbers. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatterFor(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a decimal exactly (Intl.NumberFormat reads decimal strings without binary rounding).
 * When `near` is given, adds decimals until the shown value sits on the same side of `near` as the
 * exact value: 4799.999 against a 4800 threshold reads "4,799.999", never "4,800".
 */
export function formatNumber(value: Decimal | string, decimals: number, near?: Decimal | string, locale = 'en-US'): string {
  const exact = new Decimal(value);
  if (exact.abs().greaterThanOrEqualTo(SCIENTIFIC_FROM)) return exact.toSignificantDigits(6).toExponential().replace('e+', 'e');
  let shown = decimals;
  if (near !== undefined) {
    const side = exact.comparedTo(near);
    while (shown < decimals + MAX_EXTRA_DECIMALS && exact.toDecimalPlaces(shown, Decimal.ROUND_HALF_UP).comparedTo(near) !== side) shown += 1;
  }
  return formatterFor(locale, shown).format(exact.toDecimalPlaces(shown, Decimal.ROUND_HALF_UP).toFixed() as Intl.StringNumericLiteral);
}

/** A signed relative change as a percentage, e.g. "+1.35%" for 0.0135. */
export function formatPercent(fraction: Decimal | string, locale = 'en-US'): string {
  const percent = new Decimal(fraction).times(100);
  const decimals = percent.abs().lessThan(1) ? 3 : 2;
  const text = formatNumber(percent.abs(), decimals, percent.isZero() ? undefined : '0', locale);
  return `${percent.isNegative() ? '−' : '+'}${text}%`;
}
