// The change review of a pull request (the script of action.yml): every manifest the pull request
// adds, changes, renames or deletes, compared with `podscope diff` against the merge base, the
// Markdown reviews written to the job summary. A deleted file's workloads read as removed, an
// added file's as added. Exit code: 2 when a file could not be compared, else 1 when a file
// brings a finding at or above --fail-on-new, else 0.
//
//   node scripts/diff-action.mjs --base <ref> [--head HEAD] [--paths '*.yaml *.yml']
//        [--fail-on-new error] [--lang en] [--cli dist/cli/podscope.mjs]
//
// Each option can also come from the environment (PODSCOPE_BASE, PODSCOPE_HEAD, PODSCOPE_PATHS,
// PODSCOPE_FAIL_ON_NEW, PODSCOPE_LANG, PODSCOPE_CLI), as action.yml passes them.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ status: 'added' | 'deleted' | 'modified' | 'renamed', a?: string, b?: string }} ChangedFile
 * @typedef {{ file: ChangedFile, code: number, markdown: string, error?: string }} FileReview
 * @typedef {{
 *   cwd: string,
 *   base: string,
 *   head?: string,
 *   paths?: string[],
 *   failOnNew?: string,
 *   lang?: string,
 *   cli: string[],
 * }} ReviewOptions
 */

/** Runs git in `cwd` and returns its output (throws when git fails). */
function git(/** @type {string} */ cwd, /** @type {string[]} */ args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The commit the pull request branched from: the merge base, or `base` itself without one. */
export function mergeBase(/** @type {string} */ cwd, /** @type {string} */ base, head = 'HEAD') {
  try {
    return git(cwd, ['merge-base', base, head]).trim();
  } catch {
    // A shallow clone may lack the common history; the base itself is the next best thing.
    return git(cwd, ['rev-parse', '--verify', `${base}^{commit}`]).trim();
  }
}

/** The files matching `paths` that differ between `from` and `head`, renames paired. */
export function changedFiles(
  /** @type {string} */ cwd,
  /** @type {string} */ from,
  /** @type {string} */ head,
  /** @type {string[]} */ paths,
) {
  const out = git(cwd, [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-color',
    from,
    head,
    '--',
    ...paths,
  ]);
  const fields = out.split('\0').filter((f) => f !== '');
  /** @type {ChangedFile[]} */
  const files = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++];
    if (status.startsWith('R')) files.push({ status: 'renamed', a: fields[i++], b: fields[i++] });
    else if (status.startsWith('C')) {
      // A copy leaves its source as it was: what is new is the copy.
      files.push({ status: 'added', b: fields[i + 1] });
      i += 2;
    } else if (status === 'A') files.push({ status: 'added', b: fields[i++] });
    else if (status === 'D') files.push({ status: 'deleted', a: fields[i++] });
    else {
      const path = fields[i++];
      files.push({ status: 'modified', a: path, b: path });
    }
  }
  return files;
}

/** Compares every changed manifest and gathers the reviews. */
export function reviewChanges(/** @type {ReviewOptions} */ options) {
  const head = options.head ?? 'HEAD';
  const from = mergeBase(options.cwd, options.base, head);
  const files = changedFiles(options.cwd, from, head, options.paths ?? ['*.yaml', '*.yml']);
  const work = mkdtempSync(join(tmpdir(), 'podscope-review-'));
  try {
    return files.map((file, i) =>
      reviewFile(options, file, { from, head, work: join(work, String(i)) }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * One file: both versions written under `a/` and `b/` (an empty file for the side that does not
 * exist), so the review names them as git does, then `podscope diff` on them.
 * @param {ReviewOptions} options
 * @param {ChangedFile} file
 * @param {{ from: string, head: string, work: string }} where
 * @returns {FileReview}
 */
function reviewFile(options, file, where) {
  const name = file.b ?? file.a ?? '';
  const a = join('a', file.a ?? name);
  const b = join('b', file.b ?? name);
  const show = (/** @type {string} */ commit, /** @type {string | undefined} */ path) =>
    path === undefined
      ? Buffer.alloc(0)
      : execFileSync('git', ['show', `${commit}:${path}`], {
          cwd: options.cwd,
          maxBuffer: 256 * 1024 * 1024,
        });
  for (const [rel, bytes] of [
    [a, show(where.from, file.a)],
    [b, show(where.head, file.b)],
  ]) {
    const path = join(where.work, /** @type {string} */ (rel));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  const [command, ...prefix] = options.cli;
  const run = spawnSync(
    command,
    [
      ...prefix,
      'diff',
      a,
      b,
      '--format',
      'markdown',
      '--fail-on-new',
      options.failOnNew ?? 'error',
      '--lang',
      options.lang ?? 'en',
    ],
    { cwd: where.work, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const code = run.status ?? 2;
  if (code !== 0 && code !== 1) {
    const error = (run.stderr || run.error?.message || `exit ${code}`).trim();
    return { file, code: 2, markdown: `### ${name}\n\n\`\`\`\n${error}\n\`\`\`\n`, error };
  }
  return { file, code, markdown: run.stdout };
}

/** The job summary: one review per file, or a line saying there was nothing to review. */
export function summaryOf(/** @type {FileReview[]} */ reviews) {
  if (reviews.length === 0) return 'podscope: this change touches no Kubernetes manifest.\n';
  const notes = {
    added: 'added by this change',
    deleted: 'deleted by this change',
    renamed: 'renamed',
    modified: '',
  };
  return reviews
    .map((r) => {
      const note = notes[r.file.status];
      const renamed = r.file.status === 'renamed' ? ` from \`${r.file.a}\`` : '';
      const head = note ? `> \`${r.file.b ?? r.file.a}\`: ${note}${renamed}\n\n` : '';
      return head + r.markdown;
    })
    .join('\n---\n\n');
}

/** The exit code of the whole review: 2 if a file failed, else 1 if one tripped, else 0. */
export function exitCodeOf(/** @type {FileReview[]} */ reviews) {
  if (reviews.some((r) => r.code === 2)) return 2;
  return reviews.some((r) => r.code === 1) ? 1 : 0;
}

/** @param {string[]} argv */
function options(argv) {
  /** @type {Record<string, string>} */
  const given = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, value] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], argv[++i]];
    given[name.replace(/^--/, '')] = value;
  }
  const env = (/** @type {string} */ key) => process.env[`PODSCOPE_${key}`] || undefined;
  const base = given.base ?? env('BASE');
  if (!base)
    throw new Error('--base (or PODSCOPE_BASE) must name the branch or commit to compare with');
  const here = dirname(fileURLToPath(import.meta.url));
  const cli = given.cli ?? env('CLI') ?? join(here, '..', 'dist', 'cli', 'podscope.mjs');
  return {
    cwd: process.cwd(),
    base,
    head: given.head ?? env('HEAD') ?? 'HEAD',
    paths: (given.paths ?? env('PATHS') ?? '*.yaml *.yml').split(/\s+/).filter(Boolean),
    failOnNew: given['fail-on-new'] ?? env('FAIL_ON_NEW') ?? 'error',
    lang: given.lang ?? env('LANG') ?? 'en',
    cli: [process.execPath, resolve(cli)],
  };
}

function main() {
  const reviews = reviewChanges(options(process.argv.slice(2)));
  const summary = summaryOf(reviews);
  process.stdout.write(summary);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
  for (const r of reviews)
    if (r.error) process.stderr.write(`podscope: ${r.file.b ?? r.file.a}: ${r.error}\n`);
  process.exitCode = exitCodeOf(reviews);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`podscope: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
