// Reads the reports `npm test` wrote and prints one closing line, `N passed, N failed`
// (`, N skipped` when any). A report that is missing or unreadable counts as a failure:
// a runner that crashed did not pass. Usage: node scripts/ci-summary.mjs [npm-test-exit-code]
import { readFileSync } from 'node:fs';

const RESULTS = 'test-results';
const totals = { passed: 0, failed: 0, skipped: 0 };

/** @param {string} file */
function readReport(file) {
  try {
    return JSON.parse(readFileSync(`${RESULTS}/${file}`, 'utf8'));
  } catch {
    console.log(`ci: ${RESULTS}/${file} is missing or unreadable; counted as 1 failed`);
    totals.failed += 1;
    return undefined;
  }
}

/** @param {unknown} n */
const num = (n) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/** @param {string} name @param {{ passed: number, failed: number, skipped: number }} counts */
function add(name, counts) {
  console.log(
    `ci: ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

const checks = readReport('checks.json');
if (checks) {
  /** @type {{ name: string, passed: boolean }[]} */
  const list = Array.isArray(checks.checks) ? checks.checks : [];
  const passed = list.filter((c) => c.passed === true).length;
  add('checks', { passed, failed: list.length - passed, skipped: 0 });
}

const unit = readReport('unit.json');
if (unit) {
  // A test file that fails to load reports no failed test, only a failed file.
  /** @type {{ status?: string, assertionResults?: { status?: string, tags?: unknown }[] }[]} */
  const files = Array.isArray(unit.testResults) ? unit.testResults : [];
  const brokenFiles = files.filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
  let failed = num(unit.numFailedTests) + brokenFiles;
  // The runner says it failed (an unhandled error) though no test did: that is still a failure.
  if (unit.success === false && failed === 0) failed = 1;
  add('unit', {
    passed: num(unit.numPassedTests),
    failed,
    skipped: num(unit.numPendingTests) + num(unit.numTodoTests),
  });
  // Tests tagged `corpus` skip themselves when ../shared/corpus/public is absent: say so.
  /** @type {{ status?: string, tags?: unknown }[]} */
  const tests = files.flatMap((f) => f.assertionResults ?? []);
  const noCorpus = tests.filter(
    (t) => t.status === 'skipped' && Array.isArray(t.tags) && t.tags.includes('corpus'),
  ).length;
  if (noCorpus > 0)
    console.log(
      `ci: unit: ${noCorpus} of the skipped need ../shared/corpus/public, which is absent`,
    );
}

const e2e = readReport('e2e.json');
if (e2e) {
  const stats = e2e.stats ?? {};
  // Errors outside tests (the web server did not start, a spec did not compile).
  const errors = Array.isArray(e2e.errors) ? e2e.errors.length : 0;
  add('e2e', {
    passed: num(stats.expected),
    // Retries are off, so "flaky" cannot happen; if it does, a test failed once: count it.
    failed: num(stats.unexpected) + num(stats.flaky) + errors,
    skipped: num(stats.skipped),
  });
}

const npmTestExit = Number(process.argv[2] ?? 0);
if (npmTestExit !== 0 && totals.failed === 0) {
  console.log(
    `ci: npm test exited ${npmTestExit} with no failure in its reports; counted as 1 failed`,
  );
  totals.failed += 1;
}

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
