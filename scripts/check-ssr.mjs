// Server rendering, as a framework's server does it: the built package (dist/, lit left external) is
// imported in Node and the element rendered with @lit-labs/ssr, which must not crash and must give
// the verdict in the HTML; then the page is loaded in Chromium with lit's hydration support, and
// the element must take over the server's shadow root without duplicating it, and answer the
// reader. Run after `npm run build`.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

await import('compute-threshold-calculator/define');
const rendered = collectResultSync(render(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`));
assert.match(rendered, /<template shadowroot="open" shadowrootmode="open">/, 'the shadow root is rendered as declarative shadow DOM');
assert.match(rendered, /id="verdict-text"[^>]*>(<!--[^>]*-->)*\s*Not controlled/, 'the verdict is in the server HTML');
assert.match(rendered, /2,368/, "the H20's TPP is in the server HTML");
console.log(`ok   rendered on the server: ${rendered.length.toLocaleString('en-US')} characters, the verdict "Not controlled" and TPP 2,368 in them`);

// The page a server sends: the rendered element, lit's hydration support first, then the package
// (bare imports resolved by an import map to the installed packages, as a bundler would).
const modules = {
  lit: '/node_modules/lit/index.js', 'lit/': '/node_modules/lit/',
  'lit-html': '/node_modules/lit-html/lit-html.js', 'lit-html/': '/node_modules/lit-html/',
  'lit-element/': '/node_modules/lit-element/',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js', '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
  'decimal.js': '/node_modules/decimal.js/decimal.mjs',
};
const pages = new URL('../bench-results/pages/', import.meta.url).pathname;
mkdirSync(pages, { recursive: true });
writeFileSync(`${pages}ssr.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title>
<script type="importmap">${JSON.stringify({ imports: modules })}</script>
<script type="module">
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import '/dist/define.js';
</script></head>
<body><main><h1>An article</h1>${rendered}</main></body></html>`);

const { server, url } = await serve(new URL('..', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const problems = [];
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
try {
  await page.goto(`${url}/bench-results/pages/ssr.html`);
  // Before the script runs, the server's HTML already shows the verdict.
  const calculator = page.locator('compute-threshold-calculator');
  await calculator.locator('#verdict-text').filter({ hasText: 'Not controlled' }).waitFor();
  await page.waitForFunction(() => customElements.get('compute-threshold-calculator') !== undefined);
  await calculator.evaluate((el) => el.updateComplete);
  const counts = await calculator.evaluate((el) => ({
    cards: el.shadowRoot.querySelectorAll('[part="card"]').length,
    verdicts: el.shadowRoot.querySelectorAll('#verdict-text').length,
    pickers: el.shadowRoot.querySelectorAll('#chip-input').length,
    styles: el.shadowRoot.querySelectorAll('style').length,
  }));
  assert.deepEqual({ cards: counts.cards, verdicts: counts.verdicts, pickers: counts.pickers }, { cards: 1, verdicts: 1, pickers: 1 }, 'hydration reuses the server DOM');
  // Hydrated, not just painted: the reader's choice of rule set is answered.
  await calculator.locator('#rule-set').selectOption('us-is-informed-h20-2025');
  await calculator.locator('#verdict-text').filter({ hasText: 'Controlled: licence required (reported)' }).waitFor();
  await calculator.locator('#working-toggle').click();
  await calculator.locator('.figures-column').waitFor();
  assert.deepEqual(problems, [], 'no error while hydrating');
  console.log(`ok   hydrated in Chromium: one card, one verdict (${counts.styles} server style element${counts.styles === 1 ? '' : 's'} kept), and it answers the reader`);
} finally {
  await browser.close();
  server.close();
}
