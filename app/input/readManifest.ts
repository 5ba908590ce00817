// Turns a file the user chose or dropped into editor text, or into a message saying why not.
import type { LoadedManifest } from '../state/types';
import { formatBytes, hasNulByte, MAX_FILE_BYTES } from './limits';
import { input, type FileWords } from '../i18n/en/input';

export type ReadOutcome = { ok: true; manifest: LoadedManifest } | { ok: false; message: string };

/** The message for a file above MAX_FILE_BYTES, or null when its size is fine. */
export function sizeProblem(name: string, size: number, T: FileWords = input.file): string | null {
  if (size <= MAX_FILE_BYTES) return null;
  return T.tooLarge(name, formatBytes(size), formatBytes(MAX_FILE_BYTES));
}

/** Decodes a file's bytes as UTF-8 text; refuses oversized, binary and non-UTF-8 content. */
export function decodeManifest(
  name: string,
  bytes: Uint8Array,
  T: FileWords = input.file,
): ReadOutcome {
  const tooLarge = sizeProblem(name, bytes.byteLength, T);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (hasNulByte(bytes)) {
    return { ok: false, message: T.binary(name) };
  }
  try {
    // fatal: a Latin-1 or Shift-JIS file must not load as replacement characters.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, manifest: { text, source: name } };
  } catch {
    return { ok: false, message: T.notUtf8(name) };
  }
}

/** Reads a File, checking its size before reading a single byte. */
export async function readManifestFile(
  file: File,
  T: FileWords = input.file,
): Promise<ReadOutcome> {
  const tooLarge = sizeProblem(file.name, file.size, T);
  if (tooLarge) return { ok: false, message: tooLarge };
  try {
    return decodeManifest(file.name, new Uint8Array(await file.arrayBuffer()), T);
  } catch {
    return { ok: false, message: T.unreadable(file.name) };
  }
}

/** Runs the checks on the first of the given files and reports to exactly one callback, in T's language. */
export async function loadFiles(
  files: readonly File[],
  onLoad: (m: LoadedManifest) => void,
  onError: (message: string) => void,
  T: FileWords = input.file,
): Promise<void> {
  if (files.length === 0) return;
  if (files.length > 1) {
    onError(T.several(files.length));
    return;
  }
  const outcome = await readManifestFile(files[0], T);
  if (outcome.ok) onLoad(outcome.manifest);
  else onError(outcome.message);
}
