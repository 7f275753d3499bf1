/**
 * The chip the calculator shows: a catalog chip (by id) or figures of the page's or the reader's
 * own, kept as the text typed (`SpecDraft`). Loads a chip, a spec property or a spec attribute,
 * refusing what no form should take (JSON nested without end, ten thousand rows) with a notice and
 * keeping what was shown.
 */
import type { ReactiveControllerHost } from 'lit';
import { getChip } from '../../../core/catalog.js';
import type { ChipSpec } from '../../../core/spec.js';
import { MAX_JSON_DEPTH, nestsDeeper, parseJson } from '../../../model/page-json.js';
import { MAX_ROWS, blankDraft, draftFromSpec, overlongList, specFromDraft, type AmbiguousNumber, type ErrorLocator, type SpecDraft } from '../../../model/spec-draft.js';
import type { Notice } from './rule-set-sources.js';

/** Why a spec given to the widget cannot go into the form, or null when it can. */
function refusal(value: unknown): Notice | null {
  if (nestsDeeper(value)) return (m) => m.notices.specTooDeep(MAX_JSON_DEPTH);
  const overlong = overlongList(value);
  return overlong ? (m) => m.notices.specTooManyRows(overlong.list, overlong.count, MAX_ROWS) : null;
}

export class ChipDraft {
  draft: SpecDraft = blankDraft();
  /** The catalog chip the draft was loaded from, and whether the reader has edited it since. */
  chip: string | null = null;
  edited = false;
  /** Nothing picked, given or typed yet. */
  untouched = true;
  chipNotices: readonly Notice[] = [];
  specNotices: readonly Notice[] = [];

  private spec: ({ draft: SpecDraft } & ReturnType<typeof specFromDraft>) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The spec the engine evaluates, where its errors belong in the form, and its ambiguous numbers; worked out once per draft. */
  current(): { spec: ChipSpec; locate: ErrorLocator; ambiguous: readonly AmbiguousNumber[] } {
    if (this.spec?.draft !== this.draft) this.spec = { draft: this.draft, ...specFromDraft(this.draft) };
    return this.spec;
  }

  /** A catalog chip by id; `null` or `undefined` shows an empty custom chip. */
  loadChip(id: string | null | undefined) {
    const chip = id ? getChip(id) : undefined;
    this.draft = chip ? draftFromSpec(chip.spec)!.draft : blankDraft();
    this.chip = chip ? chip.id : null;
    this.edited = false;
    this.untouched = !chip;
    this.chipNotices = id && !chip ? [(m) => m.notices.unknownChip(id)] : [];
    // The chip replaces the figures: a notice about figures refused earlier no longer applies.
    this.specNotices = [];
    this.host.requestUpdate();
  }

  /** A spec given by the page or a link; `null` or `undefined` means none (as frameworks pass an unset property): it changes nothing, and clears a notice about a spec refused before. */
  loadSpec(value: unknown) {
    if (value === undefined || value === null) {
      this.specNotices = [];
      return;
    }
    const refused = refusal(value);
    const read = refused ? null : draftFromSpec(value);
    if (!read) {
      this.specNotices = [refused ?? ((m) => m.notices.specNotObject)];
      this.host.requestUpdate();
      return;
    }
    this.draft = read.draft;
    this.chip = null;
    this.edited = false;
    this.untouched = false;
    this.specNotices = read.ignored.length ? [(m) => m.notices.specIgnored(m.engine.and(read.ignored))] : [];
    this.chipNotices = [];
    this.host.requestUpdate();
  }

  loadSpecText(json: string | null | undefined) {
    if (json === null || json === undefined) return this.loadSpec(null);
    try {
      this.loadSpec(parseJson(json));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      this.specNotices = [(m) => m.notices.specNotJson(detail)];
      this.host.requestUpdate();
    }
  }

  /** The reader's edit. */
  change(draft: SpecDraft) {
    this.draft = draft;
    this.edited = this.chip !== null;
    this.untouched = false;
    this.host.requestUpdate();
  }

  /** Back to the catalog's figures of the chip shown. */
  reset() {
    this.loadChip(this.chip);
  }
}
