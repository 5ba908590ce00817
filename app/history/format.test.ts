import { describe, expect, it } from 'vitest';
import { formatAt, formatWhen, lineCount, previewOf, workloadSummary } from './format';

describe('formatWhen', () => {
  const now = Date.UTC(2025, 4, 14, 12, 0, 0);
  const minutes = (n: number) => now - n * 60_000;

  it('says "just now" for the last few seconds, then counts seconds, minutes, hours', () => {
    expect(formatWhen(now - 3_000, now, 'en', 'just now')).toBe('just now');
    expect(formatWhen(now - 42_000, now, 'en', '-')).toBe('42 seconds ago');
    expect(formatWhen(minutes(1), now, 'en', '-')).toBe('1 minute ago');
    expect(formatWhen(minutes(5.9), now, 'en', '-')).toBe('5 minutes ago');
    expect(formatWhen(minutes(180), now, 'en', '-')).toBe('3 hours ago');
  });

  it('speaks Chinese', () => {
    expect(formatWhen(minutes(5), now, 'zh-CN', '-')).toBe('5分钟前');
    expect(formatWhen(minutes(120), now, 'zh-CN', '-')).toBe('2小时前');
  });

  it('gives the date and time from a day on', () => {
    const at = minutes(60 * 24 * 3);
    expect(formatWhen(at, now, 'en', '-')).toBe(formatAt(at, 'en'));
    expect(formatAt(at, 'en')).toMatch(/May 11, 2025/);
    expect(formatAt(at, 'zh-CN')).toMatch(/2025年5月11日/);
  });

  it('reads a time ahead of the clock (another tab, a clock set back) as just now', () => {
    expect(formatWhen(now + 90_000, now, 'en', 'just now')).toBe('just now');
  });
});

describe('workloadSummary', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `Pod/p${i}`);

  it('shows every name when there are few', () => {
    expect(workloadSummary([])).toEqual({ shown: [], more: 0 });
    expect(workloadSummary(names(3))).toEqual({ shown: names(3), more: 0 });
  });

  it('shows the first few and counts the rest', () => {
    expect(workloadSummary(names(10))).toEqual({ shown: names(3), more: 7 });
    expect(workloadSummary(names(6), 2)).toEqual({ shown: names(2), more: 4 });
  });

  it('never says "+1 more": the one name fits in its place', () => {
    expect(workloadSummary(names(4))).toEqual({ shown: names(4), more: 0 });
  });
});

describe('lineCount', () => {
  it('counts lines as people do', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\r\nb\r\n')).toBe(2);
    expect(lineCount('\n\n')).toBe(2);
  });
});

describe('previewOf', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n');

  it('shows a short text whole', () => {
    const text = `${lines(12)}\n`;
    expect(previewOf(text)).toEqual({ head: text, shownLines: 12, totalLines: 12 });
  });

  it('shows the first lines of a long text and counts them all', () => {
    const p = previewOf(lines(1000), 200);
    expect(p.shownLines).toBe(200);
    expect(p.totalLines).toBe(1000);
    expect(p.head.split('\n').at(-1)).toBe('line 200');
    expect(p.head.split('\n')).toHaveLength(200);
  });

  it('shows exactly the limit whole, with or without a final line break', () => {
    expect(previewOf(lines(200), 200).head).toBe(lines(200));
    expect(previewOf(`${lines(200)}\n`, 200).shownLines).toBe(200);
  });

  it('cuts very long lines to a number of characters', () => {
    const text = `${'x'.repeat(100_000)}\nlast`;
    const p = previewOf(text, 200, 5_000);
    expect(p.head).toHaveLength(5_000);
    expect(p).toMatchObject({ shownLines: 1, totalLines: 2 });
  });
});
