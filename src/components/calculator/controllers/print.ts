/**
 * Printing the page prints the widget as a report: the card, the figures and the clause-by-clause
 * table, with the date (the print stylesheet hides the controls). While the page prints, the working
 * is unfolded if its code has arrived: an update started by `beforeprint` renders before the browser
 * lays out the printed page. Nothing is requested.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Print implements ReactiveController {
  /** The page is being printed. */
  active = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
  }

  private readonly onBefore = () => this.set(true);
  private readonly onAfter = () => this.set(false);

  private set(active: boolean) {
    this.active = active;
    this.host.requestUpdate();
  }
}
