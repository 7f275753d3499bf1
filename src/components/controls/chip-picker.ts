/**
 * The chip picker: a combobox (a labelled text input with a listbox, ARIA 1.2 pattern) that ranks
 * the catalog's chips by what the reader types (`rankChips`: exact name first, then prefixes, then
 * words, then anywhere). Text that names a chip exactly picks it on Enter or on leaving the box;
 * text that matches nothing stays, marked as not chosen. It holds only its own open and filter
 * state; which chip is picked belongs to the host. The calculator's picker offers "Custom chip";
 * the comparison's only adds catalog chips, so it stays empty.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CatalogChip } from '../../core/catalog.js';
import { exactChip, rankChips } from '../../model/chip-search.js';
import { icons } from './icons.js';
import type { CardUi } from './ui.js';

interface PickerOption {
  /** null is the custom chip. */
  id: string | null;
  label: string;
  domId: string;
}

export interface PickerConfig<U extends CardUi> {
  /** Prefix of the picker's element ids, unique in the shadow root. */
  id: string;
  label: (ui: U) => string;
  help: (ui: U) => string;
  /** Whether "Custom chip" is offered. */
  custom: boolean;
}

type PickerHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** `U`: what the picker renders with (a view's picker may word itself with the view's messages). */
export class ChipPicker<U extends CardUi = CardUi> implements ReactiveController {
  private query = '';
  private lastUi: U | null = null;
  private editing = false;
  private open = false;
  private active = 0;
  /** Text the reader left in the box that names no chip. */
  private unmatched: string | null = null;

  constructor(
    private readonly host: PickerHost,
    private readonly chips: () => readonly CatalogChip[],
    private readonly onPick: (id: string | null) => void,
    private readonly config: PickerConfig<U>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.open) return;
    const option = this.visible(this.lastUi!)[this.active];
    // Keeps the active option in view as the arrow keys move through a list taller than its box.
    if (option) this.host.renderRoot.querySelector(`#${option.domId}`)?.scrollIntoView({ block: 'nearest' });
  }

  private option(ui: CardUi, chip: CatalogChip, index: number): PickerOption {
    return { id: chip.id, label: ui.m.picker.option(chip.vendor, chip.name, chip.year), domId: `${this.config.id}-option-${index}` };
  }

  private customOption(ui: CardUi): PickerOption[] {
    return this.config.custom ? [{ id: null, label: ui.m.picker.custom, domId: `${this.config.id}-option-custom` }] : [];
  }

  /** The label of the chip shown (or of the custom chip, for null). */
  private labelOf(ui: CardUi, id: string | null): string {
    if (id === null) return this.customOption(ui)[0]?.label ?? '';
    const chips = this.chips();
    const index = chips.findIndex((c) => c.id === id);
    return index < 0 ? '' : this.option(ui, chips[index]!, index).label;
  }

  /** The options for what is typed, best match first; every chip while nothing is. */
  private visible(ui: CardUi): PickerOption[] {
    const chips = this.chips();
    const indexOf = new Map(chips.map((c, i) => [c.id, i]));
    const ranked = this.editing ? rankChips(chips, this.query) : chips;
    const custom = !this.editing || this.query.trim() === '' ? this.customOption(ui) : [];
    return [...custom, ...ranked.map((chip) => this.option(ui, chip, indexOf.get(chip.id)!))];
  }

  private setState(change: { query?: string; editing?: boolean; open?: boolean; active?: number; unmatched?: string | null }) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  private openList(selectedId: string | null) {
    const index = this.visible(this.lastUi!).findIndex((o) => o.id === selectedId);
    this.setState({ open: true, active: Math.max(index, 0) });
  }

  private close() {
    this.setState({ open: false, editing: false, query: '' });
  }

  private pick(option: PickerOption) {
    this.setState({ unmatched: null });
    this.close();
    this.onPick(option.id);
  }

  /** Leaving the box or pressing Enter with text typed: a chip it names exactly is picked, and text naming none stays, not chosen. */
  private settle(enter: boolean) {
    if (!this.editing || this.query.trim() === '') {
      this.close();
      return;
    }
    const chip = exactChip(this.chips(), this.query);
    const options = this.visible(this.lastUi!);
    if (chip) this.pick(options.find((o) => o.id === chip.id)!);
    else if (enter && this.open && options[this.active]) this.pick(options[this.active]!);
    else if (options.length === 0) this.setState({ unmatched: this.query, open: false, editing: false, query: '' });
    else this.close();
  }

  private onKeydown(e: KeyboardEvent, selectedId: string | null) {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      if (!this.open) this.openList(selectedId);
      else this.setState({ active: Math.min(Math.max(this.active + step, 0), this.visible(this.lastUi!).length - 1) });
    } else if (e.key === 'Enter' && (this.open || this.editing)) {
      e.preventDefault();
      this.settle(true);
    } else if (e.key === 'Escape' && (this.open || this.editing)) {
      e.preventDefault();
      this.close();
    }
  }

  /** `selectedId`: the chip shown while the reader is not typing; null is the custom chip, if offered. */
  render(ui: U, selectedId: string | null) {
    this.lastUi = ui;
    const { id } = this.config;
    const { m } = ui;
    // The options are worked out only while the list is open or the reader types.
    const options = this.open || this.editing ? this.visible(ui) : [];
    const expanded = this.open && options.length > 0;
    const activeOption = expanded ? options[this.active] : undefined;
    const shown = this.editing ? this.query : this.unmatched ?? this.labelOf(ui, selectedId);
    return html`<div class="picker">
      <label for="${id}-input">${this.config.label(ui)}</label>
      <div class="combo">
        <input
          id="${id}-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="${id}-listbox"
          aria-activedescendant=${ifDefined(activeOption?.domId)}
          aria-describedby="${id}-help${this.unmatched !== null ? ` ${id}-unmatched` : ''}"
          aria-invalid=${this.unmatched !== null ? 'true' : 'false'}
          placeholder=${m.picker.placeholder}
          .value=${live(shown)}
          @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
          @click=${() => (this.open ? this.close() : this.openList(selectedId))}
          @input=${(e: InputEvent) => this.setState({ editing: true, open: true, active: 0, unmatched: null, query: (e.target as HTMLInputElement).value })}
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e, selectedId)}
          @blur=${() => this.settle(false)}
        />
        <ul id="${id}-listbox" class="listbox" role="listbox" aria-label=${m.picker.listLabel} ?hidden=${!expanded}>
          ${expanded ? options.map((o, i) => html`<li
            id=${o.domId}
            role="option"
            class=${o.id === selectedId ? 'current' : ''}
            aria-selected=${i === this.active ? 'true' : 'false'}
            @mousedown=${(e: MouseEvent) => e.preventDefault()}
            @click=${() => this.pick(o)}
          >${o.label}</li>`) : nothing}
        </ul>
      </div>
      ${this.unmatched !== null
        ? html`<p class="error" id="${id}-unmatched">${icons.warning}<span>${m.picker.notChosen(this.unmatched)}</span></p>`
        : nothing}
      <p id="${id}-help" class="help">${this.config.help(ui)}</p>
      <p class="vh" role="status">${this.editing ? m.picker.matches(options.length) : ''}</p>
    </div>`;
  }
}

export const chipPickerStyles = css`
  .picker {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .picker > label {
    font-weight: 600;
  }
  .combo {
    position: relative;
  }
  .listbox {
    position: absolute;
    z-index: 10;
    top: 100%;
    left: 0;
    right: 0;
    max-height: 18rem;
    overflow-y: auto;
    margin: 2px 0 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .listbox[hidden] {
    display: none;
  }
  .listbox li {
    padding: 0.35rem 0.6rem;
    cursor: pointer;
  }
  .listbox li.current {
    font-weight: 600;
  }
  .listbox li[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  @media (forced-colors: active) {
    .listbox li[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
