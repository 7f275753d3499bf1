/**
 * Loaded with the test framework into every test file's page (web-test-runner.config.js): fails a
 * test during which an uncaught error, an unhandled rejection or a console.error happened, or
 * anything was requested from outside the test server's origin. The widget is embedded in other
 * people's pages, where any of these would be a bug that its tests must not pass over.
 *
 * A test that provokes a console error on purpose says so with `expectConsoleError(pattern)`.
 */

const uncaught: string[] = [];
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];
let expectedConsoleErrors: RegExp[] = [];

function inWords(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// Without `capture`, a window listener hears thrown errors, not elements' failed loads (those are requests, checked below).
window.addEventListener('error', (event) => uncaught.push(`Uncaught error: ${event.error === undefined ? event.message : inWords(event.error)}`));
window.addEventListener('unhandledrejection', (event) => uncaught.push(`Unhandled rejection: ${inWords(event.reason)}`));

const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = args.map(inWords).join(' ');
  consoleErrors.push(text);
  // An error the test expects is not news in the test run's log.
  if (!expectedConsoleErrors.some((pattern) => pattern.test(text))) consoleError(...args);
};

function collect(entries: PerformanceEntryList) {
  for (const { name } of entries) {
    if (new URL(name, window.location.href).origin !== window.location.origin) foreignRequests.push(name);
  }
}
// An observer hears every request, also after the resource timing buffer is full; `buffered` adds those made before it.
const requests = new PerformanceObserver((list) => collect(list.getEntries()));
requests.observe({ type: 'resource', buffered: true });

/**
 * The current test provokes a console error matching `pattern` on purpose: it is not counted as a
 * problem, and the test fails if no such error happens. Holds for this one test only.
 */
export function expectConsoleError(pattern: RegExp): void {
  expectedConsoleErrors.push(pattern);
}

/** What went wrong since the last call, in words; clears it. */
function takeProblems(): string[] {
  collect(requests.takeRecords());
  const expected = expectedConsoleErrors;
  expectedConsoleErrors = [];
  const errors = consoleErrors.splice(0);
  return [
    ...uncaught.splice(0),
    ...errors.filter((text) => !expected.some((pattern) => pattern.test(text))).map((text) => `console.error: ${text}`),
    ...expected.filter((pattern) => !errors.some((text) => pattern.test(text))).map((pattern) => `No console error matched ${pattern}, though the test expected one`),
    ...foreignRequests.splice(0).map((url) => `Requested from outside the test server's origin: ${url}`),
  ];
}

mocha.suite.afterEach('no uncaught error, console error or foreign request', function check() {
  const problems = takeProblems();
  // An error given to the hook fails the test itself, and the file's other tests still run.
  if (problems.length) (this.test as Mocha.Hook).error(new Error(problems.join('\n')));
});

mocha.suite.afterAll('nothing went wrong after the last test', () => {
  const problems = takeProblems();
  if (problems.length) throw new Error(problems.join('\n'));
});
