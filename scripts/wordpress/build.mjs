// Builds the installable WordPress plugin: dist/wordpress/compute-threshold-calculator.zip, holding the folder
// compute-threshold-calculator/ with the plugin's PHP, block files, readme.txt and assets/ (every .js file of
// dist/embed except frame.js, under the same names and folders: the entry module imports its chunks relative to its
// own URL). Run after `npm run build`. Pure Node; the archive is checked by reading it back.
//
// It also stamps package.json's version into the plugin header, readme.txt and block.json, a hash of the bundled
// scripts into the plugin (the script URL's ?ver=, so browsers fetch a changed bundle), and writes
// block/options.json (the chips and rule sets the block's inspector offers) from the widget's data.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createZip, readZip } from './zip.mjs';

const root = new URL('../../', import.meta.url).pathname;
const SLUG = 'compute-threshold-calculator';
const source = join(root, 'wordpress', SLUG);
const embed = join(root, 'dist/embed');
const entry = join(embed, `${SLUG}.js`);
const outDir = join(root, 'dist/wordpress');
const outFile = join(outDir, `${SLUG}.zip`);

function fail(message) {
  console.error(`wordpress build: ${message}`);
  process.exit(1);
}

if (!existsSync(entry)) {
  fail(`${relative(root, entry)} is missing. Run \`npm run build\` first: the plugin bundles the widget's embed build.`);
}

function* walk(dir) {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name.startsWith('.')) continue;
    const path = join(dir, item.name);
    if (item.isDirectory()) yield* walk(path);
    else if (item.isFile()) yield path;
  }
}
const posix = (path) => path.split(sep).join('/');

// The plugin's own files (an assets/ folder in the source tree, if someone made one, is replaced by the build's).
const files = new Map();
for (const path of walk(source)) {
  const name = posix(relative(source, path));
  if (name.startsWith('assets/')) continue;
  files.set(name, readFileSync(path));
}

// The widget: every .js of dist/embed but the iframe page's own script.
const assets = [...walk(embed)]
  .map((path) => posix(relative(embed, path)))
  .filter((name) => name.endsWith('.js') && name !== 'frame.js')
  .sort();
const hash = createHash('sha256');
for (const name of assets) {
  const data = readFileSync(join(embed, name));
  files.set(`assets/${name}`, data);
  hash.update(name).update('\0').update(data);
}
files.set('assets/index.php', Buffer.from('<?php\n// Silence is golden.\n'));
const assetsHash = hash.digest('hex').slice(0, 12);

// Versions and the assets' hash.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!/^[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$/.test(version)) fail(`package.json's version "${version}" is not semver`);

function stamp(name, replacements) {
  let text = files.get(name).toString('utf8');
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) fail(`${name}: found no ${pattern} to stamp`);
    text = text.replace(pattern, replacement);
  }
  files.set(name, Buffer.from(text, 'utf8'));
}
stamp(`${SLUG}.php`, [
  [/^(\s*\*\s*Version:\s*).*$/m, `$1${version}`],
  [/define\( 'CTCALC_VERSION', '[^']*' \);/, `define( 'CTCALC_VERSION', '${version}' );`],
  [/define\( 'CTCALC_ASSETS_HASH', '[^']*' \);/, `define( 'CTCALC_ASSETS_HASH', '${assetsHash}' );`],
]);
stamp('readme.txt', [[/^Stable tag:.*$/m, `Stable tag: ${version}`]]);
stamp('block/block.json', [[/"version": "[^"]*"/, `"version": "${version}"`]]);

// The inspector's choices, from the widget's data; without it the editor offers text fields.
try {
  const chips = JSON.parse(readFileSync(join(root, 'src/data/chips.json'), 'utf8'));
  const ruleSetDir = join(root, 'src/data/rule-sets');
  const ruleSets = readdirSync(ruleSetDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(ruleSetDir, name), 'utf8')));
  const options = {
    chips: chips.map((chip) => ({ id: chip.id, label: `${chip.vendor} ${chip.name}` })),
    ruleSets: ruleSets.map((set) => ({ id: set.id, label: `${set.id}: ${set.title}` })),
  };
  if (!options.chips.every((c) => typeof c.id === 'string') || !options.ruleSets.every((r) => typeof r.id === 'string')) {
    throw new Error('unexpected shape');
  }
  files.set('block/options.json', Buffer.from(`${JSON.stringify(options, null, 1)}\n`));
} catch (error) {
  console.warn(`wordpress build: no block/options.json (${error.message}); the block's inspector will offer text fields`);
}

// The archive: the folder, then its files, directories first.
const names = [...files.keys()].sort();
const dirs = new Set([`${SLUG}/`]);
for (const name of names) {
  const parts = name.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) dirs.add(`${SLUG}/${parts.slice(0, i).join('/')}/`);
}
const entries = [
  ...[...dirs].sort().map((name) => ({ name })),
  ...names.map((name) => ({ name: `${SLUG}/${name}`, data: files.get(name) })),
];
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const zip = createZip(entries, { mtime: Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : undefined });
mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, zip);

// Read it back: every file present, byte for byte.
const back = readZip(readFileSync(outFile));
for (const name of names) {
  if (!back.get(`${SLUG}/${name}`)?.equals(files.get(name))) fail(`${SLUG}/${name} did not read back from the archive`);
}
if (back.size !== entries.length) fail(`the archive holds ${back.size} entries, expected ${entries.length}`);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const name of names) console.log(`  ${SLUG}/${name.padEnd(44)} ${kb(files.get(name).length).padStart(9)}`);
console.log(`wordpress build: ${relative(root, outFile)} (${kb(zip.length)}, ${names.length} files, version ${version}, assets ${assetsHash})`);
