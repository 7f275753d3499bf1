/**
 * `sync-url`: the widget's state in the page's URL hash, so that a link reproduces it. Each synced
 * widget has a key of its own (from its id, or its place among the synced widgets without one), so
 * that several on a page keep their own state through a reload. Read on connect and on hashchange;
 * written in place (no new history entry) after the update that shows what the reader changed.
 *
 * The code that reads and writes links is a chunk of its own (a widget that is not synced needs it
 * only for the working's share buttons): a read of the hash waits for it, and so does the host's answer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SharedState, UnreadablePart } from '../../../model/share-state.js';
import type { Notice } from './rule-set-sources.js';

type LinkCode = typeof import('../../../model/share-state.js');

const UNREADABLE: Record<UnreadablePart, Notice> = {
  edits: (m) => m.notices.hashEdits,
  ruleSets: (m) => m.notices.hashRuleSets,
  asOf: (m) => m.notices.hashAsOf,
};

type UrlHost = ReactiveControllerHost & HTMLElement;

export class UrlState implements ReactiveController {
  notices: readonly Notice[] = [];
  /** A read of the hash waits for the link's code: the host waits too, as a link wins over the attributes. */
  waiting = false;
  private changed = false;

  constructor(
    private readonly host: UrlHost,
    private readonly enabled: () => boolean,
    /** Applies a state read from the hash. */
    private readonly apply: (state: SharedState) => void,
    /** The state shown, to write. */
    private readonly state: () => SharedState,
    /** The link's code once its chunk has arrived, undefined before (and its loading started). */
    private readonly code: () => LinkCode | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The reader changed what a link reproduces: the hash follows the update (when synced). */
  change(): void {
    this.changed = true;
  }

  hostUpdated(): void {
    if (!this.changed) return;
    this.changed = false;
    if (this.enabled()) this.write(this.state());
  }

  /** This widget's key in the hash. */
  private key({ hashKeyOf }: LinkCode): string {
    const tag = this.host.localName;
    const unnamed = [...document.querySelectorAll(`${tag}[sync-url]:not([id])`)];
    return hashKeyOf(this.host.id, Math.max(unnamed.indexOf(this.host), 0));
  }

  /** Reads this widget's state from the hash, if there is one; once the link's code has arrived (the host asks again while `waiting`). */
  read(): void {
    // Syncing may have been turned off while the code was on its way.
    const code = this.enabled() ? this.code() : undefined;
    this.waiting = this.enabled() && !code;
    if (!code) return;
    const read = code.readHash(window.location.hash, this.key(code));
    this.notices = read && 'error' in read ? [(m) => m.notices.hashUnreadable] : (read?.unreadable ?? []).map((part) => UNREADABLE[part]);
    if (read && !('error' in read)) this.apply(read.state);
  }

  /** Writes this widget's state to the hash in place, unless the hash is the page's own anchor. */
  private write(state: SharedState): void {
    // A synced widget has read the hash, so the code is here; one that is not does not write.
    const code = this.code();
    if (!code) return;
    const next = code.hashWith(window.location.hash, this.key(code), state);
    if (next === null || next === window.location.hash) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
  }

  /** This page's address with the state shown in this widget's key of the hash; the working, which shows it, waits for the link's code. */
  link(): string {
    const code = this.code()!;
    const state = this.state();
    const key = this.key(code);
    const hash = code.hashWith(window.location.hash, key, state) ?? code.hashWith('', key, state)!;
    return `${window.location.href.split('#')[0]}${hash}`;
  }

  private readonly onHashChange = () => {
    if (!this.enabled()) return;
    this.read();
    this.host.requestUpdate();
  };
}
