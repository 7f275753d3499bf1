/**
 * Focuses an input once it has rendered. The update that renders it may come later than the
 * reader's action: a section unfolds, or its code arrives as a chunk. A folded `<details>` around the
 * input opens first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusAfterUpdate implements ReactiveController {
  private pending: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    /** True once all that could render the input has rendered: an input still missing then never comes, and the request ends. Until then (by default, always) the request waits for it. */
    private readonly rendered: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** Focuses the input with this id after the next update that renders it; null drops a request. */
  request(id: string | null): void {
    this.pending = id;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.pending)}`);
    const folded = target?.closest('details');
    if (folded) folded.open = true;
    target?.focus();
    if (target || this.rendered()) this.pending = null;
  }
}
