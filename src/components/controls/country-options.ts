/**
 * The countries the engine knows, as a select lists them: by name in the reader's language (the
 * browser's own names, Intl.DisplayNames), sorted as that language sorts. Worked out once per language.
 */
import { countryGroups } from '../../core/countries.js';
import { collatorFor } from './collator.js';

export interface CountryOption {
  value: string;
  label: string;
}

const byLanguage = new Map<string, readonly CountryOption[]>();

function namer(language: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

export function countryOptions(language: string): readonly CountryOption[] {
  let options = byLanguage.get(language);
  if (!options) {
    const name = namer(language);
    const collator = collatorFor(language);
    options = countryGroups.countries.map((code) => ({ value: code, label: name(code) })).sort((a, b) => collator.compare(a.label, b.label));
    byLanguage.set(language, options);
  }
  return options;
}
