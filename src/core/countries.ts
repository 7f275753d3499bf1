/**
 * Countries and the EAR Country Groups the advanced-computing rules refer to, from
 * src/data/country-groups.json: ISO 3166-1 alpha-2 codes and which groups a country is in (Hong Kong
 * as China). Only the memberships, which every verdict reads; their titles, notes and sources are in
 * ./country-notes.ts, which only an explanation needs. Data, not code: a test checks the files with
 * `validateCountryGroups`, and the engine trusts them on load.
 */
import { countries, macau, members, treatedAs } from '../data/country-groups.json';

/** The groups the rule sets test. */
export const COUNTRY_GROUPS = ['D:1', 'D:4', 'D:5', 'A:5', 'A:6'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

/** Every country the engine knows, as ISO 3166-1 alpha-2 codes, in the file's order. */
export const COUNTRY_CODES: readonly string[] = countries;

const COUNTRIES = new Set(COUNTRY_CODES);
const MEMBERS = new Map(COUNTRY_GROUPS.map((g) => [g, new Set(members[g])]));
/** Places the EAR treats as another country (Hong Kong as China). */
const TREATED_AS: Readonly<Record<string, string>> = treatedAs;

export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && COUNTRIES.has(code);
}

/** The country whose groups a place takes: Hong Kong's are China's. */
export function effectiveCountry(code: string): string {
  return TREATED_AS[code] ?? code;
}

export function inGroup(code: string, group: CountryGroup): boolean {
  return MEMBERS.get(group)!.has(effectiveCountry(code));
}

/** The groups a country is in, in the order of COUNTRY_GROUPS. */
export function groupsOf(code: string): CountryGroup[] {
  return COUNTRY_GROUPS.filter((g) => inGroup(code, g));
}

export const MACAU = macau;
const CHINA = 'CN';

/** China (with Hong Kong) or Macau: the destinations of the January 2026 review policy. */
export function isChinaOrMacau(code: string): boolean {
  const country = effectiveCountry(code);
  return country === CHINA || country === MACAU;
}

/** "D:5 or Macau", as the rules name it. */
export function inD5OrMacau(code: string): boolean {
  return inGroup(code, 'D:5') || effectiveCountry(code) === MACAU;
}
