// UTF-8 that round-trips every JavaScript string. A lone surrogate (half of an emoji cut by an
// editor, or a stray \uD800) is written as its own three-byte sequence (the WTF-8 convention)
// instead of being replaced by U+FFFD, so a share link restores the text byte for byte.
// TextEncoder is not part of the engine's runtime contract, and it would replace them anyway.

/** How many bytes `text` takes in UTF-8 (what Go's len() counts, and a file's size). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The bytes of `text` (UTF-8; lone surrogates kept as three-byte sequences). */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

/** The text of `bytes`, or undefined when they are not (generalized) UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let units: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let c: number;
    let extra: number;
    let min: number;
    if (b < 0x80) [c, extra, min] = [b, 0, 0];
    else if (b >= 0xc2 && b < 0xe0) [c, extra, min] = [b & 31, 1, 0x80];
    else if (b >= 0xe0 && b < 0xf0) [c, extra, min] = [b & 15, 2, 0x800];
    else if (b >= 0xf0 && b < 0xf5) [c, extra, min] = [b & 7, 3, 0x10000];
    else return undefined;
    for (let k = 1; k <= extra; k++) {
      const cont = bytes[i + k];
      if (cont === undefined || (cont & 0xc0) !== 0x80) return undefined;
      c = (c << 6) | (cont & 63);
    }
    if (c < min || c > 0x10ffff) return undefined;
    i += extra + 1;
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
    } else units.push(c);
    // fromCharCode takes its arguments on the stack: flush in slices, not all at once.
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}
