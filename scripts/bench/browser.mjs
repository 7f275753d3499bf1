// Browser measurements on the built embed bundle, in headless Chromium: time to the first
// rendered verdict and the DOM it built, keystroke-to-verdict latency, and the JS heap and
// comment nodes left over after many updates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { serve } from '../static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const pages = new URL('../../bench-results/pages/', import.meta.url).pathname;
mkdirSync(pages, { recursive: true });

/**
 * A page with `count` widgets; the inline script marks when the page's scripts start. With `floor`,
 * one trivial Lit element with decimal.js instead (bench-results/floor/floor.js, built by size.mjs).
 */
function firstVerdictPage(count, floor = false) {
  const widgets = floor ? '<floor-element></floor-element>'
    : Array.from({ length: count }, (_, i) => `<compute-threshold-calculator chip="${i % 2 ? 'nvidia-h20' : 'nvidia-h100-sxm5'}"></compute-threshold-calculator>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>
  window.scriptStart = performance.now();
  window.verdicts = [];
  window.firstFrameNodes = [];
  // Only the first verdicts are timed: a list that grew with every update would itself fill the heap being measured.
  document.addEventListener('ctc-result', (e) => {
    if (window.verdicts.length >= 64) return;
    window.verdicts.push(performance.now() - window.scriptStart);
    window.firstFrameNodes.push(e.target.shadowRoot.querySelectorAll('*').length);
  });
</script>
<script type="module" src="${floor ? '/bench-results/floor/floor.js' : '/dist/embed/compute-threshold-calculator.js'}"></script></head><body>${widgets}</body></html>`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

export async function benchBrowser({ loads = 9, keystrokes = 200, updates = 10000 } = {}) {
  writeFileSync(`${pages}one.html`, firstVerdictPage(1));
  writeFileSync(`${pages}twenty.html`, firstVerdictPage(20));
  writeFileSync(`${pages}floor.html`, firstVerdictPage(1, true));
  writeFileSync(`${pages}typing.html`, firstVerdictPage(0).replace('<body>', '<body><compute-threshold-calculator></compute-threshold-calculator>'));
  const { server, url } = await serve(root);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });

  async function firstVerdict(page, count) {
    const times = [];
    let nodes = 0;
    for (let i = 0; i < loads; i += 1) {
      const tab = await browser.newPage();
      await tab.goto(`${url}/bench-results/pages/${page}`);
      await tab.waitForFunction((n) => window.verdicts.length >= n, count);
      const { verdicts, firstFrameNodes } = await tab.evaluate(() => ({ verdicts: window.verdicts, firstFrameNodes: window.firstFrameNodes }));
      times.push(count === 1 ? verdicts[0] : Math.max(...verdicts.slice(0, count)));
      nodes = firstFrameNodes[0];
      await tab.close();
    }
    return { medianMs: median(times), runs: times.length, firstFrameNodes: nodes };
  }

  const one = await firstVerdict('one.html', 1);
  const twenty = await firstVerdict('twenty.html', 20);
  const floor = await firstVerdict('floor.html', 1);

  // Keystrokes: each one waits for its verdict before the next, timed inside the page from the
  // keydown event to the widget's ctc-result (dispatched once the new verdict is rendered).
  const tab = await browser.newPage();
  await tab.goto(`${url}/bench-results/pages/typing.html`);
  const calculator = tab.locator('compute-threshold-calculator');
  // The form is in the working, which unfolds (and loads) on the first click.
  await calculator.locator('#working-toggle').click();
  await calculator.locator('#market-datacenter').check();
  await calculator.locator('.row.die .area input').fill('814');
  const value = calculator.locator('.row.figure .value input');
  await value.fill('29');
  await tab.evaluate(() => {
    window.latencies = [];
    window.addEventListener('keydown', (e) => { window.keyAt = e.timeStamp; }, true);
    document.addEventListener('ctc-result', () => { if (window.keyAt !== undefined) window.latencies.push(performance.now() - window.keyAt); window.keyAt = undefined; });
  });
  for (let i = 0; i < keystrokes; i += 1) {
    const before = await tab.evaluate(() => window.latencies.length);
    await value.press(i % 2 === 0 ? '6' : 'Backspace');
    await tab.waitForFunction((n) => window.latencies.length > n, before);
  }
  const latencies = await tab.evaluate(() => window.latencies);

  // Heap and comment nodes over `updates` spec reloads (alternating one and two throughput rows, so
  // rows come and go), each after a full GC and once the explanation has arrived. Counted from after
  // a warm-up of 1,000 reloads: until then the heap grows by what the JIT compiles and the bounded
  // caches of verdicts fill, which is measured on its own.
  const cdp = await tab.context().newCDPSession(tab);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const comments = () => tab.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('compute-threshold-calculator').shadowRoot, NodeFilter.SHOW_COMMENT);
    let count = 0;
    while (walker.nextNode()) count += 1;
    return count;
  });
  let reloaded = 0;
  const reload = async (n) => {
    await tab.evaluate(async ([count, offset]) => {
      const el = document.querySelector('compute-threshold-calculator');
      for (let i = offset; i < offset + count; i += 1) {
        const figure = { format: 'FP8', value: String(200 + (i % 400)), unit: 'TFLOPS' };
        el.spec = { datacenter: true, throughput: i % 2 ? [figure] : [figure, { ...figure, format: 'INT8', unit: 'TOPS' }], dies: [{ areaMm2: '814' }] };
        await el.updateComplete;
      }
      await new Promise((settle) => setTimeout(settle, 300));
      await el.updateComplete;
    }, [n, reloaded]);
    reloaded += n;
  };
  const heapAtFirstVerdict = await heap();
  await reload(1000);
  const commentsBefore = await comments();
  const heapBefore = await heap();
  await reload(updates);
  const heapAfter = await heap();
  const commentsAfter = await comments();

  await browser.close();
  server.close();
  return {
    firstVerdictMs: { oneWidget: one, twentyWidgets: twenty, floor },
    keystrokeToVerdictMs: { median: median(latencies), p95: percentile(latencies, 95), keystrokes: latencies.length },
    heapBytes: { atFirstVerdict: heapAtFirstVerdict, before: heapBefore, after: heapAfter, warmUpGrowth: heapBefore - heapAtFirstVerdict, growth: heapAfter - heapBefore, updates },
    commentNodes: { before: commentsBefore, after: commentsAfter, growth: commentsAfter - commentsBefore, updates },
  };
}
