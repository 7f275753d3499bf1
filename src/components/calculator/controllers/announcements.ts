/**
 * The calculator's events, sent after the update that shows what they announce: `ctc-change` when
 * the reader changed the chip or its figures, `ctc-result` with each new evaluation. The first
 * verdict is rendered alone; a task after it, `followUp` turns on, and the other rules' answers and
 * the explanation (whose chunk starts loading then) follow: a reader sees the answer sooner.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChipSpec } from '../../../core/spec.js';
import type { EvaluationResult } from '../../../core/verdict.js';

export class Announcements implements ReactiveController {
  followUp = false;
  private changed = false;
  private announced: EvaluationResult | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly result: () => EvaluationResult | null,
    private readonly spec: () => ChipSpec,
  ) {
    host.addController(this);
  }

  /** The reader changed the chip or its figures: `ctc-change` follows the update. */
  change(): void {
    this.changed = true;
  }

  hostUpdated(): void {
    const result = this.result();
    if (!result) return;
    if (this.changed) {
      this.changed = false;
      this.send('ctc-change', { spec: this.spec() });
    }
    if (result === this.announced) return;
    if (!this.announced) setTimeout(() => { this.followUp = true; this.host.requestUpdate(); });
    this.announced = result;
    this.send('ctc-result', { result });
  }

  private send(type: string, detail: object) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
