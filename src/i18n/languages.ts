/**
 * The languages the widget speaks, and how a page's `lang` picks one. English is built in; each
 * other language is one chunk beside the embed file (its card and working messages, and the
 * built-in rule sets' words), loaded when a widget first needs it: no request leaves the page's
 * origin.
 */
import type { RuleSetTranslation } from '../core/rules/types.js';
import type { CardMessages, WorkingMessages } from './messages.js';

/** Everything a language says: the card's and the working's messages, and the built-in rule sets' words by id. */
export interface Catalogue {
  card: CardMessages;
  working: WorkingMessages;
  ruleSets: Readonly<Record<string, RuleSetTranslation>>;
}

/**
 * The loaders of the languages other than English, by tag. Tests add a pseudo-locale here; a tag
 * the widget does not know falls back to English.
 */
export const CATALOGUES: Record<string, () => Promise<Catalogue>> = {
  'zh-Hans': () => import('./zh-Hans/index.js').then((m) => m.catalogue),
  'ja': () => import('./ja/index.js').then((m) => m.catalogue),
  'ko': () => import('./ko/index.js').then((m) => m.catalogue),
  'de': () => import('./de/index.js').then((m) => m.catalogue),
  'fr': () => import('./fr/index.js').then((m) => m.catalogue),
};

/**
 * The language for a BCP 47 tag, e.g. from the page's nearest `lang`: the tag itself when the
 * widget speaks it (in any case), else its primary language ("de-CH" is German, "fr-CA" French),
 * Chinese in Simplified script or for China and Singapore; English otherwise (Traditional Chinese
 * included: it has no catalogue yet).
 */
export function languageOf(tag: string | null | undefined): string {
  const wanted = (tag ?? '').trim().toLowerCase();
  const known = Object.keys(CATALOGUES);
  const exact = known.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;
  const [primary = '', ...rest] = wanted.split('-');
  if (primary === 'zh') {
    const simplified = rest.length === 0 || rest.includes('hans') || ((rest.includes('cn') || rest.includes('sg')) && !rest.includes('hant'));
    return simplified && known.includes('zh-Hans') ? 'zh-Hans' : 'en';
  }
  return known.find((language) => language.toLowerCase() === primary) ?? 'en';
}
