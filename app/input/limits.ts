// What the page accepts as a manifest file. The engine itself refuses nothing; these limits
// keep the tab responsive and keep images and archives out of the editor.

/** Largest file the page loads: a rendered chart of thousands of documents fits well below. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

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
