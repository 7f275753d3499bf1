import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * One config, five builds, chosen by --mode:
 * - lib: ES modules for npm, with lit, decimal.js and React (for the wrapper) left external;
 * - embed: one minified, self-registering module with everything bundled (its later parts as chunks);
 * - frame: the iframe page (frame.html, with its CSP's hashes filled in; an oEmbed template) and its
 *   script, one classic script with every chunk inlined: a sandboxed frame (opaque origin) fetches
 *   module scripts and import() in CORS mode, which hosts do not answer, but classic scripts without;
 * - demo: index.html as a static site in dist/demo;
 * - serve (`npm start`): the demo page on a dev server.
 */
/**
 * Emits the iframe page from its template with the SHA-256 hashes of its inline <script> and <style> in
 * place of `{script-hashes}` and `{style-hashes}` in its Content-Security-Policy.
 */
function framePage(template: string): Plugin {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const hashes = (html: string, tag: string) => [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))]
    .map((m) => hash(m[1]!)).join(' ');
  return {
    name: 'ctc-frame-page',
    apply: 'build',
    generateBundle() {
      const html = readFileSync(template, 'utf8');
      const filled = html.replace('{script-hashes}', hashes(html, 'script')).replace('{style-hashes}', hashes(html, 'style'));
      if (/\{(script|style)-hashes\}/.test(filled) || !/script-src 'sha256-[^;]*; style-src 'sha256-/.test(filled)) throw new Error('frame.html: its CSP hashes were not filled in');
      this.emitFile({ type: 'asset', fileName: 'frame.html', source: filled });
    },
  };
}

/**
 * The data files (rule sets, the catalog, the country groups) as `JSON.parse` of a string: a browser
 * parses JSON faster than the same object as JavaScript, and these are most of the first file's text.
 * Each top-level key is also a named export, as with Vite's own JSON plugin, parsed on its own and
 * marked pure: a module that imports only some keys by name (src/core/countries.ts) leaves the rest
 * of the file out. The whole file stays one string rather than an object of those keys, which would
 * cost every file imported whole its keys' names twice; so import a file whole or by keys, not both,
 * or the bundle carries its text twice.
 */
function dataAsJsonText(): Plugin {
  const parsed = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  const isExportName = (key: string) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default';
  return {
    name: 'ctc-data-as-json-text',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/data\/[^?]*\.json$/.test(id)) return null;
      const data: unknown = JSON.parse(code);
      const whole = `export default ${parsed(data)};`;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return { code: whole, moduleType: 'js' };
      // Local names of their own, as a key may be a reserved word (`extends`), which an export's name may be.
      const keys = Object.entries(data).filter(([key]) => isExportName(key));
      const declarations = keys.map(([, value], i) => `const _${i} = ${parsed(value)};`);
      const names = keys.map(([key], i) => `_${i} as ${key}`);
      return { code: [whole, ...declarations, `export { ${names.join(', ')} };`].join('\n'), moduleType: 'js' };
    },
  };
}

/**
 * Gathers the modules an entry imports statically, transitively: what runs before the widget's
 * first verdict. What only the working, the views, the other languages and the other rule sets
 * import (with import()) is left to their own chunks.
 */
function staticClosure(modules: Set<string>): Plugin {
  return {
    name: 'ctc-static-closure',
    buildEnd() {
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (modules.has(id)) continue;
        modules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'lib') {
    return {
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        lib: {
          entry: {
            index: resolve(import.meta.dirname, 'src/index.ts'),
            define: resolve(import.meta.dirname, 'src/define.ts'),
            core: resolve(import.meta.dirname, 'src/core/index.ts'),
            catalog: resolve(import.meta.dirname, 'src/catalog.ts'),
            react: resolve(import.meta.dirname, 'src/react.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, 'decimal.js', /^react($|\/)/],
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'embed') {
    const firstVerdict = new Set<string>();
    return {
      plugins: [dataAsJsonText(), staticClosure(firstVerdict)],
      publicDir: false,
      build: {
        target: 'es2022',
        outDir: 'dist/embed',
        emptyOutDir: false,
        lib: {
          entry: { 'compute-threshold-calculator': resolve(import.meta.dirname, 'src/define.ts') },
          formats: ['es'],
        },
        rolldownOptions: {
          output: {
            // Library mode keeps whitespace unless told: minified, the bundle is about 30% smaller.
            minify: true,
            // Pure marks (the data's parses, Lit's) matter only to a bundler, and nothing bundles this file again.
            comments: { annotation: false },
            entryFileNames: '[name].js',
            // What the first verdict needs arrives as one file beside the entry, not as a dozen
            // shared chunks fetched one after another; what unfolds later keeps its own chunks.
            // The entry stays a stub that imports that file, though merging them would save a
            // request: pages load the entry with a query (WordPress adds ?ver=…), and chunks
            // importing the entry by its bare name would then run a second copy of every module.
            codeSplitting: { groups: [{ name: 'calculator', test: (id: string) => firstVerdict.has(id) }] },
          },
        },
      },
    };
  }
  if (mode === 'frame') {
    return {
      plugins: [dataAsJsonText(), framePage(resolve(import.meta.dirname, 'src/embed/frame.html'))],
      publicDir: resolve(import.meta.dirname, 'src/embed/public'),
      build: {
        target: 'es2022',
        outDir: 'dist/embed',
        emptyOutDir: false,
        lib: {
          entry: { frame: resolve(import.meta.dirname, 'src/embed/frame.ts') },
          formats: ['iife'],
          name: 'ctcFrame',
        },
        rolldownOptions: {
          // No chunks: what the working and the views load with import() is inlined, as an opaque-origin
          // document could not fetch it.
          output: { minify: true, entryFileNames: '[name].js', codeSplitting: false },
        },
      },
    };
  }
  return {
    base: './',
    build: { target: 'es2022', outDir: 'dist/demo', emptyOutDir: false },
    server: { host: '127.0.0.1' },
  };
});
