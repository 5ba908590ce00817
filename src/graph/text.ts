// How much room a line of text takes on a card, without a DOM to measure it. The estimate errs
// wide (a box a little too big leaves space; a box too small would cut a word), so every width
// is an upper bound for the page's fonts: Latin letters at 0.6 em (the widest of the common sans
// and monospace faces), CJK and other wide characters at a full em.

/** Width factor of a character in em: wide scripts take a full em, everything else 0.6. */
function charEm(code: number): number {
  // Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility, full-width forms.
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000
  )
    return 1;
  return 0.6;
}

/** Estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0) ?? 0);
  // Float sums of 0.6 run a hair over whole numbers: do not round those up a whole pixel.
  return em === 0 ? 0 : Math.ceil(em * fontSize - 1e-6);
}

/** The widest of several texts at one font size. */
export function widest(fontSize: number, ...texts: (string | undefined)[]): number {
  return Math.max(0, ...texts.map((t) => textWidth(t ?? '', fontSize)));
}

/** Lines `text` wraps onto when broken anywhere to fit `width` px. */
export function wrappedLines(text: string, fontSize: number, width: number): number {
  if (width <= 0) return 1;
  return Math.max(1, Math.ceil(textWidth(text, fontSize) / width));
}

/**
 * `text` shortened in the middle to fit `width` px at `fontSize`, keeping its start and end
 * (`/var/run/…/serviceaccount`, `registry.example/…/app:1.2`): the end of a path or an image
 * says the most. Unchanged when it fits.
 */
export function shortenMiddle(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  // Keep a little more of the end: a file name or a tag says the most.
  const budget = width / fontSize - 1;
  let headEm = budget * 0.45;
  let tailEm = budget - headEm;
  let head = 0;
  while (head < chars.length && headEm >= charEm(chars[head].codePointAt(0) ?? 0))
    headEm -= charEm(chars[head++].codePointAt(0) ?? 0);
  let tail = chars.length;
  tailEm += headEm;
  while (tail > head && tailEm >= charEm(chars[tail - 1].codePointAt(0) ?? 0))
    tailEm -= charEm(chars[--tail].codePointAt(0) ?? 0);
  return `${chars.slice(0, Math.max(1, head)).join('')}…${chars.slice(tail).join('')}`;
}
