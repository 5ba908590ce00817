// In-memory CliIo for the command tests: files from a map (or the real disk), captured output.
import { readFile } from 'node:fs/promises';
import type { CliIo } from './input';
import { run, type Engine } from './run';
import type { ReportResult } from '../report/input';

export interface Captured {
  io: CliIo;
  /** Files written through the io, by path. */
  written(): Record<string, Uint8Array>;
  stdout(): string;
  stderr(): string;
}

export interface CaptureOptions {
  /** Virtual files by path; a path that is missing fails with ENOENT like the disk would. */
  files?: Record<string, string | Uint8Array>;
  /** Read real files instead of `files`. */
  disk?: boolean;
  stdin?: string | Uint8Array;
  stdinIsTTY?: boolean;
}

/** A CliIo whose output is kept in memory for assertions. */
export function captureIo(options: CaptureOptions = {}): Captured {
  let out = '';
  let err = '';
  const written: Record<string, Uint8Array> = {};
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
    writeFile: (path, data) => {
      written[path] = data;
      return Promise.resolve();
    },
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
  };
  return { io, stdout: () => out, stderr: () => err, written: () => written };
}

/** What one run of the command gave: its exit code and everything it wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Files the command wrote, as text (a byte order mark kept), by path; absent when none. */
  written?: Record<string, string>;
}

/** Runs the command with `argv` on `engine`, its input and output held in memory. */
export async function runCaptured<R extends ReportResult>(
  argv: string[],
  engine: Engine<R>,
  options: CaptureOptions = {},
): Promise<CliRun> {
  const c = captureIo(options);
  const code = await run(argv, c.io, engine);
  const files = Object.entries(c.written());
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const written = Object.fromEntries(files.map(([path, data]) => [path, decoder.decode(data)]));
  return { code, stdout: c.stdout(), stderr: c.stderr(), ...(files.length > 0 ? { written } : {}) };
}
