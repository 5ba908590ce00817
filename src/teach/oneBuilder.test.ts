// Command lines come from one builder: kubectl.ts for kubectl's own verbs, probes.ts for every
// program run inside the pod, so each one states the tool it needs and the images that ship it.
// A lesson that spells out `kubectl …` or calls exec/debug itself would bypass both.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const RULES = new URL('../rules/', import.meta.url);
const TOPICS = new URL('../../app/teach/topics/', import.meta.url);

const lessonFiles = (): [string, string][] => [
  ...readdirSync(RULES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d): [string, URL] => [
      `src/rules/${d.name}/teach.ts`,
      new URL(`${d.name}/teach.ts`, RULES),
    ])
    .filter(([, url]) => {
      try {
        readFileSync(url);
        return true;
      } catch {
        return false;
      }
    })
    .map(([name, url]): [string, string] => [name, readFileSync(url, 'utf8')]),
  ...readdirSync(TOPICS)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f): [string, string] => [
      `app/teach/topics/${f}`,
      readFileSync(new URL(f, TOPICS), 'utf8'),
    ]),
];

/** Why a lesson's source builds a command line of its own, if it does. */
export function ownCommandLines(source: string): string[] {
  const found: string[] = [];
  const fromKubectl = source.match(/import\s*\{([^}]*)\}\s*from\s*'[^']*teach\/kubectl'/);
  const names = fromKubectl?.[1]?.split(',').map((n) => n.trim()) ?? [];
  for (const n of ['exec', 'debug'])
    if (names.includes(n)) found.push(`imports ${n} from kubectl.ts`);
  if (/[`'"]kubectl [a-z]/.test(source)) found.push('spells out a kubectl command line');
  return found;
}

describe('command lines', () => {
  const files = lessonFiles();

  it('are found in every lesson file', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s takes its command lines from the builder', (_, source) => {
    expect(ownCommandLines(source)).toEqual([]);
  });

  it('are caught when a lesson builds its own', () => {
    expect(ownCommandLines("import { exec, podField } from '../../teach/kubectl';")).toEqual([
      'imports exec from kubectl.ts',
    ]);
    expect(ownCommandLines('cmd(label, `kubectl get nodes -o wide`)')).toEqual([
      'spells out a kubectl command line',
    ]);
    expect(ownCommandLines("import { podField } from '../../teach/kubectl';")).toEqual([]);
  });
});
