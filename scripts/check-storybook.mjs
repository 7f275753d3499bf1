// Checks the built Storybook headlessly: every story renders without an error and every play
// function passes, and every docs page lists the element's public API and nothing else (its
// attributes, properties, events, parts and custom properties from custom-elements.json, none of
// its private fields). Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const STORY_TIMEOUT = 20000;
const index = JSON.parse(readFileSync(new URL('../storybook-static/index.json', import.meta.url)));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');

/** Every name the element's public API has, as custom-elements.json lists it. */
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url)));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'compute-threshold-calculator');
const publicNames = new Set([
  ...element.members, ...(element.attributes ?? []), ...(element.events ?? []), ...(element.cssParts ?? []), ...(element.cssProperties ?? []),
].map((x) => x.name));
const { server, url } = await serve(new URL('../storybook-static', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

// Reports Storybook's own verdict on a story: a failed play function still ends "storyFinished".
const listen = () => new Promise((done) => {
  const attach = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return setTimeout(attach, 20);
    const fail = (event) => (detail) => done({ ok: false, event, detail: String(detail?.message ?? detail?.description ?? JSON.stringify(detail)).slice(0, 500) });
    channel.on('storyErrored', fail('storyErrored'));
    channel.on('storyThrewException', fail('storyThrewException'));
    channel.on('playFunctionThrewException', fail('playFunctionThrewException'));
    channel.on('storyMissing', fail('storyMissing'));
    channel.on('storyFinished', (detail) => setTimeout(() => done({ ok: detail?.status !== 'error', event: 'storyFinished', detail: detail?.status }), 50));
  };
  attach();
});

let failed = 0;
for (const story of stories) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`); });
  // Storybook asks for a favicon it does not ship; any other missing file is a failure.
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.svg')) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`);
  const outcome = await Promise.race([
    page.evaluate(listen),
    new Promise((done) => setTimeout(() => done({ ok: false, event: 'timeout', detail: `${STORY_TIMEOUT} ms` }), STORY_TIMEOUT)),
  ]);
  const ok = outcome.ok && errors.length === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.id}${ok ? '' : `: ${outcome.event} ${outcome.detail ?? ''} ${errors.join(' | ')}`}`);
  await page.close();
}
/** The table's section rows, and the one arg the stories add (the column width), are not the element's. */
const SECTIONS = /^(attributes|properties|events|slots|css|methods|other|hide|show)/i;
const STORY_ARGS = new Set(['width']);

let docsFailed = 0;
for (const entry of docs) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${url}/iframe.html?id=${entry.id}&viewMode=docs`);
  let names = [];
  try {
    await page.locator('.docblock-argstable tbody tr').first().waitFor({ timeout: STORY_TIMEOUT });
    names = await page.locator('.docblock-argstable tbody tr td:first-child').evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim().split(/\s|\*/)[0]));
  } catch (error) {
    errors.push(`no API table: ${error.message.split('\n')[0]}`);
  }
  const foreign = names.filter((n) => n && !publicNames.has(n) && !SECTIONS.test(n) && !STORY_ARGS.has(n));
  if (foreign.length) errors.push(`private or unknown names in Controls: ${foreign.join(', ')}`);
  const ok = errors.length === 0;
  if (!ok) docsFailed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${entry.id}: ${names.length} rows${ok ? '' : `: ${errors.join(' | ')}`}`);
  await page.close();
}
await browser.close();
server.close();
failed += docsFailed;
console.log(`storybook: ${stories.length + docs.length - failed} of ${stories.length + docs.length} stories and docs pages render, pass their play functions and list only the public API`);
process.exit(failed === 0 ? 0 : 1);
