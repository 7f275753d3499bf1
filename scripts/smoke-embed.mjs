// Checks of the built embed artifacts in Chromium, as a host page meets them: under a strict
// Content-Security-Policy, with no request leaving the page's origin, loaded with a version query
// (as WordPress does), inside aggressive global
// CSS, as an iframe that posts its height, and as a sandboxed iframe from another origin sized by
// each resizer it speaks to. Run after `npm run build`. Screenshots go to bench-results/smoke-*.png
// for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const STRICT_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'";
const root = new URL('..', import.meta.url).pathname;
const shots = new URL('../bench-results/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

// The frame's host: another origin, and another site (localhost, not 127.0.0.1), as a CDN would be. It
// sends no headers at all (no CORS, no CSP): frame.html's own <meta> policy is what protects it.
const { server: frameServer, url: frameServerUrl } = await serve(root);
const frameOrigin = frameServerUrl.replace('127.0.0.1', 'localhost');
// frame.html's own policy (its <meta>), which a site that sends a policy header for it sends as is, with frame-ancestors.
const framePolicy = () => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(`${root}dist/embed/frame.html`, 'utf8'))[1];
// The article's host may frame only the frame's host.
const { server, url } = await serve(root, (path) => ({
  'content-security-policy': path === '/dist/embed/frame.html' ? `${framePolicy()}; frame-ancestors 'self'`
    : /^\/test\/smoke\/(sandboxed|oembed)-host\.html$/.test(path) ? `${STRICT_CSP}; frame-src ${frameOrigin}` : STRICT_CSP,
}));
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const origin = new URL(url).origin;
const ORIGINS = [origin, frameOrigin];

/** A page that records every CSP violation, error, failed response and foreign request. */
async function openPage(path, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => { if (!ORIGINS.some((o) => r.url().startsWith(`${o}/`)) && !r.url().startsWith('data:')) problems.push(`request left the test's origins: ${r.url()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${url}${path}`);
  return { page, problems };
}

async function finish(name, { page, problems }, { quiet = false } = {}) {
  // Every frame's, the cross-origin ones included (the init script runs in each).
  const violations = (await Promise.all(page.frames().map((f) => f.evaluate(() => window.violations ?? []).catch(() => [])))).flat();
  await page.screenshot({ path: `${shots}smoke-${name}.png`, fullPage: false });
  assert.deepEqual([...problems, ...violations.map((v) => `CSP violation: ${v}`)], [], `${name}: problems`);
  await page.close();
  if (!quiet) console.log(`ok   ${name}`);
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

  async 'entry loaded with a query, as WordPress enqueues it'() {
    // The chunks import the first-verdict file by its own name, never the entry's: a query on the
    // entry's URL must not make them load a second copy, whose rule sets this widget would never see.
    const opened = await openPage('/test/smoke/versioned.html');
    const { page } = opened;
    const calculator = page.locator('compute-threshold-calculator');
    await calculator.locator('#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
    await page.waitForFunction(() => document.querySelector('compute-threshold-calculator').shadowRoot.querySelectorAll('#rule-set option').length > 1);
    await calculator.locator('#rule-set').selectOption('bis-3a090-2022');
    await calculator.locator('#working-toggle').click();
    await calculator.locator('[part="clause-table"]').waitFor();
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search).filter((p) => p.endsWith('.js') || p.includes('.js?')));
    assert.equal(scripts.filter((p) => p.startsWith('/dist/embed/compute-threshold-calculator.js')).length, 1, `the entry loads once (${scripts.join(', ')})`);
    await finish('versioned', opened);
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
    // Another row in the figures form (the tallest column of the unfolded working) changes the height: the frame follows.
    await frame.locator('#add-figure').click();
    await frame.locator('.row.figure .value input').last().fill('1');
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

// The sandboxed, cross-origin frame: what a resizer of each kind sees (test/smoke/sandboxed-host.js).
const RESIZERS = ['ctc', 'pym', 'datawrapper', 'amp', 'wordpress'];

function sandboxedHostPath(resizer, frameQuery, width) {
  const frameUrl = `${frameOrigin}/dist/embed/frame.html?${frameQuery}`;
  return `/test/smoke/sandboxed-host.html?resizer=${resizer}&frame=${encodeURIComponent(frameUrl)}${width ? `&width=${width}` : ''}`;
}

/** The frame's document and the iframe holding it, in CSS pixels: what the frame posts, and what the host made of it. */
async function frameFit(page) {
  const frame = page.frames().find((f) => f.url().startsWith(`${frameOrigin}/`));
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.evaluate(() => document.getElementById('frame').getBoundingClientRect().height);
  return { inner, outer };
}

/** What the resizer should make of the frame's height: wp-embed.js keeps it within 200–1000 px. */
const expectedHeight = (resizer, inner) => (resizer === 'wordpress' ? Math.min(1000, Math.max(200, inner)) : inner);

/** Waits until the iframe has the height the resizer should give it, twice in a row 100 ms apart (the content settles over a few frames). */
async function waitForFit(page, resizer, label) {
  let last = null;
  for (let i = 0; i < 200; i += 1) {
    const fit = await frameFit(page);
    const fits = Math.abs(fit.outer - expectedHeight(resizer, fit.inner)) <= 1;
    if (fits && last && last.inner === fit.inner && last.outer === fit.outer) return fit;
    last = fits ? fit : null;
    await page.waitForTimeout(100);
  }
  throw new Error(`${resizer}: the frame is not sized to its content ${label} (${JSON.stringify(await frameFit(page))})`);
}

/** The messages the frame posted: each protocol's only where its parent asked for it, every height an integer. */
async function checkMessages(page, resizer) {
  const { messages } = await page.evaluate(() => window.record);
  assert.ok(messages.length > 0, `${resizer}: the frame posted`);
  assert.ok(messages.every((m) => m.origin === 'null'), `${resizer}: the sandboxed frame posts from an opaque origin`);
  const kinds = new Set();
  for (const { data } of messages) {
    let height;
    if (typeof data === 'string') {
      const match = /^pymxPYMxctc-pymxPYMxheightxPYMx(.*)$/.exec(data);
      assert.ok(match, `${resizer}: a string message is pym's height message (${data})`);
      kinds.add('pym');
      height = Number(match[1]);
    } else if (data.type === 'ctc-frame-height') { kinds.add('ctc'); height = data.height; }
    else if (data['datawrapper-height']) {
      kinds.add('datawrapper');
      assert.deepEqual(Object.keys(data['datawrapper-height']), ['compute-threshold-calculator'], `${resizer}: Datawrapper's key`);
      height = data['datawrapper-height']['compute-threshold-calculator'];
    } else if (data.sentinel === 'amp') { kinds.add('amp'); assert.equal(data.type, 'embed-size'); height = data.height; }
    else if (data.message === 'height') { kinds.add('wordpress'); assert.equal(data.secret, 'a1B2c3D4e5'); height = data.value; }
    else assert.fail(`${resizer}: an unknown message ${JSON.stringify(data)}`);
    assert.ok(Number.isInteger(height) && height > 100, `${resizer}: heights are whole pixels (${height})`);
  }
  const expected = ['ctc', 'datawrapper', 'amp', ...(resizer === 'pym' ? ['pym'] : []), ...(resizer === 'wordpress' ? ['wordpress'] : [])];
  assert.deepEqual([...kinds].sort(), expected.sort(), `${resizer}: the message kinds posted`);
}

/** The frame, sized by one resizer: it renders, fits, unfolds the working (inlined code) and fits again, and stops posting once settled. */
async function sandboxedFrame(resizer) {
  const opened = await openPage(sandboxedHostPath(resizer, 'chip=nvidia-h20&theme=dark'));
  const { page } = opened;
  const frame = page.frameLocator('#frame');
  await frame.locator('#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
  const card = await waitForFit(page, resizer, 'as a card');
  assert.ok((await page.evaluate(() => window.record.resizes.length)) > 0, `${resizer}: the resizer resized the frame`);
  await frame.locator('#working-toggle').click();
  await frame.locator('.row.figure .value input').first().waitFor();
  const unfolded = await waitForFit(page, resizer, 'with the working unfolded');
  assert.ok(unfolded.inner > card.inner + 200, `${resizer}: unfolding made the frame taller (${card.inner} -> ${unfolded.inner})`);
  if (resizer === 'pym') {
    // A pym Parent sends the width when its window resizes; the frame narrows, grows, and is followed.
    await page.setViewportSize({ width: 600, height: 900 });
    const narrow = await waitForFit(page, resizer, 'after the window narrowed');
    assert.ok(narrow.inner > unfolded.inner, `pym: narrower is taller (${unfolded.inner} -> ${narrow.inner})`);
  }
  // Settled: no message for a while (no resize loop).
  const count = await page.evaluate(() => window.record.messages.length);
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => window.record.messages.length), count, `${resizer}: the frame stops posting once its height settles`);
  await checkMessages(page, resizer);
  return opened;
}

const sandboxedChecks = Object.fromEntries(RESIZERS.filter((r) => r !== 'ctc').map((resizer) => [
  `sandboxed cross-origin iframe, sized by ${resizer === 'amp' ? 'AMP' : resizer === 'pym' ? 'pym.js' : resizer === 'wordpress' ? 'WordPress (wp-embed.js)' : 'Datawrapper'}'s resizer`,
  async () => finish(`sandboxed-${resizer}`, await sandboxedFrame(resizer)),
]));

Object.assign(checks, {
  async 'sandboxed cross-origin iframe: the verdict, the working, the views, its own CSP, our resizer'() {
    const opened = await sandboxedFrame('ctc');
    const { page } = opened;
    const frame = page.frameLocator('#frame');
    const inner = page.frames().find((f) => f.url().startsWith(`${frameOrigin}/`));
    // The views' code is in the one script too.
    await frame.locator('#tab-compare').click();
    await frame.locator('#compare-chip-input').waitFor();
    await frame.locator('#tab-catalog').click();
    await frame.locator('#catalog-download').waitFor();
    await frame.locator('#tab-calculator').click();
    // The clipboard is not the frame's to write: copying says so, and nothing throws.
    await frame.locator('#copy-text').click();
    await frame.locator('.action-status').filter({ hasText: 'Copying failed' }).waitFor();
    await waitForFit(page, 'ctc', 'after the views');
    const theme = await frame.locator('compute-threshold-calculator').getAttribute('theme');
    assert.equal(theme, 'dark', 'the theme parameter reaches the element');
    // The frame's <meta> policy is in force in its opaque-origin document and admits the frame's own code without
    // 'self' (which some WebKit versions match against the opaque origin): the inline style applied by its hash (no
    // body margin), the inline loader ran by its hash and frame.js by 'strict-dynamic' (with which CSP 3 browsers
    // ignore 'self'), and a foreign image is refused.
    const csp = await inner.evaluate(async (foreign) => {
      const before = window.violations.length;
      const image = new Image();
      const refused = new Promise((done) => document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true }));
      image.src = `${foreign}/favicon.ico`;
      const directive = await Promise.race([refused, new Promise((done) => setTimeout(() => done(null), 3000))]);
      window.violations.splice(before);
      return { origin: self.origin, bodyMargin: getComputedStyle(document.body).margin, directive };
    }, origin);
    assert.equal(csp.origin, 'null', 'the sandboxed frame has an opaque origin');
    assert.equal(csp.bodyMargin, '0px', "the frame's inline style applies under its CSP");
    const policy = framePolicy();
    const directive = (name) => policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? [];
    assert.ok(directive('script-src').includes("'strict-dynamic'") && directive('script-src').some((s) => s.startsWith("'sha256-")), `script-src trusts by hash, not by 'self' (${policy})`);
    assert.ok(!directive('style-src').includes("'self'") && !policy.includes('unsafe-'), `no 'self' for styles, nothing unsafe (${policy})`);
    assert.equal(csp.directive, 'img-src', `the frame's CSP refuses a foreign image (${JSON.stringify(csp)})`);
    // The refused image was ours, and Chromium reports the clipboard it refused: nothing else may be reported.
    const expected = (p) => p.includes('favicon.ico') || p.startsWith('console error: Permissions policy violation: The Clipboard API has been blocked');
    opened.problems.splice(0, opened.problems.length, ...opened.problems.filter((p) => !expected(p)));
    await finish('sandboxed-ctc', opened);
  },
  ...sandboxedChecks,

  async "iframe page's display flags reach the element, and bad values fall back as the element's do"() {
    const shadow = (page, selector) => page.locator('compute-threshold-calculator').locator(selector);
    const dark = (page) => page.locator('compute-threshold-calculator').evaluate((el) => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number);
      return r + g + b < 200;
    });
    let opened = await openPage('/dist/embed/frame.html?chip=nvidia-h20&rule-set=bis-3a090-2022&layout=full&theme=dark&heading-level=4');
    let { page } = opened;
    await shadow(page, '#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
    await shadow(page, '.row.figure .value input').first().waitFor();
    assert.equal(await shadow(page, '#card-heading').getAttribute('aria-level'), '4', 'heading-level');
    assert.equal(await shadow(page, '#rule-set').inputValue(), 'bis-3a090-2022', 'rule-set');
    assert.ok(await dark(page), 'theme=dark');
    await finish('frame-flags', opened, { quiet: true });

    opened = await openPage('/dist/embed/frame.html?chip=nvidia-h20&as-of=2023-01-01');
    ({ page } = opened);
    await shadow(page, '#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
    assert.equal(await shadow(page, '#rule-set').inputValue(), 'bis-3a090-2022', 'as-of picks the rule set in force that day');
    await finish('frame-flags-as-of', opened, { quiet: true });

    opened = await openPage('/dist/embed/frame.html?compare=nvidia-h20,nvidia-h100-sxm5&view=compare');
    ({ page } = opened);
    await shadow(page, '#tab-compare[aria-selected="true"]').waitFor();
    await shadow(page, '[part~="compare-table"]').filter({ hasText: 'H100' }).filter({ hasText: 'H20' }).waitFor();
    await finish('frame-flags-compare', opened, { quiet: true });

    opened = await openPage('/dist/embed/frame.html?chip=nope&rule-set=nope&layout=nope&theme=nope&heading-level=9&view=nope&as-of=nope');
    ({ page } = opened);
    for (const notice of ['no chip “nope”', 'no rule set “nope”', 'no layout “nope”', 'no view “nope”']) {
      await shadow(page, '[part~="notices"]').filter({ hasText: notice }).first().waitFor();
    }
    assert.equal(await shadow(page, '#card-heading').getAttribute('aria-level'), '2', 'heading-level out of range: 2');
    assert.equal(await shadow(page, '#rule-set').inputValue(), 'bis-3a090-2023', 'an unknown rule set: the default');
    assert.equal(await shadow(page, '#working').count(), 0, 'an unknown layout: the card');
    assert.ok(!(await dark(page)), 'an unknown theme: the page’s (light)');
    await finish('frame-flags-fallbacks', opened);
  },

  async 'oEmbed template: a rich answer whose html is the sandboxed frame'() {
    const template = JSON.parse(readFileSync(`${root}dist/embed/oembed.json`, 'utf8'));
    assert.equal(template.version, '1.0');
    assert.equal(template.type, 'rich');
    assert.ok(Number.isInteger(template.width) && Number.isInteger(template.height), 'rich answers give width and height in pixels');
    for (const placeholder of ['{frame_url}', '{provider_name}', '{provider_url}']) {
      assert.ok(JSON.stringify(template).includes(placeholder), `the template has ${placeholder}`);
    }
    const frameUrl = `${frameOrigin}/dist/embed/frame.html?chip=nvidia-h20&rule-set=bis-3a090-2023`;
    const opened = await openPage(`/test/smoke/oembed-host.html?frame=${encodeURIComponent(frameUrl)}`);
    const { page } = opened;
    await page.frameLocator('iframe').locator('#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
    const iframe = await page.locator('iframe').evaluate((el) => ({
      src: el.src, sandbox: el.getAttribute('sandbox'), allow: el.getAttribute('allow'), title: el.title, width: el.getAttribute('width'), height: el.getAttribute('height'),
    }));
    assert.deepEqual(iframe, {
      src: frameUrl, sandbox: 'allow-scripts', allow: 'clipboard-write', title: template.title, width: String(template.width), height: String(template.height),
    });
    // The page that embeds it lends the frame its clipboard (allow="clipboard-write"), sandbox or not.
    await page.frameLocator('iframe').locator('#working-toggle').click();
    await page.frameLocator('iframe').locator('#copy-text').click();
    await page.frameLocator('iframe').locator('.action-status').filter({ hasText: 'Result copied as text.' }).waitFor();
    await finish('oembed', opened);
  },

  async 'iframe heights (card and full, 360/650/1280 px wide)'() {
    const rows = [];
    for (const layout of ['card', 'full']) {
      for (const width of [360, 650, 1280]) {
        const opened = await openPage(sandboxedHostPath('ctc', `chip=nvidia-h20&layout=${layout}`, width), { width: width + 64, height: 900 });
        const { page } = opened;
        await page.frameLocator('#frame').locator('#verdict-text').filter({ hasText: /^\s*Not controlled/ }).waitFor();
        if (layout === 'full') await page.frameLocator('#frame').locator('.row.figure .value input').first().waitFor();
        const { inner } = await waitForFit(page, 'ctc', `(${layout}, ${width} px)`);
        rows.push(`${layout} ${width}px: ${inner}`);
        await finish(`heights-${layout}-${width}`, opened, { quiet: true });
      }
    }
    console.log(`ok   frame heights, nvidia-h20: ${rows.join(', ')}`);
  },
});

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
frameServer.close();
console.log(`embed smoke: ${Object.keys(checks).length - failed} of ${Object.keys(checks).length} checks pass`);
process.exit(failed === 0 ? 0 : 1);
