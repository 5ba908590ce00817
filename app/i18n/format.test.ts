import { describe, expect, it } from 'vitest';
import { format } from './format';

describe('format', () => {
  it('fills every placeholder, numbers included', () => {
    expect(format('{a} of {b}: {a}', { a: 'web', b: 2 })).toBe('web of 2: web');
  });

  it('leaves placeholders without a value, and text without params, untouched', () => {
    expect(format('Port {port} of {container}', { port: 80 })).toBe('Port 80 of {container}');
    expect(format('{x}')).toBe('{x}');
  });

  it('never reads inherited properties as values', () => {
    expect(format('{toString}', {})).toBe('{toString}');
  });

  it('inserts values literally, even when they look like placeholders or patterns', () => {
    expect(format('{a}{b}', { a: '{b}', b: '$&' })).toBe('{b}$&');
  });
});
