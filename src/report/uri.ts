// File names → SARIF artifact URIs (RFC 3986 references), so viewers can open the file.

/** The name the reports use for standard input. */
export const STDIN_NAME = '<stdin>';

/** Turns a file name as typed on the command line into a relative or `file:` URI. */
export function toArtifactUri(file: string): string {
  if (file === STDIN_NAME) return 'stdin';
  const slashed = file.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  if (drive) return `file:///${drive[1]}:/${encodePath(slashed.slice(3))}`;
  if (slashed.startsWith('/')) return `file://${encodePath(slashed)}`;
  return encodePath(slashed.replace(/^(\.\/)+/, ''));
}

// Each segment is encoded on its own so `/` stays a separator and `#`, `?`, `%`, spaces and
// a leading `name:` (which would read as a scheme) cannot change the URI's meaning.
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
