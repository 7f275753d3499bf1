// Screenshots of the demo page at 320 and 1280 px, light and dark, for looking at the widget.
// Usage: node scripts/screenshots.mjs [url]   (default http://127.0.0.1:5199/, e.g. from
// `node_modules/.bin/vite --port 5199`). Writes PNGs to /tmp/ctc-shots/ and fails on page errors.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:5199/';
const outDir = '/tmp/ctc-shots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS });
const problems = [];
try {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      page.on('pageerror', (error) => problems.push(`${width} ${colorScheme}: ${error.message}`));
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('404')) problems.push(`${width} ${colorScheme}: ${m.text()}`); });
      // The browser asks for a favicon the demo does not have; any other failed request is a problem.
      page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${width} ${colorScheme}: ${r.status()} ${r.url()}`); });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.querySelectorAll('compute-threshold-calculator').length > 0
        && [...document.querySelectorAll('compute-threshold-calculator')].every((el) => el.shadowRoot?.querySelector('.verdict')));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${width} ${colorScheme}: the page scrolls sideways by ${overflow}px`);
      const file = `${outDir}/demo-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // The full page is too tall to read at once: each section is also saved in tiles of readable height.
      const sections = await page.locator('main > section').all();
      for (const [index, section] of sections.entries()) {
        const box = await section.boundingBox();
        if (!box) continue;
        const tileHeight = width < 600 ? 800 : 1100;
        for (let top = 0, tile = 1; top < box.height; top += tileHeight, tile += 1) {
          const part = `${outDir}/demo-${width}-${colorScheme}-s${index + 1}-${tile}.png`;
          const clip = { x: box.x, y: box.y + top, width: box.width, height: Math.min(tileHeight, box.height - top) };
          await page.screenshot({ path: part, clip, fullPage: true });
          console.log(part);
        }
      }
      // Two interactive states of the first widget: the chip list open, and an invalid figure.
      const first = page.locator('compute-threshold-calculator').first();
      await first.locator('#chip-input').fill('nvidia h');
      await first.locator('#chip-listbox').waitFor();
      const top = await first.locator('.top').boundingBox();
      await page.screenshot({ path: `${outDir}/state-${width}-${colorScheme}-picker.png`, fullPage: true, clip: { ...top, height: top.height + 320 } });
      await first.locator('#chip-input').press('Enter');
      await first.locator('input[id$="-value"]').first().fill('1,979');
      await first.locator('[part="verdict"]').screenshot({ path: `${outDir}/state-${width}-${colorScheme}-invalid-verdict.png` });
      await first.locator('.row.figure').first().screenshot({ path: `${outDir}/state-${width}-${colorScheme}-invalid-field.png` });
      console.log(`${outDir}/state-${width}-${colorScheme}-{picker,invalid-verdict,invalid-field}.png`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
