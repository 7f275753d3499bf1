/**
 * The chip picker: a combobox (a labelled text input with a listbox, ARIA 1.2 pattern) that
 * filters the catalog as the user types, by vendor, name and year. It holds only its own open and
 * filter state; which chip is picked belongs to the host. The calculator's picker shows the chip
 * picked and offers "Custom chip"; the comparison's only adds catalog chips, so it stays empty.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { catalog } from '../core/index.js';
import { msg } from '../i18n/messages.js';

interface PickerOption {
  /** null is the custom chip. */
  id: string | null;
  label: string;
  search: string;
  domId: string;
}

export interface PickerConfig {
  /** Prefix of the picker's element ids, unique in the shadow root. */
  id: string;
  label: string;
  help: string;
  /** Whether "Custom chip" is offered. */
  custom: boolean;
}

const CALCULATOR_PICKER: PickerConfig = { id: 'chip', label: msg.chipLabel, help: msg.chipHelp, custom: true };

function optionsOf({ id, custom }: PickerConfig): PickerOption[] {
  return [
    ...(custom ? [{ id: null, label: msg.customChip, search: msg.customChip.toLowerCase(), domId: `${id}-option-custom` }] : []),
    ...catalog.map((chip, index) => ({
      id: chip.id,
      label: msg.chipOption(chip.vendor, chip.name, chip.year),
      search: `${chip.vendor} ${chip.name} ${chip.year} ${chip.id}`.toLowerCase(),
      domId: `${id}-option-${index}`,
    })),
  ];
}

type PickerHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class ChipPicker implements ReactiveController {
  private readonly options: PickerOption[];
  private query = '';
  private editing = false;
  private open = false;
  private active = 0;

  constructor(
    private readonly host: PickerHost,
    private readonly onPick: (id: string | null) => void,
    private readonly config: PickerConfig = CALCULATOR_PICKER,
  ) {
    this.options = optionsOf(config);
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.open) return;
    const option = this.visible()[this.active];
    // Keeps the active option in view as the arrow keys move through a list taller than its box.
    if (option) this.host.renderRoot.querySelector(`#${option.domId}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** Every whitespace-separated word of the query must occur in the vendor, name, year or id. */
  private visible(): PickerOption[] {
    const words = this.editing ? this.query.toLowerCase().split(/\s+/).filter(Boolean) : [];
    return this.options.filter((option) => words.every((word) => option.search.includes(word)));
  }

  private setState(change: { query?: string; editing?: boolean; open?: boolean; active?: number }) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  private openList(selectedId: string | null) {
    const index = this.visible().findIndex((o) => o.id === selectedId);
    this.setState({ open: true, active: Math.max(index, 0) });
  }

  private close() {
    this.setState({ open: false, editing: false, query: '' });
  }

  private pick(option: PickerOption) {
    this.close();
    this.onPick(option.id);
  }

  private onKeydown(e: KeyboardEvent, selectedId: string | null) {
    const options = this.visible();
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      if (!this.open) this.openList(selectedId);
      else this.setState({ active: Math.min(Math.max(this.active + step, 0), options.length - 1) });
    } else if (e.key === 'Enter' && this.open && options[this.active]) {
      e.preventDefault();
      this.pick(options[this.active]!);
    } else if (e.key === 'Escape' && (this.open || this.editing)) {
      e.preventDefault();
      this.close();
    }
  }

  /** `selectedId`: the chip shown while the user is not typing; null is the custom chip, if offered. */
  render(selectedId: string | null) {
    const { id, label, help } = this.config;
    const selected = this.options.find((o) => o.id === selectedId);
    const options = this.visible();
    const expanded = this.open && options.length > 0;
    const activeOption = expanded ? options[this.active] : undefined;
    return html`<div class="picker">
      <label for="${id}-input">${label}</label>
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
          aria-describedby="${id}-help"
          placeholder=${msg.chipPlaceholder}
          .value=${live(this.editing ? this.query : selected?.label ?? '')}
          @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
          @click=${() => (this.open ? this.close() : this.openList(selectedId))}
          @input=${(e: InputEvent) => this.setState({ editing: true, open: true, active: 0, query: (e.target as HTMLInputElement).value })}
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e, selectedId)}
          @blur=${() => this.close()}
        />
        <ul id="${id}-listbox" class="listbox" role="listbox" aria-label=${msg.chipListLabel} ?hidden=${!expanded}>
          ${repeat(options, (o) => o.domId, (o, i) => html`<li
            id=${o.domId}
            role="option"
            class=${o === selected ? 'current' : ''}
            aria-selected=${i === this.active ? 'true' : 'false'}
            @mousedown=${(e: MouseEvent) => e.preventDefault()}
            @click=${() => this.pick(o)}
          >${o.label}</li>`)}
        </ul>
      </div>
      <p id="${id}-help" class="help">${help}</p>
      <p class="vh" role="status">${this.editing ? msg.chipMatches(options.length) : ''}</p>
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
