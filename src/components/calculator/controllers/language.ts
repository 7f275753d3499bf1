/**
 * The reader's language: the widget's own `lang`, else the nearest one of the page around it, as
 * the widget speaks it (see languageOf). Followed at runtime: setting `lang` on the widget or on
 * the page re-renders in the new language, keeping the figures and edits.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf } from '../../../i18n/languages.js';

export class Language implements ReactiveController {
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The language asked for (its messages may still be on their way). */
  get current(): string {
    return languageOf(this.host.closest('[lang]')?.getAttribute('lang'));
  }

  hostConnected(): void {
    // Made here, not with the element: a server renders the element where no MutationObserver exists.
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
