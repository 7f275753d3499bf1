/**
 * What a link reproduces of the calculator, and the calculator set from a link: the rule set, the
 * chip (by id while unedited, else its figures), the shipment, the reader's thresholds, the page's
 * rule sets and the date. Each is the other's inverse, so that a link opens on what its sender saw.
 */
import type { SharedState } from '../../model/share-state.js';
import { SHIPMENT_FIELDS, isBlankShipment } from '../../model/spec-draft.js';
import type { ChipDraft } from './controllers/chip-draft.js';
import type { RuleSetSources } from './controllers/rule-set-sources.js';
import type { ThresholdEdits } from './controllers/threshold-edits.js';

/** The calculator's controllers that hold what a link carries. */
export interface LinkedParts {
  drafts: ChipDraft;
  thresholds: ThresholdEdits;
  sources: RuleSetSources;
}

/** The calculator's attributes that a link sets. */
export interface LinkedAttributes {
  ruleSet: string | null | undefined;
  asOf: string | null | undefined;
  chip: string | null | undefined;
}

/** The state a link carries; `ruleSet`: the id of the rule set shown (the one in force on the date, if one is given). */
export function sharedStateOf(ruleSet: string, attributes: Pick<LinkedAttributes, 'asOf'>, { drafts, thresholds, sources }: LinkedParts): SharedState {
  const edits = thresholds.edits();
  const { chip, edited, draft } = drafts;
  const { spec } = drafts.current();
  const shipment = Object.fromEntries(SHIPMENT_FIELDS.filter((key) => spec[key] !== undefined).map((key) => [key, spec[key]]));
  return {
    ruleSet,
    ...(chip && !edited ? { chip, ...(isBlankShipment(draft.shipment) ? {} : { shipment }) } : { spec }),
    ...(edits.length ? { edits } : {}),
    ...(sources.linked ? { ruleSets: sources.linked } : {}),
    ...(attributes.asOf ? { asOf: attributes.asOf } : {}),
  };
}

/** Sets the calculator to the state a link carries: what the link leaves out is cleared, but the rule set. */
export function applySharedState(state: SharedState, attributes: LinkedAttributes, { drafts, thresholds, sources }: LinkedParts): void {
  sources.linked = state.ruleSets ?? null;
  if (state.ruleSet) attributes.ruleSet = state.ruleSet;
  attributes.asOf = state.asOf ?? null;
  thresholds.give(state.edits ?? [], true);
  if (state.spec) return drafts.loadSpec(state.spec, true);
  if (state.chip) drafts.loadChip((attributes.chip = state.chip));
  drafts.loadShipment(state.shipment ?? {});
}
