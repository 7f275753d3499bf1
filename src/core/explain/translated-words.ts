/**
 * Rule sets' words in another language, from their translations (the built-in ones' in a
 * language's catalogue, a rule set's own in its JSON). A module of its own: English needs none of it.
 */
import type { ResolvedRuleSet, RuleSetTranslation } from '../rules/types.js';
import { ORIGINAL_WORDS, type RuleSetWords } from './words.js';

/**
 * Rule sets' words in a language: the built-in ones' translations (by rule set id), then a rule
 * set's own `translations` for that language; a rule set with edited thresholds is worded as the one
 * it derives from, its title through `customTitle`.
 */
export function translatedWords(
  language: string,
  builtIn: Readonly<Record<string, RuleSetTranslation>>,
  customTitle: (title: string) => string,
): RuleSetWords {
  const own = (r: ResolvedRuleSet): RuleSetTranslation | undefined => builtIn[r.id] ?? r.translations?.[language];
  const of = (r: ResolvedRuleSet) => own(r) ?? (r.derivedFrom ? builtIn[r.derivedFrom] : undefined);
  const title = (r: ResolvedRuleSet) => {
    const translated = own(r)?.title;
    if (translated) return translated;
    const base = r.derivedFrom ? builtIn[r.derivedFrom]?.title : undefined;
    return base ? customTitle(base) : r.title;
  };
  return {
    title,
    shortTitle: (r) => of(r)?.shortTitle ?? (own(r)?.title ? title(r) : ORIGINAL_WORDS.shortTitle(r)),
    item: (r, id) => {
      const original = ORIGINAL_WORDS.item(r, id);
      const translated = id === 'scope' ? { title: of(r)?.covers } : of(r)?.items?.[id];
      if (!translated) return original;
      const clause = r.clauses.some((c) => c.id === id);
      const t = translated.title ?? original.title;
      const gloss = 'gloss' in translated ? translated.gloss : undefined;
      return {
        label: clause || id === 'scope' ? original.label : t,
        title: t,
        text: original.text && gloss ? `${original.text} (${gloss})` : original.text,
      };
    },
    covers: (r) => of(r)?.covers ?? ORIGINAL_WORDS.covers(r),
    notControlledNote: (r) => of(r)?.notControlledNote ?? ORIGINAL_WORDS.notControlledNote(r),
    caveats: (r) => {
      const translated = of(r)?.caveats;
      return translated && translated.length === r.caveats.length ? translated : r.caveats;
    },
    classification: (r, classification) => of(r)?.classifications?.[classification] ?? classification,
  };
}
