/**
 * What the calculator shows, worked out before each render from its attributes and controllers,
 * each step from the ones before it: the rule set asked for (or the one in force on the as-of
 * date), the reader's thresholds applied to it, the verdict, the answer the card shows (the last
 * valid one while a field is invalid), the other rules' answers and the notices.
 */
import type { AsOfChoice } from '../../core/as-of.js';
import { getChip } from '../../core/catalog.js';
import type { RuleSetWords } from '../../core/explain/words.js';
import { DEFAULT_RULE_SET_ID, isBuiltIn } from '../../core/rule-set-registry.js';
import type { ResolvedRuleSet } from '../../core/rules/types.js';
import { fieldError } from '../../core/spec.js';
import { refused, type EvaluatedResult, type EvaluationResult } from '../../core/verdict.js';
import type { CardMessages, Messages } from '../../i18n/messages.js';
import type { CustomThresholds } from '../../model/threshold-edits.js';
import { chipRuleSets, ownOutcomes } from '../../model/rule-set-shape.js';
import type { CardProps, Overlay } from '../card/answer-card.js';
import { errorLine } from '../controls/input-labels.js';
import type { CardUi, Ui } from '../controls/ui.js';
import type { CompareContext } from '../views/compare/compare-view.js';
import type { WorkingProps } from '../working/working.js';
import { isView } from '../controls/views.js';
import type { ChipDraft } from './controllers/chip-draft.js';
import type { Evaluation } from './controllers/evaluation.js';
import type { Notice, RuleSetSources } from './controllers/rule-set-sources.js';
import type { ThresholdEdits } from './controllers/threshold-edits.js';
import type { UrlState } from './controllers/url-state.js';
import type { LazyChunks } from './lazy-chunks.js';

/** The `compare` attribute: catalog ids separated by spaces or commas. */
export const chipIdList = { fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean) };

export interface Derived {
  ui: CardUi;
  selected: ResolvedRuleSet;
  custom: CustomThresholds;
  asOf: AsOfChoice | null;
  result: EvaluationResult;
  /** The last valid answer: what the card shows while a field is invalid. */
  lastValid: EvaluatedResult | null;
  /** The answer the card shows; null while nothing was picked or typed. */
  shown: EvaluatedResult | null;
  /** `shown` with what would change it and why, once worked out (a task later). */
  explained: EvaluatedResult | null;
  overlays: Overlay[];
  /** Worded by the working's messages, which load when there is one (see `problemWords`). */
  notices: Notice[];
}

export interface DeriveInputs {
  /** The reader's language, and its card messages and rule-set words. */
  language: string;
  catalogue: { card: CardMessages; ruleSetWords: RuleSetWords };
  /** The attributes, as given. */
  ruleSet: string | null | undefined;
  asOf: string | null | undefined;
  view: unknown;
  layout: unknown;
  previous: Derived | null;
  /** The first verdict has been shown: the other rules' answers and the explanation follow it. */
  followUp: boolean;
  sources: RuleSetSources;
  drafts: ChipDraft;
  thresholds: ThresholdEdits;
  evaluation: Evaluation;
  url: UrlState;
}

/** What to show, or null while what is asked for waits for rule sets, or for the code of a link or of edits given, still on their way. */
export function derive(i: DeriveInputs): Derived | null {
  const { previous, sources, drafts, evaluation } = i;
  const reloaded = sources.refresh(i.asOf || (i.ruleSet ?? DEFAULT_RULE_SET_ID) !== DEFAULT_RULE_SET_ID ? 'before-answer' : i.followUp ? 'after-answer' : 'not-yet');
  if (sources.waiting || i.url.waiting) return null;
  const find = (id: string) => sources.available.find((r) => r.id === id);
  const { card } = i.catalogue;
  const ui = previous?.ui.ruleSets === sources.available && previous.ui.m === card ? previous.ui : {
    language: i.language, m: card, ruleSets: sources.available,
    ruleSetWords: i.catalogue.ruleSetWords,
  };
  const requested = find(i.ruleSet ?? DEFAULT_RULE_SET_ID);
  const fallback = requested ?? find(DEFAULT_RULE_SET_ID)!;
  const asOf = !i.asOf ? null : previous?.asOf?.date === i.asOf && !reloaded ? previous.asOf
    : sources.inForce(i.asOf, fallback.family);
  const selected = (asOf?.ruleSet && find(asOf.ruleSet.id)) || fallback;
  const custom = i.thresholds.resolve(selected);
  if (!custom) return null;
  const { spec, ambiguous } = drafts.current();
  // A number whose separator the reader has still to explain is no number yet: the answer waits for it.
  const result = ambiguous.length
    ? refused(custom.ruleSet, ambiguous.map((a) => fieldError(a.path, 'ambiguous-separator', { given: `"${a.typed}"`, known: [a.asGroup, a.asDecimal] })))
    : evaluation.verdict(spec, custom.ruleSet);
  // The blank form's evaluation is no answer: figures given with an error after it have no last valid answer.
  const lastValid = result.status === 'invalid' ? previous?.lastValid ?? null : drafts.untouched ? null : result;
  const shown = drafts.untouched ? null : lastValid;
  const overlays = ambiguous.length || !i.followUp ? [] : sources.available
    .filter((r) => r.overlay && isBuiltIn(r) && r.id !== selected.id)
    .map((r) => ({ ruleSet: r, result: evaluation.verdict(spec, r), own: ownOutcomes(r, find(r.basedOn ?? '')) }));
  const notices = [
    ...drafts.chipNotices, ...drafts.specNotices, ...drafts.shipmentNotices, ...sources.notices, ...i.thresholds.notices, ...i.url.notices,
    ...(i.ruleSet && !requested ? [(m: Messages) => m.notices.unknownRuleSet(i.ruleSet!, selected.title)] : []),
    ...(i.view && !isView(i.view) ? [(m: Messages) => m.notices.unknownView(String(i.view))] : []),
    ...(i.layout && i.layout !== 'card' && i.layout !== 'full' ? [(m: Messages) => m.notices.unknownLayout(String(i.layout))] : []),
  ];
  return { ui, selected, custom, asOf, result, lastValid, shown, explained: shown && i.followUp ? evaluation.explanationOf(shown) : null, overlays, notices };
}

/**
 * The messages that word the notices and the card's field errors (the working's), once there is one
 * to word: they load then, and until they arrive neither is listed.
 */
export function problemWords(now: Derived, lazy: LazyChunks): Ui | undefined {
  return now.notices.length || now.result.status === 'invalid' ? lazy.ui(now.ui) : undefined;
}

/** What the card shows of the answer: the host adds its controls (the chip picker, the rule-set selector) and handlers. */
export function cardPropsOf(now: Derived, drafts: ChipDraft, words: Ui | undefined, host: Pick<CardProps, 'controls' | 'working' | 'onToggleWorking' | 'onFocusInput'> & { headingLevel: unknown }): CardProps {
  const { ui, custom, result, shown, explained, overlays } = now;
  const { spec, locate } = drafts.current();
  const level = host.headingLevel;
  return {
    ...host, ui, headingLevel: typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2,
    empty: shown === null, shown, ruleSet: custom.ruleSet, overlays,
    inputs: { spec, chip: drafts.chip, edited: drafts.edited, name: drafts.draft.name || drafts.chip || '' },
    invalid: result.status === 'invalid',
    errors: result.status === 'invalid' && words ? result.errors.map((e) => errorLine(words, drafts.draft, locate(e), e)) : [],
    nearest: explained?.nearestBoundary ?? null, marketFlip: explained?.boundaries.find((b) => b.lever === 'market') ?? null, explained: explained !== null,
  };
}

/** What the working shows of the answer and the chip's figures: the host adds its handlers, the date typed, the layout and the link. */
export function workingPropsOf(
  now: Derived, ui: Ui, c: { lazy: LazyChunks; drafts: ChipDraft; sources: RuleSetSources; evaluation: Evaluation },
  host: Pick<WorkingProps, 'onDraft' | 'onThresholds' | 'onReset' | 'onFocusInput' | 'onSelectRuleSet' | 'layout' | 'link'> & { asOf: Pick<WorkingProps['asOf'], 'date' | 'cleared' | 'onInput'> },
): WorkingProps {
  const { selected, custom, asOf, result, shown, explained, overlays } = now;
  const { draft, chip, edited } = c.drafts;
  const { spec, locate } = c.drafts.current();
  return {
    ...host, ui, lazy: c.lazy, selected, custom, overlays, available: c.sources.available, draft, spec, locate, result, explained, unanswered: shown === null,
    asOf: { ...host.asOf, choice: asOf, shown: selected, available: c.sources.available },
    name: draft.name || chip || '', chip: edited ? null : chip, explainedNow: (explain) => c.evaluation.explainedNow(shown!, explain),
  };
}

/** What the comparison needs from the calculator: the rule set shown, and the chip in the calculator, to add it. */
export function compareContextOf(now: Derived, ui: Ui, drafts: ChipDraft, onRuleSet: (id: string) => void): CompareContext {
  const { chip, edited, draft } = drafts;
  return {
    ui, ruleSet: now.custom.ruleSet, ruleSets: chipRuleSets(now.ui.ruleSets, now.selected.id), selected: now.selected.id, onRuleSet,
    current: { chip, edited, spec: drafts.current().spec, name: draft.name || (chip ? getChip(chip)?.spec.name ?? '' : '') },
  };
}
