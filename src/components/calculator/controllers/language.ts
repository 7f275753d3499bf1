/**
 * The reader's language: the widget's own `lang`, else the nearest one of the page around it, as
 * the widget speaks it (see languageOf). Followed at runtime: setting `lang` on the widget or on
 * the page re-renders in the new language, keeping the figures and edits.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { languageOf } from '../../../i18n/languages.js';

export class Language implements ReactiveController {
  /** The widget has spoken the language asked for: before its first words it waits unseen, so a French page never flashes English. */
  spoken = false;
  private speaking = 'en';
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

  /** The language to speak now: the one asked for once `arrived` says its messages are here, until then the one spoken so far. */
  speak(arrived: (language: string) => boolean): string {
    const wanted = this.current;
    if (arrived(wanted)) this.speaking = wanted;
    this.spoken ||= this.speaking === wanted;
    return this.speaking;
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
