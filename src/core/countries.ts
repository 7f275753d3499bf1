/**
 * Countries and the EAR Country Groups the advanced-computing rules refer to, from
 * src/data/country-groups.json: ISO 3166-1 alpha-2 codes, which groups a country is in (Hong Kong
 * as China), and the notes a reader must see where a membership is doubtful. Data, not code: a
 * test checks the file with `validateCountryGroups`, and the engine trusts it on load.
 */
import data from '../data/country-groups.json';
import { EVIDENCE, type Evidence } from './rules/types.js';
import { isIsoDate, isRecord, isWebUrl } from './util.js';

/** The groups the rule sets test. */
export const COUNTRY_GROUPS = ['D:1', 'D:4', 'D:5', 'A:5', 'A:6'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

export interface CountryGroupData {
  title: string;
  evidence: Evidence;
  members: string[];
  /** Per country, what a reader must know about its membership (a recent change, a suspension). */
  notes: Record<string, string>;
  sources: { title: string; url: string }[];
}

export interface CountryGroupsData {
  asOf: string;
  title: string;
  sources: { title: string; url: string }[];
  groups: Record<CountryGroup, CountryGroupData>;
  /** Places the EAR treats as another country (Hong Kong as China). */
  treatedAs: Record<string, { country: string; note: string; evidence: Evidence; sources: { title: string; url: string }[] }>;
  macau: { country: string; note: string; evidence: Evidence; sources: { title: string; url: string }[] };
  countries: string[];
}

const ISO_ALPHA_2 = /^[A-Z]{2}$/;

/** Problems with a country-groups file, each naming where; empty when it is sound. */
export function validateCountryGroups(raw: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(raw)) return ['the file must be an object'];
  const codes = Array.isArray(raw.countries) ? raw.countries : [];
  if (codes.length === 0 || !codes.every((c) => typeof c === 'string' && ISO_ALPHA_2.test(c))) problems.push('countries must be a list of ISO 3166-1 alpha-2 codes');
  if (new Set(codes).size !== codes.length) problems.push('countries lists a code twice');
  const known = new Set(codes as string[]);
  if (!isIsoDate(raw.asOf)) problems.push('asOf must be a date');
  const checkSources = (sources: unknown, at: string) => {
    if (!Array.isArray(sources) || sources.length === 0) problems.push(`${at}.sources must be a non-empty list`);
    else sources.forEach((s, i) => {
      if (!isRecord(s) || typeof s.title !== 'string' || !isWebUrl(s.url)) problems.push(`${at}.sources[${i}] needs a title and an http(s) url`);
    });
  };
  checkSources(raw.sources, 'file');
  const groups = isRecord(raw.groups) ? raw.groups : {};
  for (const name of COUNTRY_GROUPS) {
    const group = groups[name];
    if (!isRecord(group)) {
      problems.push(`groups["${name}"] is missing`);
      continue;
    }
    if (!EVIDENCE.includes(group.evidence as Evidence)) problems.push(`groups["${name}"].evidence must be one of ${EVIDENCE.join(', ')}`);
    const members = Array.isArray(group.members) ? group.members : [];
    if (members.length === 0) problems.push(`groups["${name}"].members must be a non-empty list`);
    for (const m of members) if (!known.has(m as string)) problems.push(`groups["${name}"].members: ${String(m)} is not a listed country`);
    if (new Set(members).size !== members.length) problems.push(`groups["${name}"].members lists a country twice`);
    for (const code of Object.keys(isRecord(group.notes) ? group.notes : {})) if (!known.has(code)) problems.push(`groups["${name}"].notes: ${code} is not a listed country`);
    checkSources(group.sources, `groups["${name}"]`);
  }
  const special = [...Object.entries(isRecord(raw.treatedAs) ? raw.treatedAs : {}), ['macau', raw.macau] as const];
  for (const [code, entry] of special) {
    if (!isRecord(entry) || !known.has(entry.country as string) || typeof entry.note !== 'string') problems.push(`${code}: needs a listed country and a note`);
    else checkSources(entry.sources, code);
    if (code !== 'macau' && !known.has(code)) problems.push(`treatedAs: ${code} is not a listed country`);
  }
  return problems;
}

export const countryGroups = data as unknown as CountryGroupsData;

const COUNTRIES = new Set(countryGroups.countries);
const MEMBERS = new Map(COUNTRY_GROUPS.map((g) => [g, new Set(countryGroups.groups[g].members)]));

export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && COUNTRIES.has(code);
}

/** The country whose groups a place takes: Hong Kong's are China's. */
export function effectiveCountry(code: string): string {
  return countryGroups.treatedAs[code]?.country ?? code;
}

export function inGroup(code: string, group: CountryGroup): boolean {
  return MEMBERS.get(group)!.has(effectiveCountry(code));
}

/** The groups a country is in, in the order of COUNTRY_GROUPS. */
export function groupsOf(code: string): CountryGroup[] {
  return COUNTRY_GROUPS.filter((g) => inGroup(code, g));
}

export const MACAU = countryGroups.macau.country;
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

/** What a reader must know about a country's groups: a doubtful membership, Hong Kong read as China. */
export function countryNotes(code: string): { group: CountryGroup | null; note: string }[] {
  const notes: { group: CountryGroup | null; note: string }[] = [];
  const treated = countryGroups.treatedAs[code];
  if (treated) notes.push({ group: null, note: treated.note });
  for (const g of COUNTRY_GROUPS) {
    const note = countryGroups.groups[g].notes[code];
    if (note) notes.push({ group: g, note });
  }
  return notes;
}
