/**
 * Whether the widget is wide enough for the working to sit in two columns beside the card. The two
 * layouts order their parts differently (each in the order it is read, so that Tab follows it), so
 * the element renders the one that fits; CSS alone could only move the parts, not their order.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The width, in rem of the page, from which the working goes beside the card. */
const TWO_COLUMNS_REM = 56;

export class Width implements ReactiveController {
  wide = false;
  private observer: ResizeObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    // Made here, not with the element: a server renders the element where no ResizeObserver exists.
    this.observer ??= new ResizeObserver(([entry]) => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const wide = (entry?.contentRect.width ?? 0) >= TWO_COLUMNS_REM * rem;
      if (wide !== this.wide) {
        this.wide = wide;
        // In the next frame: re-rendering within the callback resizes what is observed, and the browser
        // reports that as an error on the page ("ResizeObserver loop completed with undelivered notifications").
        requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
