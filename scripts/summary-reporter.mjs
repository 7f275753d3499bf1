// Prints the closing line CI reads, "N passed, N failed", counting every test of every file;
// a file that failed to load counts as one failure.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (!session.testResults || (session.errors ?? []).length > 0) totals.failed += 1;
        count(session.testResults, totals);
      }
      process.on('exit', () => {
        const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
