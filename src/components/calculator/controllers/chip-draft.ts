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
import { isRecord } from '../../../core/util.js';
import {
  MAX_ROWS, SHIPMENT_FIELDS, blankDraft, draftFromSpec, overlongList, shipmentOf, specFromDraft,
  type AmbiguousNumber, type ErrorLocator, type SpecDraft,
} from '../../../model/spec-draft.js';
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
  shipmentNotices: readonly Notice[] = [];

  private spec: ({ draft: SpecDraft } & ReturnType<typeof specFromDraft>) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The spec the engine evaluates, where its errors belong in the form, and its ambiguous numbers; worked out once per draft. */
  current(): { spec: ChipSpec; locate: ErrorLocator; ambiguous: readonly AmbiguousNumber[] } {
    if (this.spec?.draft !== this.draft) this.spec = { draft: this.draft, ...specFromDraft(this.draft) };
    return this.spec;
  }

  /**
   * The host's `chip`, `spec` and `shipment` attributes, those that changed; returns the host's
   * `chip` after them (null once a spec given replaced the chip).
   */
  fromAttributes(changed: ReadonlyMap<PropertyKey, unknown>, host: { chip?: string | null | undefined; specAttribute?: string | null | undefined; shipmentAttribute?: string | null | undefined }): string | null | undefined {
    if (changed.has('chip') && (host.chip ?? null) !== this.chip) this.loadChip(host.chip);
    if (changed.has('shipmentAttribute')) {
      this.loadJson(host.shipmentAttribute, (value) => this.loadShipment(value), (detail) => (this.shipmentNotices = [(m) => m.notices.shipmentNotJson(detail)]));
    }
    if (!changed.has('specAttribute')) return host.chip;
    this.loadJson(host.specAttribute, (value) => this.loadSpec(value), (detail) => (this.specNotices = [(m) => m.notices.specNotJson(detail)]));
    return this.chip === null ? null : host.chip;
  }

  /** A catalog chip by id; `null` or `undefined` shows an empty custom chip. The shipment stays: it is not the chip's. */
  loadChip(id: string | null | undefined) {
    const chip = id ? getChip(id) : undefined;
    this.draft = { ...(chip ? draftFromSpec(chip.spec)!.draft : blankDraft()), shipment: this.draft.shipment };
    this.chip = chip ? chip.id : null;
    this.edited = false;
    this.untouched = !chip;
    this.chipNotices = id && !chip ? [(m) => m.notices.unknownChip(id)] : [];
    // The chip replaces the figures: a notice about figures refused earlier no longer applies.
    this.specNotices = [];
    this.host.requestUpdate();
  }

  /** A spec given by the page or a link (`withShipment`: its shipment, even if none, replaces the one shown); `null` or `undefined` means none (as frameworks pass an unset property): it changes nothing, and clears a notice about a spec refused before. */
  loadSpec(value: unknown, withShipment = false) {
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
    // Figures without a shipment keep the one given before, as a chip picked does; a link's spec is the whole state.
    const ownShipment = withShipment || SHIPMENT_FIELDS.some((key) => isRecord(value) && value[key] !== undefined && value[key] !== null);
    this.draft = ownShipment ? read.draft : { ...read.draft, shipment: this.draft.shipment };
    this.chip = null;
    this.edited = false;
    this.untouched = false;
    this.specNotices = read.ignored.length ? [(m) => m.notices.specIgnored(m.engine.and(read.ignored))] : [];
    this.chipNotices = [];
    this.host.requestUpdate();
  }

  /**
   * The shipment given by the page or a link (an object with the spec's shipment fields), kept with
   * any chip; `null` or `undefined` changes nothing. Other fields are named in a notice.
   */
  loadShipment(value: unknown) {
    if (value === undefined || value === null) {
      this.shipmentNotices = [];
      return;
    }
    if (!isRecord(value)) {
      this.shipmentNotices = [(m) => m.notices.shipmentNotObject];
      this.host.requestUpdate();
      return;
    }
    const ignored = Object.keys(value).filter((key) => !(SHIPMENT_FIELDS as readonly string[]).includes(key));
    this.draft = { ...this.draft, shipment: shipmentOf(value) };
    this.shipmentNotices = ignored.length ? [(m) => m.notices.shipmentIgnored(m.engine.and(ignored))] : [];
    this.host.requestUpdate();
  }

  /**
   * An attribute's JSON text, read by `load` (`null` or `undefined` as they are); text that does not
   * parse keeps what is shown and gets the notice `notJson` makes of the parser's message.
   */
  private loadJson(json: string | null | undefined, load: (value: unknown) => void, notJson: (detail: string) => void) {
    let value: unknown = json;
    if (typeof json === 'string') {
      try {
        value = parseJson(json);
      } catch (e) {
        notJson(e instanceof Error ? e.message : String(e));
        this.host.requestUpdate();
        return;
      }
    }
    load(value);
  }

  /** The reader's edit. A catalog chip stays unedited while only the shipment changes. */
  change(draft: SpecDraft) {
    const figuresChanged = (Object.keys(draft) as (keyof SpecDraft)[]).some((key) => key !== 'shipment' && key !== 'meant' && draft[key] !== this.draft[key]);
    this.edited = this.chip !== null && (this.edited || figuresChanged);
    this.draft = draft;
    this.untouched = false;
    this.host.requestUpdate();
  }

  /** Back to the catalog's figures of the chip shown. */
  reset() {
    this.loadChip(this.chip);
  }
}
