// npm run bench: a report, not a test. Measures the built artifacts (run `npm run build` first;
// the npm script does) and prints a table; the figures go to bench-results/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchBrowser } from './browser.mjs';
import { benchEngine } from './engine.mjs';
import { benchSize } from './size.mjs';

const TARGETS = { embedGzipKb: 40, firstVerdictMs: 50, keystrokeMedianMs: 8, heapGrowthMb: 1 };

const size = await benchSize();
const browser = await benchBrowser();
const engine = benchEngine(10000);
const result = { date: new Date().toISOString(), size, ...browser, engine, targets: TARGETS };

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(2)} ms`;
const rows = [
  ['embed bundle, gzip', kb(size.embed.gzip), `target < ${TARGETS.embedGzipKb} kB; raw ${kb(size.embed.raw)}`],
  ['floor: Lit + decimal.js alone, gzip', kb(size.floor.gzip), `raw ${kb(size.floor.raw)}; the rest is ours: ${kb(size.embed.gzip - size.floor.gzip)}`],
  ['first verdict, 1 widget (median)', ms(browser.firstVerdictMs.oneWidget.medianMs), `target < ${TARGETS.firstVerdictMs} ms, from script start`],
  ['first verdicts, 20 widgets (median)', ms(browser.firstVerdictMs.twentyWidgets.medianMs), 'until the 20th verdict'],
  ['keystroke to verdict, median', ms(browser.keystrokeToVerdictMs.median), `target < ${TARGETS.keystrokeMedianMs} ms, ${browser.keystrokeToVerdictMs.keystrokes} keystrokes`],
  ['keystroke to verdict, p95', ms(browser.keystrokeToVerdictMs.p95), ''],
  ['engine evaluations per second', engine.engine.perSecond.toFixed(0), `${engine.specs} catalog-like specs x ${engine.ruleSets} rule sets`],
  ['plain-number baseline per second', engine.baseline.perSecond.toFixed(0), `the engine is ${engine.slowdown.toFixed(0)}x slower (exact decimals, explanation, boundary search)`],
  ['JS heap growth over updates', kb(browser.heapBytes.growth), `target < ${TARGETS.heapGrowthMb} MB; ${browser.heapBytes.updates} updates, ${kb(browser.heapBytes.before)} -> ${kb(browser.heapBytes.after)}`],
];
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${note}`);
mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../bench-results/bench.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log('figures written to bench-results/bench.json');
