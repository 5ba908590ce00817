import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../../src/parse/limits';
import { ACCEPT, formatBytes, hasNulByte, MAX_FILE_BYTES } from './limits';

describe('limits', () => {
  it('caps files at 16 MiB, the engine’s input cap, and offers YAML and JSON in the picker', () => {
    expect(MAX_FILE_BYTES).toBe(16_777_216);
    expect(MAX_FILE_BYTES).toBe(MAX_INPUT_CHARS);
    expect(ACCEPT).toBe('.yaml,.yml,.json');
  });

  it('formats sizes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(MAX_FILE_BYTES)).toBe('16 MB');
    expect(formatBytes(MAX_FILE_BYTES + 1)).toBe('16 MB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(11.25 * 1024 * 1024)).toBe('11.3 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('finds NUL bytes anywhere, and only NUL bytes', () => {
    expect(hasNulByte(new TextEncoder().encode('kind: Pod\n'))).toBe(false);
    expect(hasNulByte(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      true,
    );
    expect(hasNulByte(new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x00]))).toBe(true);
    // Control characters other than NUL (a tab, an escape) are text a YAML parser judges.
    expect(hasNulByte(new Uint8Array([0x09, 0x1b, 0x7f, 0xff]))).toBe(false);
    expect(hasNulByte(new Uint8Array([]))).toBe(false);
  });
});
