/**
 * Inline SVG icons. They repeat what the text next to them says, so they are hidden from assistive
 * technology, and they draw in currentColor so that forced-colors mode keeps them visible.
 */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult, className = '') => svg`<svg class="icon ${className}" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const icons = {
  /** Controlled: a shield with an exclamation mark. */
  controlled: icon(svg`<path d="M12 2.5 4 5.5v6c0 5 3.4 8.6 8 10 4.6-1.4 8-5 8-10v-6z"/><path d="M12 7.5v6"/><path d="M12 17h.01"/>`),
  /** Not controlled: a circle with a check mark. */
  notControlled: icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="m7.5 12.5 3 3 6-6.5"/>`),
  /** Undecided: a circle with a question mark. */
  undecided: icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M9.5 9.3a2.6 2.6 0 0 1 5 .9c0 1.8-2.5 2.3-2.5 3.8"/><path d="M12 17h.01"/>`),
  /** Nothing to answer yet: a chip. */
  start: icon(svg`<rect x="6" y="6" width="12" height="12" rx="1.5"/><path d="M9 2.5v3.5M15 2.5v3.5M9 18v3.5M15 18v3.5M2.5 9H6M2.5 15H6M18 9h3.5M18 15h3.5"/>`),
  /** Unfold and fold the working. */
  expand: icon(svg`<path d="m6 9 6 6 6-6"/>`),
  collapse: icon(svg`<path d="m6 15 6-6 6 6"/>`),
  /** Invalid input: a pencil. */
  invalid: icon(svg`<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="m13.5 6.5 4 4"/>`),
  yes: icon(svg`<path d="m5 12.5 4.5 4.5L19 7"/>`),
  no: icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`),
  unknown: icon(svg`<path d="M9 8.8a3 3 0 0 1 6 .7c0 2-3 2.6-3 4.5"/><path d="M12 18h.01"/>`),
  warning: icon(svg`<path d="M12 3 2 20h20z"/><path d="M12 9.5v5"/><path d="M12 17.5h.01"/>`),
  add: icon(svg`<path d="M12 5v14M5 12h14"/>`),
  remove: icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`),
  star: icon(svg`<path d="m12 3 2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z"/>`),
  link: icon(svg`<path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L11.8 5.8"/><path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.4-1.4"/>`),
  copy: icon(svg`<rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3"/>`),
  /** Custom thresholds: sliders. */
  custom: icon(svg`<path d="M4 7h9M17 7h3M4 17h3M11 17h9"/><circle cx="15" cy="7" r="2"/><circle cx="9" cy="17" r="2"/>`),
  download: icon(svg`<path d="M12 4v11"/><path d="m7 10.5 5 5 5-5"/><path d="M5 20h14"/>`),
  /** Sorting: ascending, descending, and not sorted (both arrows). */
  sortAscending: icon(svg`<path d="M12 19V5"/><path d="m6 11 6-6 6 6"/>`),
  sortDescending: icon(svg`<path d="M12 5v14"/><path d="m6 13 6 6 6-6"/>`),
  sortable: icon(svg`<path d="m7 9 5-5 5 5"/><path d="m7 15 5 5 5-5"/>`),
};
