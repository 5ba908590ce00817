import { describe, expect, it } from 'vitest';
import { shortenMiddle, textWidth, wrappedLines } from './text';

describe('textWidth', () => {
  it('counts Latin letters at 0.6 em and CJK characters at a full em', () => {
    expect(textWidth('abcde', 10)).toBe(30);
    expect(textWidth('共享卷', 10)).toBe(30);
    expect(textWidth('', 14)).toBe(0);
  });
});

describe('wrappedLines', () => {
  it('counts the lines a long name breaks onto', () => {
    expect(wrappedLines('short', 10, 100)).toBe(1);
    expect(wrappedLines('x'.repeat(50), 10, 100)).toBe(3);
  });
});

describe('shortenMiddle', () => {
  it('leaves text that fits alone', () => {
    expect(shortenMiddle('/data', 14, 200)).toBe('/data');
  });

  it('keeps the start and the end of a long path, with an ellipsis between', () => {
    const path = '/var/run/secrets/kubernetes.io/serviceaccount';
    const short = shortenMiddle(path, 14, 200);
    expect(short).toContain('…');
    expect(path.startsWith(short.split('…')[0])).toBe(true);
    expect(path.endsWith(short.split('…')[1])).toBe(true);
    expect(short.split('…')[1]).toContain('account');
    expect(textWidth(short, 14)).toBeLessThanOrEqual(200);
  });

  it('fits a huge name without walking it character by character', () => {
    const short = shortenMiddle('n'.repeat(100_000), 14, 150);
    expect(textWidth(short, 14)).toBeLessThanOrEqual(150);
    expect(short.length).toBeLessThan(30);
  });

  it('fits wide characters too', () => {
    const short = shortenMiddle('共享内存卷'.repeat(10), 14, 140);
    expect(textWidth(short, 14)).toBeLessThanOrEqual(140);
  });
});
