/**
 * Country names as the browser knows them in a language (Intl.DisplayNames): the widget has no list
 * of its own. One lookup per language, built on first use; null where the browser has no name, or
 * no names at all for the language (a private-use tag).
 */
const byLanguage = new Map<string, Intl.DisplayNames | null>();

export function regionName(language: string, code: string): string | null {
  let names = byLanguage.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    byLanguage.set(language, names);
  }
  try {
    return names?.of(code) ?? null;
  } catch {
    return null;
  }
}
