/**
 * Design tokens and the styles every part shares. Public tokens are `--ctc-*` custom properties;
 * each has a light and a dark default, picked by the colour scheme in force: the page's own
 * `color-scheme` (inherited, as a page that declares itself dark expects), or the `theme` attribute
 * (`light`, `dark`, or `auto` for the reader's system setting). Private `--_*` properties hold the
 * resolved values, and every part reads only those.
 */
import { css } from 'lit';

/** Hidden from sight, not from assistive technology: for labels that the layout makes redundant to the eye. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

export const themeStyles = css`
  :host {
    --_accent: var(--ctc-accent, light-dark(#1f4fc2, #8ab4ff));
    --_surface: var(--ctc-surface, light-dark(#ffffff, #16191e));
    --_raised: var(--ctc-raised, light-dark(#f3f5f8, #1f242b));
    --_text: var(--ctc-text, light-dark(#1b1e23, #eceff3));
    --_muted: var(--ctc-muted, light-dark(#555d69, #aeb6c2));
    --_border: var(--ctc-border, light-dark(#8c95a3, #5a6472));
    --_danger: var(--ctc-danger, light-dark(#a8231a, #ffb4ab));
    --_controlled: var(--ctc-controlled, light-dark(#a33a12, #ffb59e));
    --_clear: var(--ctc-clear, light-dark(#1c6b3a, #8fd9a8));
    --_undecided: var(--ctc-undecided, light-dark(#7a5500, #f5cf72));
    --_radius: var(--ctc-radius, 6px);
    --_space: var(--ctc-spacing, 0.75rem);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    container: ctc / inline-size;
    font-family: var(--ctc-font, inherit);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  /* Korean breaks lines at the spaces between words, not inside a word; one too long for its line still wraps. */
  :lang(ko) {
    word-break: keep-all;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* A page's own rules reach the host element and beat :host (a "* { line-height: 3 }" reset, say),
     but not the frame inside it: the text settings the layout relies on are set again there. The
     font's family and size stay the page's. */
  [part~='base'] {
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    font-weight: 400;
    color: var(--_text);
  }
  /* Not inherited from the host: a page's own "* { box-sizing: content-box !important }" reaches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  input,
  select,
  button,
  textarea {
    font: inherit;
    color: inherit;
  }
  h2,
  h3,
  h4 {
    font-size: 1em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  .vh {
    ${visuallyHidden}
  }
  .icon {
    flex: none;
    vertical-align: -0.15em;
  }
  .help {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
    display: flex;
    gap: 0.3em;
    align-items: baseline;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.3rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  input[type='text'],
  input[type='date'],
  select {
    width: 100%;
    min-width: 0;
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  details > summary {
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    input[aria-invalid='true'] {
      border-style: dashed;
    }
  }
`;
