/**
 * The texts of the Country Groups, from src/data/country-group-notes.json: each group's title,
 * evidence, notes and sources, and the notes on places read as another country (Hong Kong) or named
 * beside a group (Macau). Apart from ./countries.ts, so that the widget's first file, which only
 * needs the memberships, does not carry them; the explanation and the Node API load them.
 */
import { asOf, groups, macauNote, sources, title, treatedAsNotes } from '../data/country-group-notes.json';
import { countries, macau, members, treatedAs } from '../data/country-groups.json';
import { COUNTRY_GROUPS, type CountryGroup } from './countries.js';
import { EVIDENCE, type Evidence } from './rules/types.js';
import { isIsoDate, isRecord, isWebUrl } from './util.js';

export interface CountrySource {
  title: string;
  url: string;
}

export interface CountryGroupData {
  title: string;
  evidence: Evidence;
  /** Per country, what a reader must know about its membership (a recent change, a suspension). */
  notes: Record<string, string>;
  sources: CountrySource[];
}

/** What a reader must know about a place the rules read specially, and where that comes from. */
export interface PlaceNote {
  note: string;
  evidence: Evidence;
  sources: CountrySource[];
}

export interface CountryGroupsData {
  asOf: string;
  title: string;
  sources: CountrySource[];
  countries: string[];
  members: Record<CountryGroup, string[]>;
  /** Places the EAR treats as another country (Hong Kong as China), by the country they take. */
  treatedAs: Record<string, string>;
  macau: string;
  groups: Record<CountryGroup, CountryGroupData>;
  /** Why each place in `treatedAs` is treated so. */
  treatedAsNotes: Record<string, PlaceNote>;
  macauNote: PlaceNote;
}

const ISO_ALPHA_2 = /^[A-Z]{2}$/;

/** Problems with the country-groups data (both files as one object), each naming where; empty when it is sound. */
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
  const checkEvidence = (evidence: unknown, at: string) => {
    if (!EVIDENCE.includes(evidence as Evidence)) problems.push(`${at}.evidence must be one of ${EVIDENCE.join(', ')}`);
  };
  const checkPlaceNote = (entry: unknown, at: string) => {
    if (!isRecord(entry) || typeof entry.note !== 'string') problems.push(`${at} needs a note`);
    else {
      checkEvidence(entry.evidence, at);
      checkSources(entry.sources, at);
    }
  };
  checkSources(raw.sources, 'file');
  const members = isRecord(raw.members) ? raw.members : {};
  const groups = isRecord(raw.groups) ? raw.groups : {};
  for (const name of COUNTRY_GROUPS) {
    const listed = Array.isArray(members[name]) ? members[name] : [];
    if (listed.length === 0) problems.push(`members["${name}"] must be a non-empty list`);
    for (const m of listed) if (!known.has(m as string)) problems.push(`members["${name}"]: ${String(m)} is not a listed country`);
    if (new Set(listed).size !== listed.length) problems.push(`members["${name}"] lists a country twice`);
    const group = groups[name];
    if (!isRecord(group)) {
      problems.push(`groups["${name}"] is missing`);
      continue;
    }
    checkEvidence(group.evidence, `groups["${name}"]`);
    for (const code of Object.keys(isRecord(group.notes) ? group.notes : {})) if (!known.has(code)) problems.push(`groups["${name}"].notes: ${code} is not a listed country`);
    checkSources(group.sources, `groups["${name}"]`);
  }
  const treatedAs = isRecord(raw.treatedAs) ? raw.treatedAs : {};
  const treatedAsNotes = isRecord(raw.treatedAsNotes) ? raw.treatedAsNotes : {};
  for (const [code, country] of Object.entries(treatedAs)) {
    if (!known.has(code)) problems.push(`treatedAs: ${code} is not a listed country`);
    if (!known.has(country as string)) problems.push(`treatedAs["${code}"]: ${String(country)} is not a listed country`);
    checkPlaceNote(treatedAsNotes[code], `treatedAsNotes["${code}"]`);
  }
  for (const code of Object.keys(treatedAsNotes)) if (!(code in treatedAs)) problems.push(`treatedAsNotes: ${code} is not in treatedAs`);
  if (!known.has(raw.macau as string)) problems.push('macau must be a listed country');
  checkPlaceNote(raw.macauNote, 'macauNote');
  return problems;
}

/** Both files as one object, as validateCountryGroups checks them. */
export const countryGroups = { asOf, title, sources, countries, members, treatedAs, macau, groups, treatedAsNotes, macauNote } as CountryGroupsData;

/** What a reader must know about a country's groups: a doubtful membership, Hong Kong read as China. */
export function countryNotes(code: string): { group: CountryGroup | null; note: string }[] {
  const notes: { group: CountryGroup | null; note: string }[] = [];
  const treated = countryGroups.treatedAsNotes[code];
  if (treated) notes.push({ group: null, note: treated.note });
  for (const g of COUNTRY_GROUPS) {
    const note = countryGroups.groups[g].notes[code];
    if (note) notes.push({ group: g, note });
  }
  return notes;
}
