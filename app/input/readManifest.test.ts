import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../../src/parse/limits';
import type { LoadedManifest } from '../state/types';
import { MAX_FILE_BYTES } from './limits';
import { decodeManifest, loadFiles, readManifestFile, sizeProblem } from './readManifest';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeManifest', () => {
  it('loads UTF-8 text unchanged, CRLF and non-ASCII names included', () => {
    const text = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: 演示\r\n';
    expect(decodeManifest('pod.yaml', utf8(text))).toEqual({
      ok: true,
      manifest: { text, source: 'pod.yaml' },
    });
  });

  it('drops a UTF-8 byte order mark, as kubectl does', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('kind: Pod\n')]);
    const outcome = decodeManifest('bom.yaml', bytes);
    expect(outcome.ok && outcome.manifest.text).toBe('kind: Pod\n');
  });

  it('refuses files with NUL bytes (images, archives, UTF-16)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const outcome = decodeManifest('logo.png', png);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/^logo\.png is not a text file/);
    // UTF-16LE "k" is 0x6b 0x00.
    expect(decodeManifest('utf16.yaml', new Uint8Array([0xff, 0xfe, 0x6b, 0x00])).ok).toBe(false);
  });

  it('refuses text that is not UTF-8', () => {
    // "café" in Latin-1: 0xe9 starts a multi-byte sequence that never completes.
    const outcome = decodeManifest('latin1.yaml', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(!outcome.ok && outcome.message).toMatch(/not UTF-8/);
  });

  it('refuses more than the cap, and accepts exactly the cap', () => {
    expect(decodeManifest('big.yaml', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)).ok).toBe(
      false,
    );
    const cap = decodeManifest('cap.yaml', new Uint8Array(MAX_FILE_BYTES).fill(0x61));
    // All ASCII: one UTF-16 unit per byte, the most text a file of the cap can hold, and still
    // no more than the engine reads as one input.
    expect(cap.ok && cap.manifest.text.length).toBe(MAX_INPUT_CHARS);
  });
});

describe('sizeProblem', () => {
  it('names the file, its size and the cap', () => {
    expect(sizeProblem('chart.yaml', 17 * 1024 * 1024)).toBe(
      'chart.yaml is 17 MB; files up to 16 MB can be loaded. The editor was not changed.',
    );
    expect(sizeProblem('chart.yaml', 16 * 1024 * 1024)).toBeNull();
    expect(sizeProblem('pod.yaml', 2048)).toBeNull();
  });
});

describe('readManifestFile', () => {
  it('reads a File', async () => {
    const file = new File(['kind: Pod\n'], 'pod.yml');
    expect(await readManifestFile(file)).toEqual({
      ok: true,
      manifest: { text: 'kind: Pod\n', source: 'pod.yml' },
    });
  });

  it('judges an oversized file by its size without reading it', async () => {
    const file = new File(['x'], 'huge.yaml');
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.reject(new Error('must not be read')),
    });
    const outcome = await readManifestFile(file);
    expect(!outcome.ok && outcome.message).toMatch(/^huge\.yaml is 50 MB/);
  });
});

describe('loadFiles', () => {
  async function run(files: File[]) {
    const loaded: LoadedManifest[] = [];
    const errors: string[] = [];
    await loadFiles(
      files,
      (m) => loaded.push(m),
      (e) => errors.push(e),
    );
    return { loaded, errors };
  }

  it('calls onLoad for a good file and onError for a bad one, never both', async () => {
    expect(await run([new File(['{"kind":"Pod"}'], 'pod.json')])).toEqual({
      loaded: [{ text: '{"kind":"Pod"}', source: 'pod.json' }],
      errors: [],
    });
    const bad = await run([new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0])], 'a.zip')]);
    expect(bad.loaded).toEqual([]);
    expect(bad.errors).toHaveLength(1);
  });

  it('refuses several files at once and ignores none', async () => {
    const two = await run([new File(['a: 1'], 'a.yaml'), new File(['b: 2'], 'b.yaml')]);
    expect(two).toEqual({
      loaded: [],
      errors: ['2 files were dropped; load one manifest at a time.'],
    });
    expect(await run([])).toEqual({ loaded: [], errors: [] });
  });
});
