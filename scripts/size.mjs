// Prints the raw and gzip size of every JavaScript artifact in dist/, largest first, and writes
// them to dist/size.json. Run after `npm run build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|html|css)$/.test(name)) yield path;
  }
}

let artifacts;
try {
  artifacts = [...files(dist)].map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
} catch {
  console.error('No dist/ to measure: run `npm run build` first.');
  process.exit(1);
}
artifacts.sort((a, b) => b.gzip - a.gzip);

const width = Math.max(...artifacts.map((a) => a.file.length));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(10);
console.log(`${'artifact'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const a of artifacts) console.log(`${a.file.padEnd(width)}  ${kb(a.raw)}  ${kb(a.gzip)}`);
writeFileSync(join(dist, 'size.json'), `${JSON.stringify(artifacts, null, 2)}\n`);
