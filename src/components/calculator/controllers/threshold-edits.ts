/**
 * The reader's thresholds: the edits typed for each rule set (kept per rule set, so that switching
 * back restores them), edits given by the `thresholdEdits` property or a link, and the rule set
 * they derive, as the engine derives and checks it (`deriveCustom`).
 *
 * The code that reads and applies edits (with the engine's rule-set checks) is a chunk of its own:
 * a rule set without edits needs none of it. The threshold editor, which brings it, hands this
 * controller whole drafts; edits given to the widget wait for it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ConditionEdit } from '../../../core/rules/edit.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import { readEdits } from '../../../model/given-edits.js';
import type { CustomThresholds, ThresholdDraft } from '../../../model/threshold-edits.js';
import type { Notice } from './rule-set-sources.js';

type Model = typeof import('../../../model/threshold-edits.js');

const NO_EDITS: ThresholdDraft = [];

/** A rule set as published, for a draft without edits: no code of edits needed. */
const unedited = (base: ResolvedRuleSet, draft: ThresholdDraft): CustomThresholds => ({ base, draft, ruleSet: base, lastValid: null, changes: [], errors: new Map() });

export class ThresholdEdits {
  /** The rule set in effect for the one selected, and how it differs. */
  custom: CustomThresholds | null = null;
  notices: readonly Notice[] = [];

  private drafts: ReadonlyMap<string, ThresholdDraft> = new Map();
  /** Edits from a link or the property, applied once the rule set they change is selected. */
  private given: { edits: unknown; fromLink: boolean } | null = null;

  /** `model`: the edits' code once its chunk has arrived, undefined before (and its loading started). */
  constructor(private readonly host: ReactiveControllerHost, private readonly model: () => Model | undefined) {}

  /** Edits given to the widget (a link's, or the property's); `undefined` or `null` from the property clears them. */
  give(edits: unknown, fromLink: boolean) {
    this.given = { edits: edits ?? [], fromLink };
    this.host.requestUpdate();
  }

  /** The edits of the rule set selected, as `deriveRuleSet` takes them. */
  edits(): ConditionEdit[] {
    const custom = this.custom;
    return custom?.draft.length ? this.model()!.conditionEditsOf(custom.draft, custom.base) : [];
  }

  /** Applies given edits to `base`, and derives the rule set to evaluate; null while edits wait for their code. */
  resolve(base: ResolvedRuleSet): CustomThresholds | null {
    if (this.given) {
      const model = this.model();
      if (!model) return null;
      this.apply(model, base, this.given);
    }
    const draft = this.drafts.get(base.id) ?? NO_EDITS;
    if (this.custom?.base === base && this.custom.draft === draft) return this.custom;
    if (!draft.length) return (this.custom = unedited(base, draft));
    const model = this.model();
    return model ? (this.custom = model.deriveCustom(base, draft, this.custom)) : null;
  }

  /** The draft of the rule set shown, from the threshold editor, which brings the edits' code. */
  set(draft: ThresholdDraft) {
    if (!this.custom) return;
    this.drafts = new Map(this.drafts).set(this.custom.base.id, draft);
    this.host.requestUpdate();
  }

  private apply(model: Model, base: ResolvedRuleSet, { edits: raw, fromLink }: { edits: unknown; fromLink: boolean }) {
    this.given = null;
    const edits = readEdits(raw);
    if (edits === null) {
      this.notices = fromLink ? [] : [(m) => m.notices.editsNotList];
      return;
    }
    const { draft, unusable } = model.draftFromEdits(base, edits);
    this.drafts = new Map(this.drafts).set(base.id, draft);
    this.notices = unusable.length
      ? [(m) => m.notices.editsUnusable(m.engine.and(unusable.map((r) => m.notices.conditionRef(r.item, r.index))))] : [];
  }
}
