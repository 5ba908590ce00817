// base64url (RFC 4648 §5) without padding: the alphabet a URL fragment carries unescaped.
// btoa/atob are browser APIs outside the engine's runtime contract, and they work on
// "binary strings" rather than bytes.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** `bytes` as base64url, no padding. */
export function toBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    chunk += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (left > 1) chunk += ALPHABET[(n >> 6) & 63];
    if (left > 2) chunk += ALPHABET[n & 63];
    // Joined from slices: one string grown by millions of `+=` becomes a deep rope.
    if (chunk.length >= 4096) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

/** The bytes of a base64url string (padding tolerated), or undefined when it is not one. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let n = 0;
  for (let i = 0; i < body.length; i += 4) {
    let bits = 0;
    const count = Math.min(4, body.length - i);
    for (let k = 0; k < 4; k++) {
      const v = k < count ? VALUE.get(body[i + k]) : 0;
      if (v === undefined) return undefined;
      bits = (bits << 6) | v;
    }
    out[n++] = (bits >> 16) & 255;
    if (count > 2) out[n++] = (bits >> 8) & 255;
    if (count > 3) out[n++] = bits & 255;
  }
  return out.subarray(0, n);
}
