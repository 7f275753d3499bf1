/**
 * A collator for the reader's language, built once per language when a list is first sorted. A tag
 * the browser does not take (a private-use one) sorts as English rather than failing the render.
 */
const collators = new Map<string, Intl.Collator>();

export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    const options: Intl.CollatorOptions = { numeric: true, sensitivity: 'base' };
    try {
      collator = new Intl.Collator(language, options);
    } catch {
      collator = new Intl.Collator('en', options);
    }
    collators.set(language, collator);
  }
  return collator;
}
