import { css } from 'lit';

/** The calculator's layout: the card alone, or, unfolded, the card beside the form with the working below. */
export const calculatorStyles = css`
  .calculator {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 1.5);
  }
  .working {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
  }
  .answer-column,
  .figures-column,
  .check-column,
  .chart-column,
  .why-column,
  .source-column,
  .extras {
    min-width: 0;
  }
  .why-column,
  .extras {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .chart-column:empty {
    display: none;
  }
  .notices.empty {
    display: none;
  }
  .notices ul {
    margin: 0;
    padding: 0.5rem 0.75rem;
    list-style: none;
    border: 1px solid var(--_undecided);
    border-radius: var(--_radius);
  }
  .notices li {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
  }
  /* At narrow widths the verdict stays in view above the form as the reader scrolls and types. */
  .verdict-bar {
    position: sticky;
    top: 0;
    z-index: 5;
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    padding: 0.35rem 0.6rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 700;
  }
  .verdict-bar > span {
    color: var(--_text);
  }
  .verdict-bar.controlled {
    color: var(--_controlled);
  }
  .verdict-bar.not-controlled {
    color: var(--_clear);
  }
  .verdict-bar.indeterminate {
    color: var(--_undecided);
  }
  .verdict-bar.stale > .icon {
    opacity: 0.55;
  }
  .verdict-bar.stale > span {
    color: var(--_muted);
  }
  .extras > details > summary {
    font-weight: 600;
  }
  .extras > details > * + * {
    margin-top: 0.5rem;
  }
  .legal {
    font-weight: 600;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: start;
  }
  .column {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
  }
  /*
   * Wide, the extras sit under the chart in the form's column: the date on the left, the folded
   * sections in a stack beside it, the share buttons on a line of their own under both.
   */
  .wide .extras {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    align-items: start;
  }
  .wide .extras > .as-of {
    grid-row: span 4;
  }
  .wide .extras > .custom-marker,
  .wide .extras > .share {
    grid-column: 1 / -1;
  }
  /* A section opened (the editor, the vintages table, the snippets) takes the column's width, the rest in turn above and below it. */
  .wide .extras:has(> details[open]) {
    grid-template-columns: minmax(0, 1fr);
  }
  .wide .extras:has(> details[open]) > .as-of {
    grid-row: auto;
  }
  .wide .verdict-bar {
    display: none;
  }
  .print-only {
    display: none;
  }
  /*
   * A printed page is a one-page report: the card (with the date and the figures, printed only),
   * the clause-by-clause table and the rule's citation; the controls, the form, the chart and the
   * folded extras stay on screen. Light colours, whatever the page's scheme.
   */
  @media print {
    :host {
      color-scheme: light;
      font-size: 10pt;
      zoom: 0.9;
    }
    .print-only {
      display: block;
    }
    .unfolded .working-folded,
    button,
    .view-tabs,
    .verdict-bar,
    .notices.empty,
    .card-controls .help,
    .figures-column,
    .chart-column,
    .why-column,
    .extras,
    .caveats,
    .citation-block .sources {
      display: none !important;
    }
    .card,
    .verdict,
    tr {
      break-inside: avoid;
    }
  }
`;
