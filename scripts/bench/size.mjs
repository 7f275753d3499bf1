// The embed bundle's size beside the floor: a trivial Lit element with decimal.js, bundled and
// minified the same way. Everything above the floor is the project's own code and data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
}
customElements.define('floor-element', Floor);
`);
  const output = await build({
    configFile: false, logLevel: 'silent', root,
    build: { write: false, target: 'es2022', lib: { entry: `${dir}entry.js`, formats: ['es'], fileName: 'floor' }, rolldownOptions: { output: { minify: true } } },
  });
  const chunk = (Array.isArray(output) ? output[0] : output).output.find((o) => o.type === 'chunk');
  return sizes(Buffer.from(chunk.code));
}

export async function benchSize() {
  const embed = sizes(readFileSync(`${root}dist/embed/compute-threshold-calculator.js`));
  return { embed, floor: await floor() };
}
