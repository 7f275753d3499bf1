/**
 * The reader's language: the widget's own `lang`, else the nearest one of the page around it, as
 * the widget speaks it (see languageOf). Followed at runtime: setting `lang` on the widget or on
 * the page re-renders in the new language, keeping the figures and edits.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { languageOf } from '../../../i18n/languages.js';

export class Language implements ReactiveController {
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The language asked for (its messages may still be on their way). */
  get current(): string {
    // A server sees the element alone, without the page around it.
    const marked = isServer ? this.host : this.host.closest('[lang]');
    return languageOf(marked?.getAttribute('lang'));
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
