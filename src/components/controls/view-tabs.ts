/**
 * The view switch: a tab list (ARIA tabs pattern, activated on focus) over the calculator, the
 * comparison, the catalog and the training run. Left and Right arrows, Home and End move between
 * the tabs; Tab moves on into the view. Only the view shown is rendered, so that a view computes
 * nothing until opened. A chunk of its own, asked for when the working unfolds or another view opens.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { CardUi } from './ui.js';
import { VIEWS, type View } from './views.js';

export const styles = [css`
  .view-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-bottom: calc(var(--_space) * 0.75);
    border-bottom: 1px solid var(--_border);
  }
  .view-tabs [role='tab'] {
    min-height: 2.5rem;
    margin-bottom: -1px;
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
  }
  .view-tabs [role='tab']:hover {
    background: var(--_raised);
  }
  /* The shown view's tab is marked by a bar and bold text, not by colour alone. */
  .view-tabs [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    font-weight: 700;
  }
  .view {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .view-tabs [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`];

const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

function onKeydown(e: KeyboardEvent, tabs: readonly View[], view: View, onSelect: (view: View) => void) {
  const step = STEP[e.key];
  if (!step) return;
  e.preventDefault();
  const next = step(Math.max(tabs.indexOf(view), 0), tabs.length);
  (e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  onSelect(tabs[next]!);
}

/**
 * A view's name on its tab: the card's catalogue names the chip views; the training run's name
 * comes with the working's messages (`ui` once they have arrived), and its tab waits for them.
 */
function tabName(ui: CardUi, view: View): string | undefined {
  if (view !== 'training') return ui.m.views.names[view];
  return (ui.m as Partial<Messages>).training?.tab;
}

export interface ViewsProps {
  /** The card's messages, or every message once the working's have arrived. */
  ui: CardUi;
  view: View;
  onSelect: (view: View) => void;
  /** The content of a view; asked for the view shown only. */
  content: (view: View) => TemplateResult;
}

export function renderViews({ ui, view, onSelect, content }: ViewsProps) {
  const tabs = VIEWS.filter((v) => tabName(ui, v) !== undefined);
  return html`<div class="view-tabs" part="view-tabs" role="tablist" lang=${ui.language} aria-label=${ui.m.views.label}
      @keydown=${(e: KeyboardEvent) => onKeydown(e, tabs, view, onSelect)}>
      ${tabs.map((v) => html`<button type="button" part="tab" role="tab" id="tab-${v}" aria-controls="view-${v}"
        aria-selected=${v === view ? 'true' : 'false'} tabindex=${v === view ? '0' : '-1'} @click=${() => onSelect(v)}>${tabName(ui, v)}</button>`)}
    </div>
    ${VIEWS.filter((v) => v === view || tabs.includes(v)).map((v) => html`<div role="tabpanel" id="view-${v}" lang=${ui.language}
      aria-labelledby=${tabs.includes(v) ? `tab-${v}` : nothing} ?hidden=${v !== view}>${v === view ? content(v) : nothing}</div>`)}`;
}
