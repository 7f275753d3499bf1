/**
 * The reader's thresholds: the edits typed for each rule set (kept per rule set, so that switching
 * back restores them), edits given by the `thresholdEdits` property or a link, and the rule set
 * they derive, as the engine derives and checks it (`deriveCustom`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { ConditionEdit, ConditionRef } from '../../../core/rules/edit.js';
import type { Operator, ResolvedRuleSet } from '../../../core/rules/types.js';
import {
  NO_EDITS, conditionEditsOf, deriveCustom, draftFromEdits, readEdits, withEdit,
  type CustomThresholds, type ThresholdDraft,
} from '../../../model/threshold-edits.js';
import type { Notice } from './rule-set-sources.js';

export class ThresholdEdits {
  /** The rule set in effect for the one selected, and how it differs. */
  custom: CustomThresholds | null = null;
  notices: readonly Notice[] = [];

  private drafts: ReadonlyMap<string, ThresholdDraft> = new Map();
  /** Edits from a link or the property, applied once the rule set they change is selected. */
  private given: { edits: unknown; fromLink: boolean } | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Edits given to the widget (a link's, or the property's); `undefined` or `null` from the property clears them. */
  give(edits: unknown, fromLink: boolean) {
    this.given = { edits: edits ?? [], fromLink };
    this.host.requestUpdate();
  }

  /** The edits of the rule set selected, as `deriveRuleSet` takes them. */
  edits(): ConditionEdit[] {
    return this.custom ? conditionEditsOf(this.custom.draft, this.custom.base) : [];
  }

  /** Applies given edits to `base`, and derives the rule set to evaluate. */
  resolve(base: ResolvedRuleSet): CustomThresholds {
    if (this.given) {
      const { edits: raw, fromLink } = this.given;
      this.given = null;
      const edits = readEdits(raw);
      if (edits === null) this.notices = fromLink ? [] : [(m) => m.notices.editsNotList];
      else {
        const { draft, unusable } = draftFromEdits(base, edits);
        this.drafts = new Map(this.drafts).set(base.id, draft);
        this.notices = unusable.length
          ? [(m) => m.notices.editsUnusable(m.engine.and(unusable.map((r) => m.notices.conditionRef(r.item, r.index))))] : [];
      }
    }
    const draft = this.drafts.get(base.id) ?? NO_EDITS;
    if (this.custom?.base !== base || this.custom.draft !== draft) this.custom = deriveCustom(base, draft, this.custom);
    return this.custom;
  }

  edit(ref: ConditionRef, change: { op?: Operator; threshold?: string }) {
    if (!this.custom) return;
    this.set(withEdit(this.custom.draft, this.custom.base, ref, change));
  }

  reset() {
    this.set(NO_EDITS);
  }

  private set(draft: ThresholdDraft) {
    if (!this.custom) return;
    this.drafts = new Map(this.drafts).set(this.custom.base.id, draft);
    this.host.requestUpdate();
  }
}
