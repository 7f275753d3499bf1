// The embed build's size beside the floor: a trivial Lit element with decimal.js, bundled and
// minified the same way. Everything above the floor is the project's own code and data.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('../../', import.meta.url).pathname;
const sizes = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

async function floor() {
  const dir = `${root}bench-results/floor/`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}entry.js`, `import { LitElement, html, css } from 'lit';
import Decimal from 'decimal.js';
class Floor extends LitElement {
  static styles = css\`:host { display: block }\`;
  static properties = { value: {} };
  render() { return html\`<p>\${new Decimal(this.value ?? '1').times(8).toString()}</p>\`; }
  // As the widget does with its verdict: the browser bench times the floor's first render by it.
  firstUpdated() { this.dispatchEvent(new CustomEvent('ctc-result', { bubbles: true, composed: true })); }
}
customElements.define('floor-element', Floor);
`);
  const output = await build({
    configFile: false, logLevel: 'silent', root,
    build: { write: false, target: 'es2022', lib: { entry: `${dir}entry.js`, formats: ['es'], fileName: 'floor' }, rolldownOptions: { output: { minify: true } } },
  });
  const chunk = (Array.isArray(output) ? output[0] : output).output.find((o) => o.type === 'chunk');
  writeFileSync(`${dir}floor.js`, chunk.code);
  return sizes(Buffer.from(chunk.code));
}

/** The files a module statically imports, relative to it: what the browser fetches before it runs. */
function staticImports(dir, file) {
  const code = readFileSync(`${dir}${file}`, 'utf8');
  // `import "./x.js"`, `import … from "./x.js"`, `export … from "./x.js"`; never `import("./x.js")`.
  return [...code.matchAll(/\b(?:from|import)\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]);
}

/**
 * The embed entry, what it needs before its first verdict (the entry and every chunk it imports
 * statically, transitively), and every chunk beside it (the lazily loaded views and the iframe
 * page's script), each gzip-compressed on its own as a browser receives it.
 */
export async function benchSize() {
  const dir = `${root}dist/embed/`;
  const entry = 'compute-threshold-calculator.js';
  const firstLoad = new Set();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop();
    if (firstLoad.has(file)) continue;
    firstLoad.add(file);
    pending.push(...staticImports(dir, file));
  }
  // frame.js is the iframe page's own script (the whole widget in one classic script), not a chunk of the embed.
  const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'frame.js').map((file) => ({ file, ...sizes(readFileSync(`${dir}${file}`)) }));
  const total = (list) => list.reduce((sum, c) => ({ raw: sum.raw + c.raw, gzip: sum.gzip + c.gzip }), { raw: 0, gzip: 0 });
  // Another language's messages load only for a reader of that language: src/i18n has a folder per language.
  const otherLanguages = readdirSync(`${root}src/i18n/`, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'en').map((d) => `${d.name}-`);
  const english = chunks.filter((c) => !otherLanguages.some((prefix) => c.file.startsWith(prefix)));
  return {
    entry: chunks.find((c) => c.file === entry),
    firstLoad: { files: [...firstLoad], ...total(chunks.filter((c) => firstLoad.has(c.file))) },
    allChunks: { files: chunks.length, ...total(chunks) },
    englishChunks: { files: english.length, ...total(english) },
    largestChunks: [...chunks].sort((a, b) => b.gzip - a.gzip).slice(0, 6),
    floor: await floor(),
  };
}
