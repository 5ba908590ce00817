// The lifecycle words are loaded with the timeline's code, not with the page (EN and ZH_CN do not
// hold them), so completeness.test.ts does not see them: the same checks, here.
import { describe, expect, it } from 'vitest';
import { lifecycle as en } from '../en/lifecycle';
import { untranslatedWords } from '../terms';
import { lifecycle as zh } from './lifecycle';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path: string): Leaf[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [{ path, value }];
}

// Builders called with plausible values: a name, counts.
function outputs(fn: (...args: unknown[]) => unknown): string[] {
  const args =
    fn.length === 1
      ? [[3], ['web']]
      : [
          [2, 5],
          ['web', 'app'],
        ];
  return args.map((a) => String(fn(...a))).filter((s) => !s.includes('undefined'));
}

describe('the lifecycle texts', () => {
  const english = leaves(en, 'lifecycle');
  const chinese = leaves(zh, 'lifecycle');

  it('have exactly the English keys in Chinese, with a builder wherever English has one', () => {
    const byPath = new Map(chinese.map((l) => [l.path, l.value]));
    expect([...byPath.keys()].sort()).toEqual(english.map((l) => l.path).sort());
    for (const l of english) expect(typeof byPath.get(l.path), l.path).toBe(typeof l.value);
  });

  it('leave nothing empty and translate every string', () => {
    const englishByPath = new Map(english.map((l) => [l.path, l.value]));
    for (const l of chinese) {
      if (typeof l.value !== 'string') continue;
      expect(l.value.trim(), l.path).not.toBe('');
      expect(l.value, l.path).not.toBe(englishByPath.get(l.path));
      expect(untranslatedWords(l.value), l.path).toEqual([]);
    }
  });

  it('build Chinese sentences without English words', () => {
    for (const l of chinese) {
      if (typeof l.value !== 'function') continue;
      for (const said of outputs(l.value as (...args: unknown[]) => unknown))
        expect(
          untranslatedWords(said.replace(/\b(?:web|app)\b/g, ' ')),
          `${l.path}: ${said}`,
        ).toEqual([]);
    }
  });
});
