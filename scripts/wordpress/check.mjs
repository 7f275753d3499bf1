// Checks of the WordPress plugin for CI, with php-cli only (no WordPress, no PHPUnit): `php -l` on every PHP file
// under wordpress/, the attribute-sanitising test (wordpress/tests/sanitize-test.php) as WordPress before 6.5, 6.5
// and later, and without built assets, and the block's editor script and block.json. Exits 1 on any failure, and
// says so plainly when php is missing. PHP=/path/to/php picks another interpreter.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pluginRoot = join(root, 'wordpress');
const php = process.env.PHP || 'php';
const failures = [];

function run(command, args) {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const version = run(php, ['-r', 'echo PHP_VERSION;']);
if (version.error || version.status !== 0) {
  console.error(
    `wordpress check: no PHP interpreter (${php}${version.error ? `: ${version.error.code}` : ''}).\n` +
      '  Install php-cli (Debian: apt-get install -y php-cli), or set PHP=/path/to/php.',
  );
  process.exit(1);
}
console.log(`wordpress check: PHP ${version.stdout.trim()}`);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
const files = [...walk(pluginRoot)].sort();

// 1. Syntax of every PHP file.
const phpFiles = files.filter((file) => file.endsWith('.php'));
for (const file of phpFiles) {
  const lint = run(php, ['-d', 'display_errors=1', '-l', file]);
  if (lint.status !== 0) failures.push(`php -l ${relative(root, file)}:\n${(lint.stdout + lint.stderr).trim()}`);
}
console.log(`${failures.length ? 'FAIL' : 'ok  '} php -l on ${phpFiles.length} files`);

// 2. The sanitising test, in each of its modes.
const test = join(pluginRoot, 'tests/sanitize-test.php');
for (const mode of ['--classic', '--modules', '--no-assets']) {
  const result = run(php, [test, mode]);
  const output = (result.stdout + result.stderr).trim();
  const last = output.split('\n').at(-1) ?? '';
  if (result.status !== 0) failures.push(`sanitize-test.php ${mode} exited ${result.status}:\n${output}`);
  console.log(`${result.status === 0 ? 'ok  ' : 'FAIL'} sanitize-test.php ${mode}: ${last}`);
}

// 3. The editor script parses as a classic script (WordPress loads it without a build step, not as a module), and
// block.json is what the plugin expects.
for (const file of files.filter((f) => f.endsWith('.js'))) {
  const result = run(process.execPath, ['--check', file]);
  const ok = result.status === 0 && !/^\s*(import|export)\s/m.test(readFileSync(file, 'utf8'));
  if (!ok) failures.push(`${relative(root, file)} is not a plain script:\n${result.stderr.trim()}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${relative(root, file)} parses as a plain script`);
}
for (const file of files.filter((f) => f.endsWith('block.json'))) {
  try {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    if (block.name !== 'compute-threshold-calculator/calculator') throw new Error(`name is ${block.name}`);
    if (!block.editorScript) throw new Error('no editorScript');
    console.log(`ok   ${relative(root, file)}`);
  } catch (error) {
    failures.push(`${relative(root, file)}: ${error.message}`);
  }
}

if (failures.length) {
  console.error(`\nwordpress check: ${failures.length} failure(s)\n\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log('wordpress check: all passed');
