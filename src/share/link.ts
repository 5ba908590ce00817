// Share links: the whole manifest in the URL fragment, which browsers never send to a server.
// Format v1: `v1.` + base64url(raw DEFLATE, level 9, of the text's UTF-8 bytes).
import { deflateSync, Inflate } from 'fflate';
import type { Lang } from '../i18n/lang';
import { fromBase64Url, toBase64Url } from './base64url';
import { shareError, type ShareErrorCode } from './texts';
import { decodeUtf8, encodeUtf8 } from './utf8';

const VERSION = 'v1';

/** Largest text a link may expand to: a zip bomb in a URL must not take the tab down. */
export const MAX_SHARED_BYTES = 10 * 1024 * 1024;

// Compressed input is fed in slices: DEFLATE expands at most ~1032:1, so one slice can add at
// most ~1 MB of output before the running total is checked against the cap.
const SLICE = 1024;

export type DecodedShare =
  { ok: true; text: string } | { ok: false; code: ShareErrorCode; error: string };

/** The fragment (without '#') that carries `text`. */
export function encodeShare(text: string): string {
  return `${VERSION}.${toBase64Url(deflateSync(encodeUtf8(text), { level: 9 }))}`;
}

/**
 * The text a share fragment carries (a leading '#' and line breaks from mail clients are
 * allowed), or why it cannot be read, said in `lang`.
 */
export function decodeShare(fragment: string, lang: Lang = 'en'): DecodedShare {
  const fail = (code: ShareErrorCode, params = {}): DecodedShare => ({
    ok: false,
    code,
    error: shareError(code, lang, params),
  });
  const body = fragment.replace(/^#/, '').replace(/\s+/g, '');
  const version = /^(v\d+)\./.exec(body)?.[1];
  if (version === undefined) return fail('not-a-link');
  if (version !== VERSION) return fail('version', { version, known: VERSION });
  const bytes = fromBase64Url(body.slice(version.length + 1));
  if (bytes === undefined) return fail('base64');
  if (bytes.length === 0) return fail('empty');
  const inflated = inflateCapped(bytes);
  if (typeof inflated === 'string')
    return fail(inflated, { megabytes: MAX_SHARED_BYTES / 1024 / 1024 });
  const text = decodeUtf8(inflated);
  if (text === undefined) return fail('not-utf8');
  return { ok: true, text };
}

function inflateCapped(bytes: Uint8Array): Uint8Array | 'too-large' | 'corrupt' | 'truncated' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > MAX_SHARED_BYTES) throw new TooLarge();
    chunks.push(chunk);
    done = final;
  });
  try {
    for (let i = 0; i < bytes.length; i += SLICE)
      inflate.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch (e) {
    return e instanceof TooLarge ? 'too-large' : 'corrupt';
  }
  if (!done) return 'truncated';
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

class TooLarge extends Error {}
