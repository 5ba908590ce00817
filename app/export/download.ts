// Saving a file the browser way: a Blob behind an object URL and an <a download> click. Nothing
// leaves the page; the URL is released once the browser has taken the file.

const RELEASE_AFTER_MS = 10_000;

/** Offers `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}
