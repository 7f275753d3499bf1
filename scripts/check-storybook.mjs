// Checks the built Storybook headlessly: every story renders without an error and every play
// function passes. Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const STORY_TIMEOUT = 20000;
const index = JSON.parse(readFileSync(new URL('../storybook-static/index.json', import.meta.url)));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
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
await browser.close();
server.close();
console.log(`storybook: ${stories.length - failed} of ${stories.length} stories render and pass their play functions`);
process.exit(failed === 0 ? 0 : 1);
