/**
 * The countries the engine knows, as a select lists them: by name in the reader's language (the
 * browser's own names, Intl.DisplayNames), sorted as that language sorts. Worked out once per language.
 */
import { COUNTRY_CODES } from '../../core/countries.js';
import { regionName } from '../../i18n/region-names.js';
import { collatorFor } from './collator.js';

export interface CountryOption {
  value: string;
  label: string;
}

const byLanguage = new Map<string, readonly CountryOption[]>();

export function countryOptions(language: string): readonly CountryOption[] {
  let options = byLanguage.get(language);
  if (!options) {
    const collator = collatorFor(language);
    options = COUNTRY_CODES.map((code) => ({ value: code, label: regionName(language, code) ?? code })).sort((a, b) => collator.compare(a.label, b.label));
    byLanguage.set(language, options);
  }
  return options;
}
