/**
 * What every part renders with: the reader's messages, and the engine's words for a rule set in
 * them (numbers grouped as the language writes them, never rounded onto a line they miss).
 */
import { wordsFor, type RuleSetWords, type Words } from '../../core/explain/words.js';
import { builtInRuleSets, linesOf } from '../../core/rule-set-registry.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import type { CardMessages, Messages } from '../../i18n/messages.js';

/** What the card renders with: the card's messages only, as nothing else has loaded yet. */
export interface CardUi {
  /** The language tag the messages are in (the `lang` of the widget's markup). */
  language: string;
  m: CardMessages;
  /** The rule sets a sentence may name by id (built-in and the page's own). */
  ruleSets: readonly ResolvedRuleSet[];
  /** Rule sets' titles and texts in the reader's language. */
  ruleSetWords: RuleSetWords;
}

/** What the working and the views render with: every message, once their chunk has loaded. */
export interface Ui extends CardUi {
  m: Messages;
}

/** Words for values under `ruleSet`: a new set per render, so that their cache of shown values never outlives it. */
export function wordsIn(ui: CardUi, ruleSet: ResolvedRuleSet): Words {
  return wordsFor({
    messages: ui.m.engine, ruleSet, ruleSets: ui.ruleSets.length ? ui.ruleSets : builtInRuleSets(),
    lines: (metric) => linesOf(metric, ruleSet), ruleSetWords: ui.ruleSetWords,
  });
}

/** A rule set's status in words, e.g. "in force", "reported, not published". */
export function statusText(ui: CardUi, ruleSet: ResolvedRuleSet): string {
  return ui.m.status[ruleSet.status] ?? ruleSet.status;
}
