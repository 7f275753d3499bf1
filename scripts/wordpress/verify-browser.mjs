// Browser half of scripts/wordpress/verify-in-wordpress.sh: opens the posts that wordpress/tests/real-wordpress/
// posts.php saved as an Author and a Contributor in a real WordPress, in headless Chromium, and checks that the
// widget renders its verdicts, that its module is requested once per page and only on pages with the widget, that
// no request leaves the site, and that hostile attributes come to nothing. Takes screenshots and measures the
// widget's height at 360, 650 and 1280 px, then drives the real block editor as the Author: inserts the block, picks
// a chip in the inspector, publishes, and checks the published post.
//
// Environment: CTC_WP_URL (http://127.0.0.1:PORT), CTC_WP_POSTS (posts.php's JSON), CTC_WP_SHOTS (screenshot
// folder), CTC_WP_AUTHOR_PASSWORD, CTC_WP_CONTRIBUTOR_PASSWORD.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const base = process.env.CTC_WP_URL;
const { posts, wordpress, theme, php } = JSON.parse(readFileSync(process.env.CTC_WP_POSTS, 'utf8'));
const shots = process.env.CTC_WP_SHOTS;
mkdirSync(shots, { recursive: true });
const origin = new URL(base).origin;
const ENTRY = '/wp-content/plugins/compute-threshold-calculator/assets/compute-threshold-calculator.js';
const ALLOWED_ATTRIBUTES = new Set(['class', 'chip', 'rule-set', 'layout', 'lang', 'heading-level', 'theme', 'as-of', 'view', 'compare']);
const WIDTHS = [360, 650, 1280];

const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const failures = [];
let passed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failures.push(`${name}${detail ? `: ${detail}` : ''}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n     ${detail}` : ''}`);
}

/** A browser context whose every request is recorded; any request off the site is blocked and reported. */
async function newContext(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const log = { requests: [], foreign: [], errors: [], dialogs: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    log.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => log.requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400) log.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  context.on('page', (page) => watch(page, log));
  return { context, log };
}
function watch(page, log) {
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
}
const entryRequests = (log) => log.requests.filter((url) => new URL(url).pathname === ENTRY).length;

/** The text of the n-th widget's verdict, read through its open shadow root (locators pierce it). */
async function verdict(page, n, pattern) {
  const text = page.locator('compute-threshold-calculator').nth(n).locator('#verdict-text, [part~="verdict"]').first();
  await text.filter({ hasText: pattern }).waitFor({ timeout: 20000 }).catch(() => {});
  return ((await text.textContent({ timeout: 1000 }).catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();
}

async function login(context, user, password) {
  const page = await context.newPage();
  await page.goto(`${base}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return page;
}

/** The widget elements' attributes as WordPress wrote them (the live elements reflect more, such as `view`). */
async function attributesOf(page) {
  const html = await page.evaluate(async () => (await fetch(location.href, { credentials: 'include' })).text());
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('compute-threshold-calculator')].map((element) =>
      Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    );
  }, html);
}

const postUrl = (id) => `${base}/?p=${id}`;

// --- Two shortcodes on one page, as a reader ---------------------------------------------------------------------
{
  const { context, log } = await newContext();
  const page = await context.newPage();
  const response = await page.goto(postUrl(posts.shortcodes.id));
  const html = await response.text();
  const tags = html.match(/<script\b[^>]*compute-threshold-calculator\.js[^>]*>/g) ?? [];
  check('shortcodes: one script tag for the widget in the HTML, type="module"', tags.length === 1 && /type=["']module["']/.test(tags[0]), tags.join(' '));
  check('shortcodes: the script is served from the plugin\'s folder', tags.length === 1 && tags[0].includes(`${origin}${ENTRY}?ver=`), tags.join(' '));
  check('shortcodes: two widgets on the page', (await page.locator('compute-threshold-calculator').count()) === 2);
  const h20 = await verdict(page, 0, /Not controlled/);
  check('shortcodes: the H20 reads "Not controlled" under the default rule set', /Not controlled/.test(h20), h20);
  const h100 = await verdict(page, 1, /3A090/);
  check('shortcodes: the H100 reads controlled as 3A090', /3A090/.test(h100) && !/Not controlled/.test(h100), h100);
  await page.waitForTimeout(1000);
  check('shortcodes: the module is requested once for two widgets', entryRequests(log) === 1, `${entryRequests(log)} requests`);
  check('shortcodes: no request leaves 127.0.0.1', log.foreign.length === 0, log.foreign.join(' '));
  check('shortcodes: no errors', log.errors.length === 0, log.errors.join(' | '));
  const attributes = await attributesOf(page);
  check('shortcodes: the attributes as written', JSON.stringify(attributes) === JSON.stringify([
    { chip: 'nvidia-h20', 'rule-set': 'bis-3a090-2023', layout: 'card' },
    { chip: 'nvidia-h100-sxm5', 'heading-level': '3', theme: 'light' },
  ]), JSON.stringify(attributes));
  await context.close();
}

// --- The block ---------------------------------------------------------------------------------------------------
const heights = {};
for (const width of WIDTHS) {
  const { context, log } = await newContext({ width, height: 900 });
  const page = await context.newPage();
  await page.goto(postUrl(posts.block.id));
  const text = await verdict(page, 0, /Not controlled/);
  check(`block @${width}px: the H20 reads "Not controlled"`, /Not controlled/.test(text), text);
  await page.waitForTimeout(1000); // chunks, fonts
  const box = await page.locator('compute-threshold-calculator').first().evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const column = element.parentElement.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height), column: Math.round(column.width) };
  });
  heights[width] = box;
  if (width === 1280) {
    const attributes = await attributesOf(page);
    check('block: the element carries the block class and the chip', attributes.length === 1 && attributes[0].chip === 'nvidia-h20' && /wp-block-compute-threshold-calculator-calculator/.test(attributes[0].class ?? ''), JSON.stringify(attributes));
  }
  check(`block @${width}px: one module request, nothing off the site, no errors`, entryRequests(log) === 1 && log.foreign.length === 0 && log.errors.length === 0, [entryRequests(log), ...log.foreign, ...log.errors].join(' | '));
  // The top of the post as a reader sees it first, and the whole page.
  await page.screenshot({ path: join(shots, `block-${width}.png`) });
  await page.screenshot({ path: join(shots, `block-${width}-full.png`), fullPage: true });
  await context.close();
}
for (const width of [360, 650]) {
  const { context } = await newContext({ width, height: 900 });
  const page = await context.newPage();
  await page.goto(postUrl(posts.shortcodes.id));
  await verdict(page, 1, /3A090/);
  await page.waitForTimeout(1000);
  heights[`shortcodes-${width}`] = await page.$$eval('compute-threshold-calculator', (elements) =>
    elements.map((element) => ({ width: Math.round(element.getBoundingClientRect().width), height: Math.round(element.getBoundingClientRect().height) })),
  );
  await page.screenshot({ path: join(shots, `shortcodes-${width}-full.png`), fullPage: true });
  await context.close();
}
writeFileSync(join(shots, 'heights.json'), `${JSON.stringify({ wordpress, theme, php, heights }, null, 2)}\n`);
console.log(`     heights (block, chip nvidia-h20, default layout, in ${theme}): ${WIDTHS.map((w) => `${w}px viewport: ${heights[w].width} x ${heights[w].height}`).join('; ')}`);

// --- The plain HTML embed (what the issue reports), a post without the widget, hostile attributes ---------------
{
  const { context, log } = await newContext();
  const page = await context.newPage();
  await page.goto(postUrl(posts.raw.id));
  check('plain HTML embed by an Author: stripped on save, nothing renders (the issue)', (await page.locator('compute-threshold-calculator, iframe').count()) === 0 && entryRequests(log) === 0);

  await page.goto(postUrl(posts.none.id));
  check('a post without the widget does not load its script', entryRequests(log) === 0, `${entryRequests(log)} requests`);

  const response = await page.goto(postUrl(posts.hostile.id));
  const html = await response.text();
  const widgetHtml = html.match(/<compute-threshold-calculator\b[^>]*>/g) ?? [];
  check('hostile: two widgets rendered', widgetHtml.length === 2, widgetHtml.join(' '));
  const attributes = await attributesOf(page);
  const names = attributes.flatMap((a) => Object.keys(a));
  check('hostile: only allowed attributes on the elements', names.every((name) => ALLOWED_ATTRIBUTES.has(name)), JSON.stringify(attributes));
  check('hostile: invalid values dropped, valid ones kept', JSON.stringify(attributes) === JSON.stringify([
    { layout: 'card', lang: 'en', theme: 'dark', compare: 'nvidia-h20' },
    { class: 'wp-block-compute-threshold-calculator-calculator', 'rule-set': 'bis-3a090-2023', lang: 'zh-Hans', 'as-of': '2024-01-01' },
  ]), JSON.stringify(attributes));
  check('hostile: no script of the post\'s own in the page', !/<script>alert|alert\(1\)<\/script>/i.test(html));
  await page.waitForTimeout(1500);
  check('hostile: no dialog, no errors, nothing off the site', log.dialogs.length === 0 && log.errors.length === 0 && log.foreign.length === 0, [...log.dialogs, ...log.errors, ...log.foreign].join(' | '));
  await context.close();
}

// --- The Contributor's post, in their preview --------------------------------------------------------------------
{
  const { context, log } = await newContext();
  const page = await login(context, 'contributor', process.env.CTC_WP_CONTRIBUTOR_PASSWORD);
  await page.goto(`${postUrl(posts.contributor.id)}&preview=true`);
  check('contributor preview: three widgets', (await page.locator('compute-threshold-calculator').count()) === 3);
  const texts = [await verdict(page, 0, /Not controlled/), await verdict(page, 1, /3A090/), await verdict(page, 2, /Not controlled/)];
  check('contributor preview: H20, H100, H20 verdicts', /Not controlled/.test(texts[0]) && /3A090/.test(texts[1]) && /Not controlled/.test(texts[2]), texts.join(' | '));
  check('contributor preview: one module request, nothing off the site', entryRequests(log) === 1 && log.foreign.length === 0, [entryRequests(log), ...log.foreign].join(' | '));
  await page.screenshot({ path: join(shots, 'contributor-preview-1280.png'), fullPage: false });
  await context.close();
}

// --- The real block editor, as the Author ------------------------------------------------------------------------
async function editorRun(user, password, finish) {
  const { context, log } = await newContext({ width: 1280, height: 1000 });
  const page = await login(context, user, password);
  await page.goto(`${base}/wp-admin/post-new.php`);
  await page.locator('.edit-post-layout, .editor-editor-interface').first().waitFor({ timeout: 60000 });
  // A welcome guide, if one shows.
  const guide = page.locator('.edit-post-welcome-guide');
  if (await guide.isVisible().catch(() => false)) await guide.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('textbox', { name: 'Add title' }).fill(`The calculator block from the editor (${user})`);
  await page.getByRole('button', { name: /Toggle block inserter|Add block/ }).first().click();
  await page.getByPlaceholder('Search').first().fill('export control');
  await page.locator('.editor-block-list-item-compute-threshold-calculator-calculator').first().click();
  // The settings sidebar (closed at first for a new user) holds the block's inspector.
  const inspector = page.locator('.block-editor-block-inspector');
  if (!(await inspector.isVisible())) await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await inspector.getByLabel('Chip', { exact: true }).selectOption('nvidia-h20');
  await inspector.getByLabel('Layout', { exact: true }).selectOption('card');
  const preview = page.locator('.wp-block-compute-threshold-calculator-calculator compute-threshold-calculator');
  await preview.first().waitFor({ timeout: 20000 });
  // The preview is rendered again by the server after each change: wait for the one with the chip.
  const previewVerdict = preview.first().locator('#verdict-text, [part~="verdict"]').first();
  await previewVerdict.filter({ hasText: /Not controlled/ }).waitFor({ timeout: 20000 }).catch(() => {});
  const text = ((await previewVerdict.textContent({ timeout: 1000 }).catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();
  check(`editor (${user}): the block's preview is the widget, with its verdict`, /Not controlled/.test(text), text);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(shots, `editor-${user}.png`) });
  const id = await finish(page);
  // What the server saved (after kses, as this user), read back through the REST API the editor uses.
  const saved = await page.evaluate((postId) => window.wp.apiFetch({ path: `/wp/v2/posts/${postId}?context=edit` }).then((post) => post.content.raw), id).catch((error) => String(error));
  check(`editor (${user}): the saved post keeps the block and its attributes`, saved.includes('<!-- wp:compute-threshold-calculator/calculator {"chip":"nvidia-h20","layout":"card"} /-->'), saved);
  check(`editor (${user}): no request left 127.0.0.1`, log.foreign.length === 0, log.foreign.join(' '));
  // As an Author or a Contributor, WordPress 6.1's editor asks the REST API for things only an administrator may
  // read (the theme's template, site settings, categories for editing) and gets 403s: core's own, not the plugin's.
  // Any other error, and any failure of the block renderer or the plugin's files, counts.
  const core403 = (e) => /^HTTP 403 .*\/wp-json\//.test(e) && !/block-renderer/.test(e);
  const hasCore403 = log.errors.some(core403);
  const errors = log.errors.filter((e) => !(core403(e) || (hasCore403 && /status of 403 \(Forbidden\)/.test(e))));
  if (hasCore403) console.log(`     (core's 403s for a ${user}: ${log.errors.filter(core403).map((e) => new URL(e.split(' ')[2]).pathname.replace('/index.php/wp-json', '')).join(', ')})`);
  check(`editor (${user}): no errors`, errors.length === 0, errors.join(' | '));
  await context.close();
  return id;
}
try {
  const id = await editorRun('author', process.env.CTC_WP_AUTHOR_PASSWORD, async (page) => {
    await page.locator('.editor-post-publish-panel__toggle').click();
    await page.locator('.editor-post-publish-panel__header-publish-button button').click();
    await page.locator('.post-publish-panel__postpublish').waitFor({ timeout: 20000 });
    return new URL(page.url()).searchParams.get('post');
  });
  const { context } = await newContext();
  const page = await context.newPage();
  await page.goto(postUrl(id));
  const text = await verdict(page, 0, /Not controlled/);
  check('editor (author): the published post shows the H20 "Not controlled"', /Not controlled/.test(text), text);
  const attributes = await attributesOf(page);
  check('editor (author): chip and layout from the inspector', attributes.length === 1 && attributes[0].chip === 'nvidia-h20' && attributes[0].layout === 'card', JSON.stringify(attributes));
  await context.close();
} catch (error) {
  check('editor (author): insert the block and publish', false, error.message.split('\n')[0]);
}
try {
  const id = await editorRun('contributor', process.env.CTC_WP_CONTRIBUTOR_PASSWORD, async (page) => {
    await page.locator('.editor-post-publish-panel__toggle').click(); // "Submit for Review"
    await page.locator('.editor-post-publish-panel__header-publish-button button').click();
    await page.locator('.post-publish-panel__postpublish, .components-snackbar').first().waitFor({ timeout: 20000 });
    return new URL(page.url()).searchParams.get('post');
  });
  check('editor (contributor): submitted for review', Boolean(id), String(id));
} catch (error) {
  check('editor (contributor): insert the block and submit for review', false, error.message.split('\n')[0]);
}

await browser.close();
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
