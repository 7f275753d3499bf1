import { css } from 'lit';

export const answerCardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.85);
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card-controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    align-items: start;
  }
  .card-controls .field > label,
  .card-controls .picker > label {
    font-size: 0.875em;
  }
  .verdict {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: calc(var(--_space) * 0.85) var(--_space);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .verdict.controlled {
    color: var(--_controlled);
  }
  .verdict.not-controlled {
    color: var(--_clear);
  }
  .verdict.indeterminate {
    color: var(--_undecided);
  }
  .verdict.empty {
    color: var(--_muted);
    border-style: dashed;
    border-width: 1px;
  }
  /* An answer for figures that are no longer the ones typed: dimmed, dashed, and said in words. */
  .verdict.stale {
    border-style: dashed;
  }
  /* Dimmed by colour, not by opacity, so that the text keeps its contrast (WCAG 1.4.3). */
  .verdict.stale .verdict-icon {
    opacity: 0.55;
  }
  .verdict.stale .verdict-text,
  .verdict.stale .verdict-under,
  .verdict.stale .verdict-detail {
    color: var(--_muted);
  }
  .stale-note {
    color: var(--_danger);
    font-size: 0.9em;
  }
  .stale-note ul {
    margin: 0.2rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .verdict-icon {
    font-size: 1.75rem;
    line-height: 1;
  }
  .verdict-body {
    color: var(--_text);
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .verdict-text {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .verdict-under,
  .verdict-detail {
    font-size: 0.95em;
  }
  .verdict-under {
    color: var(--_muted);
  }
  .status-tag {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: normal;
  }
  .figures {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.15rem 0.75rem;
    margin: 0;
    align-items: baseline;
  }
  .figures > div {
    display: contents;
  }
  .figures dt {
    font-weight: 600;
  }
  .figures dd {
    margin: 0;
  }
  .figures strong {
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
  }
  .formula {
    color: var(--_muted);
  }
  .nearest .label,
  .overlays .label {
    font-weight: 600;
  }
  .figures .h100e,
  .figures .h100e-note {
    display: block;
    color: var(--_muted);
  }
  .figures .h100e-note {
    font-size: 0.875em;
  }
  .overlays {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.95em;
  }
  .overlays li {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
  }
  .overlays .controlled > .icon {
    color: var(--_controlled);
  }
  .overlays .not-controlled > .icon {
    color: var(--_clear);
  }
  .overlays .indeterminate > .icon {
    color: var(--_undecided);
  }
  .card-footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_border);
  }
  .card-footer .citation {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .card-footer .citation strong {
    color: var(--_text);
  }
  /* A separator, not a word: drawn, so that no language's sentence is glued from two. */
  .card-footer .citation strong::before {
    content: '·';
    margin-right: 0.35em;
    color: var(--_muted);
    font-weight: normal;
  }
  button.link {
    display: inline;
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  @container ctc (max-width: 30rem) {
    .verdict {
      gap: 0.5rem;
      padding: calc(var(--_space) * 0.75);
    }
    .verdict-icon {
      font-size: 1.4rem;
    }
    .verdict-text {
      font-size: 1.1em;
    }
  }
`;
