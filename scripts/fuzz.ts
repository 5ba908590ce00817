// `npm run fuzz`: thousands of mutated real manifests through the engine. Fails (exit 1) with the
// smallest counterexample when an input makes it throw, report a position outside the text, or
// read a valid input differently in pieces than in one go.
// Options: --runs N (default 5000), --seed S (to replay a failure).
import fc from 'fast-check';
import { corpusFiles } from '../src/testing/corpus';
import { invariantProblems } from '../src/testing/invariants';
import { mutate, mutation } from '../src/testing/mutate';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const runs = option('--runs', 5000);
const seed = option('--seed', Date.now() % 2 ** 31);
const texts = corpusFiles().map(([, text]) => text);
const started = performance.now();
let checked = 0;
const details = fc.check(
  fc.property(
    fc.constantFrom(...texts),
    fc.array(mutation, { minLength: 1, maxLength: 10 }),
    (text, ms) => {
      checked += 1;
      const problems = invariantProblems(mutate(text, ms));
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  ),
  { numRuns: runs, seed },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (details.failed) {
  console.error(fc.defaultReportMessage(details));
  process.exit(1);
}
console.log(
  JSON.stringify({
    fuzz: { corpusFiles: texts.length, cases: checked, seed, seconds, failures: 0 },
  }),
);
