// The share codec as the page uses it, fetched with the first share or link (codec.ts). A plain
// link (v1) carries one text. A compare view's link (v2) carries both versions: `v2.` followed by
// a v1 body whose text is the JSON array [B, A, A's source]. JSON keeps every character of both
// texts (line breaks, spaces, any script), and the v1 body brings its size cap and its checks.
import type { Lang } from '../../src/i18n/lang';
import { decodeShare, encodeShare } from '../../src/share/link';
import { shareError } from '../../src/share/texts';

export { encodeShare };

/** Version A as a compare link carries it: its text and the name it was given. */
export interface SharedA {
  text: string;
  source: string;
}

export type OpenedShare =
  { ok: true; text: string; a: SharedA | null } | { ok: false; error: string };

const PLAIN = 'v1';
const COMPARE = 'v2';

/** The fragment (without '#') of a compare view: B is the editor's text. */
export function encodeCompareShare(b: string, a: SharedA): string {
  const body = encodeShare(JSON.stringify([b, a.text, a.source])).slice(PLAIN.length);
  return `${COMPARE}${body}`;
}

/** What a share fragment of any known version holds, or why it cannot be read, in `lang`. */
export function openShare(fragment: string, lang: Lang): OpenedShare {
  const body = fragment.replace(/^#/, '').replace(/\s+/g, '');
  const version = /^(v\d+)\./.exec(body)?.[1];
  if (version !== COMPARE) {
    // v1, and every message about links that are no share link at all.
    const plain = decodeShare(body, lang);
    if (plain.ok) return { ok: true, text: plain.text, a: null };
    return {
      ok: false,
      error:
        plain.code === 'version'
          ? shareError('version', lang, { version, known: `${PLAIN}, ${COMPARE}` })
          : plain.error,
    };
  }
  const inner = decodeShare(PLAIN + body.slice(COMPARE.length), lang);
  if (!inner.ok) return { ok: false, error: inner.error };
  const parts = parseParts(inner.text);
  if (!parts) return { ok: false, error: shareError('corrupt', lang) };
  const [b, text, source] = parts;
  return { ok: true, text: b, a: { text, source } };
}

function parseParts(json: string): [string, string, string] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  return Array.isArray(value) &&
    value.length === 3 &&
    value.every((v): v is string => typeof v === 'string')
    ? (value as [string, string, string])
    : undefined;
}
