// The framework type-check test (`npm run check-types`, after `npm run build`): packs the package as npm
// would publish it, installs the tarball into a throw-away consumer project, and type-checks small
// consumers against it with skipLibCheck false, under moduleResolution bundler, node16 and nodenext:
//
//   react   a React 19 TSX app: <compute-threshold-calculator …> through `compute-threshold-calculator/types/react`,
//           and the React 18 wrapper `compute-threshold-calculator/react`
//   vue     Vue's GlobalComponents through `compute-threshold-calculator/types/vue`, checked in a .ts file
//           (the props vue-tsc checks a template against; vue-tsc itself is not a dependency)
//   core    the DOM-free engine and catalog, whose declarations name decimal.js's types
//   svelte  svelteHTML.IntrinsicElements through `compute-threshold-calculator/types/svelte`, only when
//           svelte is installed (it is not a dependency; CHECK_TYPES_SVELTE=<path to the svelte package>)
//
// Every consumer has lines that must not compile, marked `// @ts-expect-error`: if a type loosens (a prop
// becomes `any`, an event's detail `unknown`…), the directive is unused and the check fails. A control
// checks that without the `types/react` import React reports the element as unknown, as issue 13 found.
// No network: the tarball is unpacked as npm installs it, and only its declared dependencies are
// linked from this repository's node_modules, as pnpm lays them out, so that a published type naming
// a package we do not depend on fails (CHECK_TYPES_LAYOUT=hoisted links everything, as npm does).
// KEEP=1 keeps the temp folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The consumers. Kept small; each wrong line is one a loose type would let through.
const SPEC = `{ name: 'My chip', datacenter: true, throughput: [{ format: 'FP8', value: '300', unit: 'TFLOPS' }], dies: [{ areaMm2: '600' }] }`;

const REACT = `import 'compute-threshold-calculator/define';
import type {} from 'compute-threshold-calculator/types/react';
import { ComputeThresholdCalculator } from 'compute-threshold-calculator/react';
import type { ChipSpec, EvaluationResult } from 'compute-threshold-calculator';
import { useState } from 'react';

const spec: ChipSpec = ${SPEC};

/** React 19: the element itself, its properties set as properties and its events listened to. */
export function Calculator() {
  const [status, setStatus] = useState<EvaluationResult['status'] | null>(null);
  return (
    <section data-status={status ?? ''}>
      <compute-threshold-calculator chip="nvidia-h20" layout="card" onctc-result={(e) => e.detail.result.status} />
      <compute-threshold-calculator rule-set="bis-3a090-2023" as-of="2024-01-01" heading-level={3} sync-url theme="dark"
        spec={spec} ruleSets={[]} className="calculator" onctc-result={(e) => setStatus(e.detail.result.status)}
        onctc-change={(e) => console.log(e.detail.spec.name)} />
      <compute-threshold-calculator view="compare" compare={['nvidia-h100-sxm5', 'nvidia-h20']} heading-level="2" spec={undefined} />
      {/* @ts-expect-error 'wide' is not a layout */}
      <compute-threshold-calculator layout="wide" />
      {/* @ts-expect-error ctc-result's detail has a result, not a spec */}
      <compute-threshold-calculator onctc-result={(e) => e.detail.spec} />
      {/* @ts-expect-error a heading level is a number */}
      <compute-threshold-calculator heading-level="two" />
      {/* @ts-expect-error compare is a list of ids, set as a property */}
      <compute-threshold-calculator compare="nvidia-h20" />
    </section>
  );
}

/** React 18: the wrapper. */
export function Wrapped() {
  return (
    <>
      <ComputeThresholdCalculator chip="nvidia-h20" layout="full" spec={spec} onCtcResult={(e) => e.detail.result.status} onCtcChange={(e) => e.detail.spec.name} />
      {/* @ts-expect-error 'wide' is not a layout */}
      <ComputeThresholdCalculator layout="wide" />
      {/* @ts-expect-error ctc-change's detail has a spec, not a result */}
      <ComputeThresholdCalculator onCtcChange={(e) => e.detail.result} />
    </>
  );
}
`;

const REACT_UNTYPED = `import 'compute-threshold-calculator/define';

export const calculator = <compute-threshold-calculator chip="nvidia-h20" layout="card" />;
`;

const VUE = `import 'compute-threshold-calculator/define';
import type {} from 'compute-threshold-calculator/types/vue';
import type { GlobalComponents } from 'vue';

/** The props vue-tsc checks <compute-threshold-calculator …> against (rule-set is ruleSet, @ctc-result is onCtcResult). */
type Props = InstanceType<GlobalComponents['compute-threshold-calculator']>['$props'];

export const card: Props = { chip: 'nvidia-h20', layout: 'card', ruleSet: 'bis-3a090-2023', onCtcResult: (e) => void e.detail.result.status };
export const full: Props = { spec: ${SPEC}, headingLevel: '3', syncUrl: true, asOf: '2024-01-01', onCtcChange: (e) => void e.detail.spec.name };
export const unset: Props = { spec: undefined, ruleSets: null, compare: ['nvidia-h20'] };
// @ts-expect-error 'wide' is not a layout
export const wrongLayout: Props = { layout: 'wide' };
// @ts-expect-error ctc-result's detail has a result, not a spec
export const wrongDetail: Props = { onCtcResult: (e) => e.detail.spec };
// @ts-expect-error a heading level is a number
export const wrongLevel: Props = { headingLevel: 'two' };
`;

const CORE = `import { computeMetrics, evaluate, formatNumber, type ChipSpec, type EvaluationResult } from 'compute-threshold-calculator/core';
import { catalog, getChip } from 'compute-threshold-calculator/catalog';
import { Decimal } from 'decimal.js';

const spec: ChipSpec = ${SPEC};
const result: EvaluationResult = evaluate(spec, 'bis-3a090-2023');
export const status: 'controlled' | 'not-controlled' | 'indeterminate' | 'invalid' = result.status;
export const tpp: string | null = computeMetrics(spec).metrics?.tpp ?? null;
export const shown: string = formatNumber(new Decimal('3.2'), 1) + formatNumber('2400', 0);
export const chips: number = catalog.length + (getChip('nvidia-h20') ? 1 : 0);
// @ts-expect-error formatNumber takes a decimal or its text, never a binary float
formatNumber(3.2, 1);
// @ts-expect-error TPP is a decimal string, never a number
export const tppNumber: number | null = computeMetrics(spec).metrics?.tpp ?? null;
`;

const SVELTE = `import 'compute-threshold-calculator/define';
import type {} from 'compute-threshold-calculator/types/svelte';

// What svelte-check makes of <compute-threshold-calculator chip="nvidia-h20" layout="card" onctc-result={…} />.
svelteHTML.createElement('compute-threshold-calculator', { chip: 'nvidia-h20', layout: 'card', 'heading-level': 3, class: 'calculator', 'onctc-result': (e) => void e.detail.result.status });
svelteHTML.createElement('compute-threshold-calculator', { 'rule-set': 'bis-3a090-2023', 'on:ctc-change': (e) => void e.detail.spec.name });
// @ts-expect-error 'wide' is not a layout
svelteHTML.createElement('compute-threshold-calculator', { layout: 'wide' });
// @ts-expect-error ctc-result's detail has a result, not a spec
svelteHTML.createElement('compute-threshold-calculator', { 'onctc-result': (e) => e.detail.spec });
`;

const repo = fileURLToPath(new URL('..', import.meta.url));
const repoModules = join(repo, 'node_modules');
const tsc = join(repoModules, 'typescript', 'bin', 'tsc');
const LAYOUT = process.env.CHECK_TYPES_LAYOUT === 'hoisted' ? 'hoisted' : 'strict';
const failures = [];
const fail = (message) => { failures.push(message); console.log(`FAIL ${message}`); };

for (const built of ['dist/types/frameworks/react.d.ts', 'dist/react.js', 'dist/types/index.d.ts']) {
  if (!existsSync(join(repo, built))) {
    console.error(`check-types: ${built} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'ctc-check-types-'));
try {
  // 1. The tarball, as `npm publish` would send it.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`);

  // 2. A consumer project with the tarball installed: unpacked where npm puts it, its dependencies
  //    (and the consumers' React, its types and Vue) linked from this repository's node_modules.
  const app = join(work, 'app');
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  const installed = join(modules, 'compute-threshold-calculator');
  renameSync(join(work, 'package'), installed);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const svelte = process.env.CHECK_TYPES_SVELTE && resolve(process.env.CHECK_TYPES_SVELTE);
  const links = new Map();
  const link = (name, target = join(repoModules, name)) => {
    if (links.has(name)) return;
    if (!existsSync(join(target, 'package.json'))) throw new Error(`${name} is not installed at ${target}; run npm ci`);
    links.set(name, target);
    // npm hoists the dependencies of dependencies beside them (lit's lit-html, vue's @vue/*); a strict
    // layout (pnpm's) does not, and then only what the package declares is found.
    if (LAYOUT === 'strict') return;
    const { dependencies = {}, peerDependencies = {} } = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    const home = target.slice(0, target.length - name.length); // the node_modules it was installed in
    for (const dependency of [...Object.keys(dependencies), ...Object.keys(peerDependencies)]) {
      const found = [home, repoModules].map((dir) => join(dir, dependency)).find((dir) => existsSync(join(dir, 'package.json')));
      if (found) link(dependency, found);
    }
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) link(name);
  for (const name of ['react', '@types/react', 'vue']) link(name); // the consumers' own
  if (svelte) link('svelte', svelte);
  for (const [name, target] of links) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(target, join(modules, name), 'dir');
  }
  console.log(`installed into a consumer project (${LAYOUT} layout: ${links.size} packages linked from node_modules)`);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'compute-threshold-calculator': `file:../${packed.filename}` } }, null, 2));

  // 3. Every file the exports map names is in the tarball.
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (!existsSync(join(installed, file))) fail(`exports["${subpath}"] names ${file}, which is not in the package`);
    }
  }
  // Every event of the element is a prop of the React wrapper.
  const elements = JSON.parse(readFileSync(join(installed, manifest.customElements), 'utf8'));
  const wrapper = readFileSync(join(installed, 'dist/react.js'), 'utf8');
  for (const module of elements.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        if (!wrapper.includes(JSON.stringify(event.name))) fail(`the React wrapper does not map the event ${event.name}`);
      }
    }
  }

  // 4. The consumers.
  writeFileSync(join(app, 'react.tsx'), REACT);
  writeFileSync(join(app, 'react-untyped.tsx'), REACT_UNTYPED);
  writeFileSync(join(app, 'vue.ts'), VUE);
  writeFileSync(join(app, 'core.ts'), CORE);
  writeFileSync(join(app, 'svelte.ts'), SVELTE);
  const projects = { react: ['react.tsx'], vue: ['vue.ts'], core: ['core.ts'] };
  if (svelte) projects.svelte = ['node_modules/svelte/svelte-html.d.ts', 'svelte.ts']; // svelte-check loads svelte-html.d.ts itself
  else console.log('svelte: not installed, skipped (CHECK_TYPES_SVELTE=<path to the svelte package> checks it)');
  const RESOLUTIONS = { bundler: 'esnext', node16: 'node16', nodenext: 'nodenext' };

  const check = (name, files, resolution) => {
    const config = `tsconfig.${name}.${resolution}.json`;
    writeFileSync(join(app, config), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: RESOLUTIONS[resolution], moduleResolution: resolution, lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx', strict: true, skipLibCheck: false, noEmit: true, verbatimModuleSyntax: true, noUnusedLocals: true,
      },
      files,
    }, null, 2));
    const started = Date.now();
    const run = spawnSync(process.execPath, [tsc, '-p', config], { cwd: app, encoding: 'utf8' });
    return { output: `${run.stdout}${run.stderr}`.trim(), ok: run.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
  };

  for (const [name, files] of Object.entries(projects)) {
    for (const resolution of Object.keys(RESOLUTIONS)) {
      const { ok, output, seconds } = check(name, files, resolution);
      if (ok) console.log(`ok   ${name} under moduleResolution ${resolution}, skipLibCheck false (${seconds} s)`);
      else fail(`${name} under moduleResolution ${resolution}, skipLibCheck false:\n${output.replaceAll(app + '/', '')}`);
    }
  }

  // The control: without the types/react import the element is unknown to React's JSX.
  const control = check('react-untyped', ['react-untyped.tsx'], 'bundler');
  if (!control.ok && control.output.includes("Property 'compute-threshold-calculator' does not exist on type 'JSX.IntrinsicElements'")) {
    console.log(`ok   control: without compute-threshold-calculator/types/react, React's JSX does not know the element (${control.seconds} s)`);
  } else fail(`control: react-untyped.tsx should fail with TS2339 on JSX.IntrinsicElements, got:\n${control.output || 'no error'}`);
} finally {
  if (process.env.KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`check-types: ${failures.length} failed`);
  process.exit(1);
}
console.log('check-types: every consumer type-checks against the packed package');
