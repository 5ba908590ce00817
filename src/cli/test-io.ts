// In-memory CliIo for the command tests: files from a map (or the real disk), captured output.
import { readFile } from 'node:fs/promises';
import type { CliIo } from './input';

export interface Captured {
  io: CliIo;
  stdout(): string;
  stderr(): string;
}

interface Options {
  /** Virtual files by path; a path that is missing fails with ENOENT like the disk would. */
  files?: Record<string, string | Uint8Array>;
  /** Read real files instead of `files`. */
  disk?: boolean;
  stdin?: string | Uint8Array;
  stdinIsTTY?: boolean;
}

/** A CliIo whose output is kept in memory for assertions. */
export function captureIo(options: Options = {}): Captured {
  let out = '';
  let err = '';
  const bytes = (v: string | Uint8Array) =>
    typeof v === 'string' ? new TextEncoder().encode(v) : v;
  const io: CliIo = {
    readFile: (path) => {
      if (options.disk) return readFile(path);
      const file = options.files?.[path];
      if (file === undefined) {
        return Promise.reject(
          Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' }),
        );
      }
      return Promise.resolve(bytes(file));
    },
    readStdin: () =>
      options.stdin === undefined
        ? Promise.reject(new Error('standard input was not expected to be read'))
        : Promise.resolve(bytes(options.stdin)),
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
  };
  return { io, stdout: () => out, stderr: () => err };
}
