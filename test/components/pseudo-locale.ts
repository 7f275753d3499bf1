/**
 * A pseudo-locale: every string of the English catalogues wrapped in ⟦…⟧ with its letters accented,
 * every message function's result likewise, and the built-in rule sets' words too. Text that reaches
 * the widget without passing through a catalogue (a string written in a component) shows up
 * unwrapped, and text glued from several messages shows up as several wrapped pieces with glue
 * between them.
 */
import { ruleSets } from '../../src/core/rule-sets.js';
import type { RuleSetTranslation } from '../../src/core/rules/types.js';
import { enCard } from '../../src/i18n/en/card.js';
import { enWorking } from '../../src/i18n/en/working.js';
import { CATALOGUES, type Catalogue } from '../../src/i18n/languages.js';
import type { CardMessages, WorkingMessages } from '../../src/i18n/messages.js';

export const PSEUDO = 'x-pseudo';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', c: 'ç', n: 'ñ' };
export const pseudo = (text: string) => `⟦${text.replace(/[aeiouAEIOUcn]/g, (c) => ACCENTS[c]!)}⟧`;

/** Keys whose values are not words: separators, tags, code lists. */
const NOT_WORDS = new Set(['lang', 'numbers', 'csvColumns', 'fileName']);

function wrap<T>(value: T, key = ''): T {
  if (NOT_WORDS.has(key)) return value;
  if (typeof value === 'string') return pseudo(value) as T;
  if (typeof value === 'function') {
    return ((...args: unknown[]) => {
      const out = (value as (...a: unknown[]) => unknown)(...args);
      return typeof out === 'string' ? pseudo(out) : out;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => wrap(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v, k)])) as T;
  return value;
}

function ruleSetWords(): Record<string, RuleSetTranslation> {
  return Object.fromEntries(ruleSets.map((r) => [r.id, {
    title: pseudo(r.title),
    shortTitle: pseudo(r.shortTitle ?? r.title),
    ...(r.scope ? { covers: pseudo(r.scope.covers) } : {}),
    ...(r.notControlledNote ? { notControlledNote: pseudo(r.notControlledNote) } : {}),
    caveats: r.caveats.map(pseudo),
    items: Object.fromEntries([...r.clauses, ...r.exclusions, ...r.outcomes].map((item) => [item.id, { title: pseudo(item.title), ...(item.text ? { gloss: pseudo('gloss') } : {}) }])),
    // Classifications in words ("over a tier-2 country's allocation"); an ECCN paragraph stays as it is.
    classifications: Object.fromEntries([...r.clauses, ...r.outcomes].flatMap((item) => {
      const c = 'classification' in item ? item.classification : undefined;
      return typeof c === 'string' && !/^\d[A-Z]\d{3}/.test(c) ? [[c, pseudo(c)]] : [];
    })),
  }]));
}

export function registerPseudoLocale(): void {
  CATALOGUES[PSEUDO] = async (): Promise<Catalogue> => ({
    card: { ...wrap(enCard), lang: PSEUDO } as CardMessages,
    working: wrap(enWorking) as WorkingMessages,
    ruleSets: ruleSetWords(),
  });
}
