import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { noImportCycle } from './no-import-cycle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'scripts/lint/fixtures';
const RULE = 'podscope/no-import-cycle';

interface Problem {
  file: string;
  line: number;
  message: string;
}

async function problems(eslint: ESLint, dir: string): Promise<Problem[]> {
  const results = await eslint.lintFiles([`${FIXTURES}/${dir}`]);
  return results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === RULE)
      .map((m) => ({ file: relative(ROOT, r.filePath), line: m.line, message: m.message })),
  );
}

// The repository's own config, fixtures included (they are ignored by `npm run lint`).
const repoLint = new ESLint({ cwd: ROOT, ignore: false });

/** The rule alone, with `allow` as given. */
function ruleLint(allow: { from: string; to: string; why: string }[]): ESLint {
  const config: Linter.Config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { podscope: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { [RULE]: ['error', { root: ROOT, allow }] },
  };
  return new ESLint({ cwd: ROOT, ignore: false, overrideConfigFile: true, overrideConfig: config });
}

// The first lint builds the TypeScript program the repository's type-aware rules need: seconds
// on a quiet machine, many times that on a busy one.
describe('no-import-cycle', { timeout: 300_000 }, () => {
  it('rejects a cycle that runs through a type-only import, in both files', async () => {
    const found = await problems(repoLint, 'type-cycle');
    const name = `${FIXTURES}/type-cycle/name.ts`;
    const greet = `${FIXTURES}/type-cycle/greet.ts`;
    expect(found.map((p) => [p.file, p.line])).toEqual([
      [greet, 2],
      [name, 2],
    ]);
    expect(found[0].message).toContain(`Import cycle: ${greet} → ${name} → ${greet}.`);
    expect(found[1].message).toContain(`Import cycle: ${name} → ${greet} → ${name}.`);
  });

  it('rejects a cycle closed by a dynamic import()', async () => {
    const found = await problems(repoLint, 'lazy-cycle');
    expect(found.map((p) => [p.file, p.line])).toEqual([
      [`${FIXTURES}/lazy-cycle/loader.ts`, 2],
      [`${FIXTURES}/lazy-cycle/page.ts`, 2],
    ]);
  });

  it('accepts imports that go one way, static, type-only and dynamic alike', async () => {
    expect(await problems(repoLint, 'one-way')).toEqual([]);
  });

  it('does not follow an allowed import, and says when an allowed import is gone', async () => {
    const allowed = ruleLint([
      {
        from: `${FIXTURES}/type-cycle/greet.ts`,
        to: `${FIXTURES}/type-cycle/name.ts`,
        why: 'test',
      },
    ]);
    expect(await problems(allowed, 'type-cycle')).toEqual([]);

    const stale = ruleLint([
      { from: `${FIXTURES}/one-way/name.ts`, to: `${FIXTURES}/one-way/greet.ts`, why: 'test' },
    ]);
    const gone = await problems(stale, 'one-way');
    expect(gone.map((p) => p.file)).toEqual([`${FIXTURES}/one-way/name.ts`]);
    expect(gone[0].message).toContain(
      `The allowed import ${FIXTURES}/one-way/name.ts → ${FIXTURES}/one-way/greet.ts is gone`,
    );
  });

  it('allows no cycle anywhere in the repository', async () => {
    const config = (await repoLint.calculateConfigForFile('app/main.tsx')) as Linter.Config;
    const [severity, options] = config.rules?.[RULE] as [unknown, { allow?: unknown[] }];
    expect(severity).toBe(2);
    expect(options.allow ?? []).toEqual([]);
  });
});
