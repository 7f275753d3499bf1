// Checks of the built embed artifacts in Chromium, as a host page meets them: under a strict
// Content-Security-Policy, with no request leaving the page's origin, inside aggressive global
// CSS, and as an iframe that posts its height. Run after `npm run build`. Screenshots go to
// bench-results/smoke-*.png for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const STRICT_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'";
const root = new URL('..', import.meta.url).pathname;
const shots = new URL('../bench-results/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const { server, url } = await serve(root, () => ({ 'content-security-policy': STRICT_CSP }));
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const origin = new URL(url).origin;

/** A page that records every CSP violation, error, failed response and foreign request. */
async function openPage(path, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request left the origin: ${r.url()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${url}${path}`);
  return { page, problems };
}

async function finish(name, { page, problems }) {
  const violations = await page.evaluate(() => window.violations);
  await page.screenshot({ path: `${shots}smoke-${name}.png`, fullPage: false });
  assert.deepEqual([...problems, ...violations.map((v) => `CSP violation: ${v}`)], [], `${name}: problems`);
  await page.close();
  console.log(`ok   ${name}`);
}

const checks = {
  async 'strict CSP, no foreign requests'() {
    const opened = await openPage('/test/smoke/csp.html');
    const { page } = opened;
    await page.locator('#catalog-chip #verdict-text').filter({ hasText: '3A090.a' }).waitFor();
    // The reader unfolds the working (its code arrives as a chunk from beside the script) and types a chip by hand.
    const typed = page.locator('#typed-chip');
    await typed.locator('#verdict-text').filter({ hasText: 'Pick a chip or type its figures' }).waitFor();
    await typed.locator('#working-toggle').click();
    await typed.locator('#market-datacenter').check();
    await typed.locator('.row.figure .format select').selectOption('FP8');
    await typed.locator('.row.figure .value input').fill('296');
    await typed.locator('.row.die .area input').fill('814');
    await typed.locator('#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
    await typed.locator('.row.figure .value input').fill('300');
    await typed.locator('#verdict-text').filter({ hasText: '3A090.b' }).waitFor();
    await finish('csp', opened);
  },

  async 'aggressive global CSS'() {
    const opened = await openPage('/test/smoke/hostile.html', { width: 390, height: 844 });
    const { page } = opened;
    const calculator = page.locator('compute-threshold-calculator');
    await calculator.locator('#verdict-text').filter({ hasText: '3A090.b' }).waitFor();
    await page.screenshot({ path: `${shots}smoke-hostile-css-full.png`, fullPage: true });
    const layout = await calculator.evaluate((el) => {
      const box = (selector) => el.shadowRoot.querySelector(selector).getBoundingClientRect();
      return {
        overflow: el.scrollWidth - el.clientWidth,
        hostWidth: el.getBoundingClientRect().width,
        verdict: box('[part="verdict"]'),
        value: box('.row.figure .value input'),
        add: box('#add-figure'),
      };
    });
    assert.ok(layout.overflow <= 1, `nothing sticks out sideways (${layout.overflow}px)`);
    assert.ok(layout.verdict.height > 30 && layout.verdict.width > 200, `the verdict is laid out (${JSON.stringify(layout.verdict)})`);
    assert.ok(layout.value.width > 40 && layout.value.height > 20, `inputs keep their size (${JSON.stringify(layout.value)})`);
    assert.ok(layout.add.width > 40 && layout.add.height > 20, `buttons keep their size (${JSON.stringify(layout.add)})`);
    await calculator.locator('.row.figure .value input').first().fill('4000');
    await calculator.locator('#verdict-text').filter({ hasText: '3A090.a' }).waitFor();
    await finish('hostile-css', opened);
  },

  async 'iframe page, resized to fit'() {
    const opened = await openPage('/test/smoke/iframe-host.html');
    const { page } = opened;
    const frame = page.frameLocator('#frame');
    await frame.locator('#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
    await page.waitForFunction(() => window.heights.length > 0);
    const fits = async () => page.evaluate(() => {
      const iframe = document.getElementById('frame');
      const inner = iframe.contentDocument.documentElement.getBoundingClientRect().height;
      return { outer: iframe.getBoundingClientRect().height, inner: Math.ceil(inner) };
    });
    await page.waitForFunction(() => {
      const iframe = document.getElementById('frame');
      return Math.abs(iframe.getBoundingClientRect().height - Math.ceil(iframe.contentDocument.documentElement.getBoundingClientRect().height)) <= 1;
    });
    const before = await fits();
    // Picking a chip with a longer answer changes the height: the frame follows.
    await frame.locator('#market-other').check();
    await frame.locator('.row.figure .value input').first().fill('1');
    await page.waitForFunction((h) => document.getElementById('frame').getBoundingClientRect().height !== h, before.outer);
    // The content settles over a few frames (the explanation arrives a task after the verdict): the frame follows each change.
    await page.waitForFunction(() => {
      const iframe = document.getElementById('frame');
      return Math.abs(iframe.getBoundingClientRect().height - Math.ceil(iframe.contentDocument.documentElement.getBoundingClientRect().height)) <= 1;
    });
    const after = await fits();
    assert.ok(Math.abs(after.outer - after.inner) <= 1, `the frame fits its content after a change (${JSON.stringify(after)})`);
    const theme = await frame.locator('compute-threshold-calculator').getAttribute('theme');
    assert.equal(theme, 'dark', 'the theme parameter reaches the element');
    await finish('iframe', opened);
  },
};

let failed = 0;
for (const [name, check] of Object.entries(checks)) {
  try {
    await check();
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${name}: ${error.message.split('\n').slice(0, 6).join(' ')}`);
  }
}
await browser.close();
server.close();
console.log(`embed smoke: ${Object.keys(checks).length - failed} of ${Object.keys(checks).length} checks pass`);
process.exit(failed === 0 ? 0 : 1);
