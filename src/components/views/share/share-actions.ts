/**
 * Sharing, loaded when the working is opened: copy the link (the state in the page's hash), copy
 * the result as text, download it as JSON. Nothing leaves the page but what the reader copies or
 * saves.
 *
 * Part: `actions`.
 */
import { css, html, type ReactiveControllerHost } from 'lit';
import { icons } from '../../controls/icons.js';
import type { Ui } from '../../controls/ui.js';

/** true when the text reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves `text` as a file through a temporary object URL, revoked once the download has started. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface ShareSource {
  /** This page's address with the widget's state in its hash. */
  link: () => string;
  /** The result in words, for pasting into a message. */
  text: () => string;
  /** A file that reproduces the answer on its own. */
  json: () => { file: string; data: unknown };
}

/** The share buttons, and the message about the last action. */
export class ShareActions {
  private message = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  private say(message: string) {
    this.message = message;
    this.host.requestUpdate();
  }

  private async copy(ui: Ui, text: string, done: string) {
    this.say((await copyText(text)) ? done : ui.m.share.copyFailed);
  }

  private download(ui: Ui, source: ShareSource) {
    try {
      const { file, data } = source.json();
      downloadText(file, JSON.stringify(data, null, 2), 'application/json');
      this.say(ui.m.share.downloaded(file));
    } catch {
      this.say(ui.m.share.downloadFailed);
    }
  }

  render(ui: Ui, source: ShareSource) {
    const { share } = ui.m;
    return html`<div class="share">
      <div class="actions" part="actions" role="group" aria-label=${share.label}>
        <button type="button" part="button" id="copy-link" @click=${() => this.copy(ui, source.link(), share.linkCopied)}>${icons.link}${share.copyLink}</button>
        <button type="button" part="button" id="copy-text" @click=${() => this.copy(ui, source.text(), share.textCopied)}>${icons.copy}${share.copyText}</button>
        <button type="button" part="button" id="download-json" @click=${() => this.download(ui, source)}>${icons.download}${share.downloadJson}</button>
      </div>
      <p class="action-status" role="status">${this.message}</p>
    </div>`;
  }
}

const ownStyles = css`
  .share .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;

/** Adopted into the shadow root when this chunk arrives. */
export const styles = [ownStyles];
