/**
 * "Embed this" and "Cite this": the markup that puts the calculator, in its current state, into
 * another page (a script tag, an iframe, a WordPress shortcode), and a citation of the answer in
 * text and BibTeX. Pure: every value is escaped for where it goes (an HTML attribute, a URL query,
 * a shortcode attribute, a BibTeX field).
 */
import type { ChipSpec } from '../core/spec.js';
import { VERSION } from '../version.js';

/** What the snippets reproduce: the attributes a page can set. Edited thresholds are not among them. */
export interface EmbedState {
  chip: string | null;
  /** The figures, when they are not a catalog chip's. */
  spec: ChipSpec | null;
  ruleSet: string;
  asOf: string | null;
  layout: 'card' | 'full';
}

export interface EmbedSnippets {
  script: string;
  iframe: string;
  /** Null for typed figures: the shortcode takes catalog chips only. */
  shortcode: string | null;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The state as attribute name and value, in the order they are written, without the defaults. */
function attributesOf(state: EmbedState): [string, string][] {
  return [
    ...(state.chip ? [['chip', state.chip]] : state.spec ? [['spec', JSON.stringify(state.spec)]] : []),
    ...(state.ruleSet !== 'bis-3a090-2023' ? [['rule-set', state.ruleSet]] : []),
    ...(state.asOf ? [['as-of', state.asOf]] : []),
    ...(state.layout !== 'card' ? [['layout', state.layout]] : []),
  ] as [string, string][];
}

/**
 * `base`: the address of the folder that holds compute-threshold-calculator.js and frame.html
 * (dist/embed/ as the site hosts it), ending with "/".
 */
export function embedSnippets(state: EmbedState, base: string, title: string, height: number): EmbedSnippets {
  const attributes = attributesOf(state);
  const script = `<script type="module" src="${escapeHtml(`${base}compute-threshold-calculator.js`)}"></script>\n`
    + `<compute-threshold-calculator${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}></compute-threshold-calculator>`;
  const query = new URLSearchParams(attributes).toString();
  const iframe = `<iframe src="${escapeHtml(`${base}frame.html${query ? `?${query}` : ''}`)}" title="${escapeHtml(title)}" `
    + `sandbox="allow-scripts" loading="lazy" style="width: 100%; height: ${height}px; border: 0"></iframe>`;
  // WordPress shortcode attributes cannot hold a quote or brackets safely, and a spec is JSON: chips only.
  const shortcode = state.chip || !state.spec
    ? `[compute_threshold_calculator${attributes.map(([name, value]) => ` ${name}="${value.replace(/["[\]]/g, '')}"`).join('')}]`
    : null;
  return { script, iframe, shortcode };
}

export interface CitationInput {
  /** The chip as the reader named it, e.g. "NVIDIA H20". */
  chip: string;
  /** The answer in a sentence, e.g. "Not controlled". */
  verdict: string;
  ruleSet: { title: string; document: string; published: string; effective: string };
  /** TPP and PD as shown, e.g. ["TPP 2,368", "PD 2.91"]. */
  figures: string[];
  /** Today, as an ISO date, and as the reader writes dates. */
  checked: { iso: string; shown: string };
  /** Dates as the reader writes them. */
  date: (iso: string) => string;
  /** The link that reproduces the answer. */
  url: string;
  /** Edited thresholds, in words; a citation of edited rules says so. */
  changes: string[];
}

/** A BibTeX field's value: braces balanced by removing them, and the characters LaTeX treats specially escaped. */
const bibtex = (text: string) => text.replace(/[{}]/g, '').replace(/([\\#$%&_^~])/g, '\\$1');

export function citationOf(c: CitationInput): { text: string; bibtex: string } {
  const rule = `${c.ruleSet.title} (${c.ruleSet.document}, published ${c.date(c.ruleSet.published)}, effective ${c.date(c.ruleSet.effective)})`;
  const edited = c.changes.length ? ` with thresholds edited by the reader (${c.changes.join('; ')}), not law` : '';
  const figures = c.figures.length ? ` ${c.figures.join(', ')}.` : '';
  const text = `${c.chip} under ${rule}${edited}: ${c.verdict}.${figures} `
    + `compute-threshold-calculator ${VERSION}, checked ${c.checked.shown}. ${c.url}`;
  const key = `ctc-${`${c.chip}-${c.checked.iso}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  const fields = [
    ['title', `${c.chip} under ${c.ruleSet.title}: ${c.verdict}`],
    ['howpublished', `compute-threshold-calculator ${VERSION}`],
    ['note', `Rule: ${c.ruleSet.document}, effective ${c.ruleSet.effective}${edited}.${figures} Checked ${c.checked.iso}.`],
    ['url', c.url],
    ['year', c.checked.iso.slice(0, 4)],
  ];
  // A URL goes as it is (biblatex reads it verbatim), but for braces.
  const field = ([name, value]: string[]) => `  ${name} = {${name === 'url' ? value!.replace(/[{}]/g, '') : bibtex(value!)}}`;
  return { text, bibtex: `@misc{${key},\n${fields.map(field).join(',\n')}\n}` };
}
