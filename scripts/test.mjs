// `npm test`: every check the project has, in one run. All steps run even when one fails,
// so one broken area does not hide the state of the others.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const RESULTS = 'test-results';

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {boolean} true when the command exited 0
 */
function run(command, args) {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

// Stale reports from an earlier run must not be read as this run's results.
for (const file of ['checks.json', 'unit.json', 'e2e.json'])
  rmSync(`${RESULTS}/${file}`, { force: true });
mkdirSync(RESULTS, { recursive: true });

const browser = run('node', ['scripts/ensure-browser.mjs']);

/** @type {{ name: string, passed: boolean }[]} */
const checks = [
  { name: 'typecheck', passed: run('npm', ['run', '--silent', 'typecheck']) },
  { name: 'lint', passed: run('npm', ['run', '--silent', 'lint']) },
  { name: 'format', passed: run('npm', ['run', '--silent', 'format:check']) },
];
writeFileSync(`${RESULTS}/checks.json`, `${JSON.stringify({ checks }, null, 2)}\n`);

const unit = run('npx', [
  'vitest',
  'run',
  '--passWithNoTests',
  '--reporter=default',
  // Says how many tests were skipped because ../shared/corpus/public is absent, and why.
  '--reporter=./src/testing/corpusReporter.ts',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/unit.json`,
]);

// Without a browser Playwright cannot start; its missing report then counts as a failure.
const e2e = browser && run('npx', ['playwright', 'test']);

const steps = [
  { name: 'browser', passed: browser },
  ...checks,
  { name: 'unit', passed: unit },
  { name: 'e2e', passed: e2e },
];
const failed = steps.filter((s) => !s.passed).map((s) => s.name);
console.log(
  failed.length === 0 ? '\nnpm test: all steps passed' : `\nnpm test: failed: ${failed.join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
