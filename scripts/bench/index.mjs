// npm run bench: a report, not a test. Measures the built artifacts (run `npm run build` first;
// the npm script does) and prints each figure beside its target (issues 11 and 12); the figures go
// to bench-results/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchBrowser } from './browser.mjs';
import { benchEngine } from './engine.mjs';
import { benchSize } from './size.mjs';

const TARGETS = {
  entryAndFirstLoadGzipKb: 32, allChunksGzipKb: 75, firstVerdictMs: 40, keystrokeMedianMs: 3, firstFrameNodes: 150,
  heapGrowthMb: 0.5, commentGrowth: 0, verdictPerSecond: 50000, fullPerSecond: 8000,
};

const size = await benchSize();
const browser = await benchBrowser();
const engine = benchEngine(10000);
const result = { date: new Date().toISOString(), size, ...browser, engine, targets: TARGETS };

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const count = (n) => Math.round(n).toLocaleString('en-US');
const met = (ok) => (ok ? 'met' : 'MISSED');
const rows = [
  ['embed entry file, gzip', kb(size.entry.gzip), 'a stub that imports what the first verdict needs'],
  ['first load (entry + static imports), gzip', kb(size.firstLoad.gzip),
    `${met(size.firstLoad.gzip <= TARGETS.entryAndFirstLoadGzipKb * 1024)}: target <= ${TARGETS.entryAndFirstLoadGzipKb} kB; ${size.firstLoad.files.length} files`],
  ['all embed chunks, gzip', kb(size.allChunks.gzip), `${met(size.allChunks.gzip <= TARGETS.allChunksGzipKb * 1024)}: target <= ${TARGETS.allChunksGzipKb} kB; ${size.allChunks.files} files`],
  ['embed chunks but other languages\' messages, gzip', kb(size.englishChunks.gzip), `all an English reader can load; ${size.englishChunks.files} files`],
  ['floor: Lit + decimal.js alone, gzip', kb(size.floor.gzip), `the rest of the first load is ours: ${kb(size.firstLoad.gzip - size.floor.gzip)}`],
  ['first verdict, 1 widget (median)', ms(browser.firstVerdictMs.oneWidget.medianMs), `${met(browser.firstVerdictMs.oneWidget.medianMs <= TARGETS.firstVerdictMs)}: target <= ${TARGETS.firstVerdictMs} ms from script start`],
  ['floor: first render, Lit + decimal.js alone', ms(browser.firstVerdictMs.floor.medianMs), 'a trivial Lit element with decimal.js, the same way from script start: the part no widget can save'],
  ['first verdicts, 20 widgets (median)', ms(browser.firstVerdictMs.twentyWidgets.medianMs), 'until the 20th verdict'],
  ['DOM nodes in the first frame', count(browser.firstVerdictMs.oneWidget.firstFrameNodes), `${met(browser.firstVerdictMs.oneWidget.firstFrameNodes <= TARGETS.firstFrameNodes)}: target <= ${TARGETS.firstFrameNodes}`],
  ['keystroke to verdict, median', ms(browser.keystrokeToVerdictMs.median), `${met(browser.keystrokeToVerdictMs.median <= TARGETS.keystrokeMedianMs)}: target <= ${TARGETS.keystrokeMedianMs} ms, ${browser.keystrokeToVerdictMs.keystrokes} keystrokes`],
  ['keystroke to verdict, p95', ms(browser.keystrokeToVerdictMs.p95), ''],
  ['JS heap growth over updates', kb(browser.heapBytes.growth), `${met(browser.heapBytes.growth < TARGETS.heapGrowthMb * 1024 * 1024)}: target < ${TARGETS.heapGrowthMb} MB; ${count(browser.heapBytes.updates)} updates after a warm-up of 1,000`],
  ['JS heap growth in the warm-up', kb(browser.heapBytes.warmUpGrowth), 'compiled code and the bounded caches of verdicts (16 per rule set) and explanations (4), filling'],
  ['comment nodes gained over updates', count(browser.commentNodes.growth), `${met(browser.commentNodes.growth <= TARGETS.commentGrowth)}: ${browser.commentNodes.before} -> ${browser.commentNodes.after} over ${count(browser.commentNodes.updates)} spec reloads, the working unfolded`],
  ['verdict path per second', count(engine.verdict.perSecond), `evaluateVerdict(spec, ruleSet), each call validating the spec; ${engine.specs} specs x ${engine.ruleSets} rule sets`],
  ['verdict path per second, spec prepared', count(engine.prepared.perSecond), `${met(engine.prepared.perSecond >= TARGETS.verdictPerSecond)}: target >= ${count(TARGETS.verdictPerSecond)}; prepareSpec once per chip, as tables do`],
  ['full evaluations per second', count(engine.full.perSecond), `${met(engine.full.perSecond >= TARGETS.fullPerSecond)}: target >= ${count(TARGETS.fullPerSecond)}; boundaries and explanation`],
  ['plain-number baseline per second', count(engine.baseline.perSecond), `the verdict path is ${(engine.baseline.perSecond / engine.prepared.perSecond).toFixed(0)}x slower, the full evaluation ${(engine.baseline.perSecond / engine.full.perSecond).toFixed(0)}x`],
];
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${note}`);
mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../bench-results/bench.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log('figures written to bench-results/bench.json');
