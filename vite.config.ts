import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, four builds, chosen by --mode:
 * - lib: ES modules for npm, with lit and decimal.js left external;
 * - embed: one minified, self-registering module with everything bundled, and the iframe page;
 * - demo: index.html as a static site in dist/demo;
 * - serve (`npm start`): the demo page on a dev server.
 */
/** The code of the widget and its engine, and what of it only the unfolded working and the views use. */
const FIRST_VERDICT = /\/(src|node_modules)\//;
const LATER = /\/src\/(embed\/|components\/(working|views)\/|components\/controls\/data-table|core\/(evaluate|boundary|explain\/en|explain\/steps)\.ts|i18n\/[^/]+\/working)/;

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
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, 'decimal.js'],
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'embed') {
    return {
      publicDir: resolve(import.meta.dirname, 'src/embed/public'),
      build: {
        target: 'es2022',
        outDir: 'dist/embed',
        emptyOutDir: false,
        lib: {
          entry: {
            'compute-threshold-calculator': resolve(import.meta.dirname, 'src/define.ts'),
            frame: resolve(import.meta.dirname, 'src/embed/frame.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          output: {
            // Library mode keeps whitespace unless told: minified, the bundle is about 30% smaller.
            minify: true,
            entryFileNames: '[name].js',
            // What the first verdict needs arrives as one file beside the entry, not as a dozen
            // shared chunks fetched one after another; what unfolds later keeps its own chunks.
            codeSplitting: { groups: [{ name: 'calculator', test: (id: string) => FIRST_VERDICT.test(id) && !LATER.test(id) }] },
          },
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
