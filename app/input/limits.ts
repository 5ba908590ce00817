// What the page accepts as a manifest file: no bigger than the engine reads (it refuses a whole
// input over 16 MiB), and text only, which keeps images and archives out of the editor.
import { MAX_INPUT_CHARS } from '../../src/parse/limits';

/**
 * Largest file the page loads, the engine's input cap (MAX_INPUT_CHARS): UTF-8 never has fewer
 * bytes than UTF-16 code units, so a file within it is never an input the engine refuses whole.
 */
export const MAX_FILE_BYTES = MAX_INPUT_CHARS;

/** File name endings offered by the file picker (the `accept` attribute). */
export const ACCEPTED_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/** The file input's `accept` value. */
export const ACCEPT = ACCEPTED_EXTENSIONS.join(',');

/** A byte count the way people read it: 512 B, 2.5 KB, 10 MB (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}

/** True when the bytes hold a NUL: text manifests never do; images, archives and UTF-16 do. */
export function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}
