import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  // Two test files at a time, one per core here; the suite also passes with another CPU-heavy job running
  // (../shared/tools/under-load npm test), as no test bounds a time: tests wait for what they check.
  concurrency: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // Only a hang's limit: a test's polls give up after 20 s with their own message (test/components/helpers.ts).
  testFramework: { config: { timeout: 30000 } },
  // The framework first, so that test/setup.ts finds mocha's root suite and hooks every test in it;
  // one module, so that both are evaluated before the framework loads the test file.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script type="module">
      import '${testFramework}';
      import '/test/setup.ts';
    </script>
  </body>
</html>`,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  coverageConfig: {
    include: ['src/core/**/*.ts'],
    threshold: { lines: 95, statements: 95, functions: 90, branches: 85 },
    reportDir: 'coverage',
  },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
