import { describe, expect, it } from 'vitest';
import { analyze } from './analysis/analyze';
import { formatMessage, QUOTE_LIMIT } from './messages';

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(
      formatMessage('container {container} uses {port}; {other}', { container: 'app', port: 80 }),
    ).toBe('container app uses 80; {other}');
  });

  it('quotes a value up to the limit as it is', () => {
    const name = 'a'.repeat(QUOTE_LIMIT);
    expect(formatMessage('container {c}', { c: name })).toBe(`container ${name}`);
  });

  it('shortens a longer value to the limit, ending in an ellipsis', () => {
    const message = formatMessage('container {c} has no limit', { c: 'x'.repeat(100_000) });
    expect(message).toBe(`container ${'x'.repeat(QUOTE_LIMIT - 1)}… has no limit`);
  });

  it('never shortens an explanation', () => {
    const detail = 'y'.repeat(QUOTE_LIMIT * 2);
    expect(formatMessage('refused: {detail}', { detail })).toBe(`refused: ${detail}`);
  });

  it('keeps messages about a huge container name short, and the name whole in the params', () => {
    const name = 'x'.repeat(100_000);
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: ${name}, image: nginx:1.27}]\n`;
    const { findings } = analyze(text);
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) expect(f.message.length).toBeLessThan(1000);
    expect(findings.some((f) => Object.values(f.params).includes(name))).toBe(true);
  });
});
