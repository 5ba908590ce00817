import { describe, expect, it } from 'vitest';
import { Echoes } from './echoes';

describe('Echoes', () => {
  it('recognises the latest text and a late one, in order', () => {
    const echoes = new Echoes();
    echoes.sent('a');
    echoes.sent('ab');
    echoes.sent('abc');
    // The page renders "ab" after the user already typed "c": a late echo, not a new text.
    expect(echoes.take('ab')).toBe(true);
    // "a" came before "ab", so it was handed back with it: seeing it now is something new.
    expect(echoes.take('a')).toBe(false);
    expect(echoes.take('abc')).toBe(true);
    expect(echoes.take('abc')).toBe(false);
  });

  it('does not take a text it never sent', () => {
    const echoes = new Echoes();
    echoes.sent('kind: Pod');
    expect(echoes.take('kind: Deployment')).toBe(false);
    expect(echoes.take('kind: Pod')).toBe(true);
  });

  it('matches the most recent of equal texts (typing then deleting)', () => {
    const echoes = new Echoes();
    echoes.sent('a');
    echoes.sent('ab');
    echoes.sent('a');
    expect(echoes.take('a')).toBe(true);
    expect(echoes.take('ab')).toBe(false);
  });

  it('forgets everything on clear, and keeps only the most recent texts', () => {
    const echoes = new Echoes();
    echoes.sent('x');
    echoes.clear();
    expect(echoes.take('x')).toBe(false);
    for (let i = 0; i < 40; i++) echoes.sent(String(i));
    expect(echoes.take('0')).toBe(false);
    expect(echoes.take('8')).toBe(true);
    expect(echoes.take('39')).toBe(true);
  });
});
