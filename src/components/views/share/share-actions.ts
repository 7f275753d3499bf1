/**
 * Sharing, loaded when the working is opened: copy the link (the state in the page's hash), copy
 * the result as text, download it as JSON; "Embed this" (a script tag, an iframe and a WordPress
 * shortcode for this state) and "Cite this" (text and BibTeX). Nothing leaves the page but what the
 * reader copies or saves.
 *
 * Parts: `actions`, `embed`, `cite`.
 */
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { icons } from '../../controls/icons.js';
import type { Ui } from '../../controls/ui.js';
import type { EmbedSnippets } from '../../../model/embed-snippets.js';

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
  /** The markup that embeds the calculator in this state elsewhere; `hosted` is false when the script's address had to be guessed. */
  embed: () => EmbedSnippets & { hosted: boolean };
  /** The answer as a citation. */
  cite: () => { text: string; bibtex: string };
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

  /** A snippet with its label and a button that copies it. */
  private snippet(ui: Ui, id: string, label: string, text: string) {
    return html`<div class="snippet">
      <div class="snippet-head"><span id="${id}-label">${label}</span>
        <button type="button" part="button" aria-describedby="${id}-label" @click=${() => this.copy(ui, text, ui.m.share.snippetCopied(label))}>${icons.copy}${ui.m.share.copy}</button></div>
      <pre id=${id} tabindex="0" aria-labelledby="${id}-label"><code>${text}</code></pre>
    </div>`;
  }

  /** "Embed this" and "Cite this", folded: what they show is worked out only when opened. */
  private folded(ui: Ui, id: 'embed' | 'cite', body: () => unknown) {
    const open = this.open.has(id);
    return html`<details class=${id} part=${id} ?open=${open} @toggle=${(e: Event) => {
      const now = (e.target as HTMLDetailsElement).open;
      if (now !== this.open.has(id)) this.setOpen(id, now);
    }}><summary>${id === 'embed' ? ui.m.share.embed : ui.m.share.cite}</summary>${open ? body() : nothing}</details>`;
  }

  private readonly open = new Set<string>();

  private setOpen(id: string, open: boolean) {
    if (open) this.open.add(id);
    else this.open.delete(id);
    this.host.requestUpdate();
  }

  render(ui: Ui, source: ShareSource) {
    const { share } = ui.m;
    return html`${this.folded(ui, 'embed', () => {
      const embed = source.embed();
      return html`<p class="help">${share.embedHelp}${embed.hosted ? '' : ` ${share.embedWhere}`}</p>
        ${this.snippet(ui, 'embed-script', share.scriptTag, embed.script)}
        ${this.snippet(ui, 'embed-iframe', share.iframe, embed.iframe)}
        ${embed.shortcode ? this.snippet(ui, 'embed-shortcode', share.shortcode, embed.shortcode) : html`<p class="help">${share.shortcodeChipsOnly}</p>`}`;
    })}
    ${this.folded(ui, 'cite', () => {
      const cite = source.cite();
      return html`${this.snippet(ui, 'cite-text', share.citeText, cite.text)}${this.snippet(ui, 'cite-bibtex', share.bibtex, cite.bibtex)}`;
    })}
    <div class="share">
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
  .snippet {
    margin-top: calc(var(--_space) * 0.75);
  }
  .snippet-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    font-weight: 600;
  }
  .snippet pre {
    margin: 0.35rem 0 0;
    padding: 0.5rem 0.6rem;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    font-size: 0.85em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

/** Adopted into the shadow root when this chunk arrives. */
export const styles = [ownStyles];
