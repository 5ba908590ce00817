// Reading the manifests named on the command line: files or standard input, as text.
import { STDIN_ARG } from './args';
import { STDIN_NAME } from '../report/uri';

/** The side effects the CLI needs; main.ts supplies Node's, tests supply fakes. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** Replaces a file's content (`lint --fix`). */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  stdinIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Input {
  /** The name reports show: the path as given, or `<stdin>`. */
  name: string;
  text: string;
  /** Whether the file began with a byte order mark (dropped from `text`, kept when written). */
  bom: boolean;
}

/** Reads every argument; on failure returns the one-line messages instead (exit 2). */
export async function readInputs(
  args: readonly string[],
  io: CliIo,
): Promise<Input[] | { errors: string[] }> {
  const inputs: Input[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    const name = arg === STDIN_ARG ? STDIN_NAME : arg;
    let bytes: Uint8Array;
    try {
      if (arg === STDIN_ARG && io.stdinIsTTY) {
        io.stderr('podscope: reading the manifest from standard input (end it with Ctrl-D)\n');
      }
      bytes = arg === STDIN_ARG ? await io.readStdin() : await io.readFile(arg);
    } catch (err) {
      errors.push(`podscope: cannot read ${name}: ${reason(err)}`);
      continue;
    }
    // YAML text never holds NUL; a NUL means an image, an archive or UTF-16 text.
    if (bytes.includes(0)) {
      errors.push(
        `podscope: ${name} is binary (it contains NUL bytes), not a YAML or JSON manifest`,
      );
      continue;
    }
    // TextDecoder drops a leading BOM, so columns on line 1 match what editors show.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    inputs.push({ name, text: new TextDecoder('utf-8').decode(bytes), bom });
  }
  return errors.length > 0 ? { errors } : inputs;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

function reason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in REASONS) return REASONS[code];
  return err instanceof Error ? err.message : String(err);
}
