import { Decimal } from '../../src/core/decimal.js';
import type { ChipSpec, EvaluationResult } from '../../src/core/index.js';

/**
 * A spec whose TPP is exactly `tpp`: one entry with a bit length of 1, so no arithmetic in the
 * test stands between the number written here and the number the engine compares.
 */
export function specWithTpp(tpp: string, options: { areaMm2?: string; datacenter?: boolean; extra?: Partial<ChipSpec> } = {}): ChipSpec {
  return {
    datacenter: options.datacenter ?? true,
    throughput: [{ format: 'test-format', bitLength: 1, value: tpp, unit: 'TOPS' }],
    ...(options.areaMm2 ? { dies: [{ areaMm2: options.areaMm2 }] } : {}),
    ...options.extra,
  };
}

/** The verdict as a reader sees it: status and classification. */
export function verdict(result: EvaluationResult): string {
  return result.status === 'controlled' ? `controlled ${result.classification}` : result.status;
}

export function clause(result: EvaluationResult, id: string) {
  const found = [...result.clauses, ...result.exclusions, ...result.outcomes].find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id} in result`);
  return found;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The shown text as a number: grouping commas dropped; scientific notation ("3.79 × 10²⁵", "10²⁵") read back too. */
export function readBack(text: string): Decimal {
  const plain = text.replace(/,/g, '');
  const scientific = /^(-?)(?:([\d.]+) × )?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(plain);
  if (!scientific) return new Decimal(plain);
  const exponent = Number([...scientific[3]!].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPTS.indexOf(c)))).join(''));
  return new Decimal(scientific[2] ?? 1).times(new Decimal(10).pow(exponent)).times(scientific[1] ? -1 : 1);
}
