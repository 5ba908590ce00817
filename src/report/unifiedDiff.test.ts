import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unifiedDiff';

// Applies a unified diff the way `patch` does, hunk by hunk at the lines it names.
function applyDiff(before: string, diff: string): string {
  const old = before.split('\n');
  if (before.endsWith('\n')) old.pop();
  const oldNoBreak = !before.endsWith('\n') && before !== '';
  const out: { text: string; noBreak: boolean }[] = [];
  const copy = (i: number) =>
    out.push({ text: old[i], noBreak: oldNoBreak && i === old.length - 1 });
  const d = diff.split('\n');
  d.pop();
  let next = 0;
  let i = 2;
  while (i < d.length) {
    const m = /^@@ -(\d+)(?:,(\d+))? /.exec(d[i++]);
    if (!m) throw new Error(`not a hunk header: ${d[i - 1]}`);
    const start = m[2] === '0' ? Number(m[1]) : Number(m[1]) - 1;
    while (next < start) copy(next++);
    let last = '';
    for (; i < d.length && !d[i].startsWith('@@'); i++) {
      const l = d[i];
      if (l.startsWith('\\')) {
        if (last !== '-') out[out.length - 1].noBreak = true;
        continue;
      }
      last = l[0];
      if (l[0] === ' ') {
        out.push({ text: old[next++], noBreak: false });
      } else if (l[0] === '-') next++;
      else out.push({ text: l.slice(1), noBreak: false });
    }
  }
  while (next < old.length) copy(next++);
  const text = out.map((l) => l.text).join('\n');
  return out.length === 0 || out[out.length - 1].noBreak ? text : text + '\n';
}

const numbered = (n: number): string =>
  Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a\n', 'a\n', 'x.yaml')).toBe('');
  });

  it('prints an insertion with three lines of context, as diff -u does', () => {
    const before = numbered(10);
    const after = before.replace('line 5\n', 'line 5\nnew\n');
    expect(unifiedDiff(before, after, 'pod.yaml')).toBe(
      [
        '--- a/pod.yaml',
        '+++ b/pod.yaml',
        '@@ -3,6 +3,7 @@',
        ' line 3',
        ' line 4',
        ' line 5',
        '+new',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  it('keeps changes far apart in hunks of their own, and close ones in one', () => {
    const before = numbered(40);
    const far = before.replace('line 3\n', 'line 3\nA\n').replace('line 30\n', 'B\n');
    expect(unifiedDiff(before, far, 'f').match(/^@@/gm)).toHaveLength(2);
    const near = before.replace('line 3\n', 'line 3\nA\n').replace('line 8\n', 'B\n');
    expect(unifiedDiff(before, near, 'f').match(/^@@/gm)).toHaveLength(1);
  });

  it('turns the old text into the new one when applied', () => {
    const before = numbered(25);
    const cases = [
      before.replace('line 1\n', ''),
      before + 'tail\n',
      before.replace('line 12\n', 'twelve\n').replace('line 20\n', ''),
      before.slice(0, -1),
      before.slice(0, -1) + '\nmore',
      'prefix\n' + before.replace('line 25\n', 'last\n'),
    ];
    for (const after of cases)
      expect(applyDiff(before, unifiedDiff(before, after, 'f'))).toBe(after);
  });

  it('marks a last line that has no line break', () => {
    const diff = unifiedDiff('a\nb', 'a\nb\nc', 'f');
    expect(diff).toBe(
      '--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n\\ No newline at end of file\n',
    );
  });
});
