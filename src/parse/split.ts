// Cuts an input into pieces that parse independently: one piece per `---` document start, so a
// change in one document leaves every other piece byte-identical (and its analysis reusable).
export interface Piece {
  /** The piece's text: whole lines, starting at a line start. */
  text: string;
  /** 0-based offset of the piece in the whole text. */
  offset: number;
  /** 0-based line index of the piece's first line. */
  line: number;
}

/**
 * Splits at every line that starts a document (`---` then a space, tab, line break or the end),
 * as kubectl's reader does, even where a quote or bracket left open before it would make a YAML
 * reader run on across the line.
 * A start after nothing but blank lines and comments does not split (those comments belong to
 * the document, as YAML reads them). YAML directives (`%YAML`, `%TAG`) apply to the document after
 * them and may follow a `...` anywhere, so an input that has any is read as one piece.
 */
export function splitDocuments(text: string): Piece[] {
  if (/^%/m.test(text)) return [{ text, offset: 0, line: 0 }];
  const starts = documentStarts(text);
  const pieces: Piece[] = [];
  let from = 0;
  let line = 0;
  let lineAt = 0;
  for (const at of starts) {
    if (at === 0 || (from === 0 && onlyComments(text, 0, at))) continue;
    pieces.push({ text: text.slice(from, at), offset: from, line });
    line += countLines(text, lineAt, at);
    lineAt = at;
    from = at;
  }
  pieces.push({ text: text.slice(from), offset: from, line });
  return pieces;
}

function documentStarts(text: string): number[] {
  const starts: number[] = [];
  if (isMarker(text, 0)) starts.push(0);
  for (let at = text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 1)) {
    if (isMarker(text, at + 1)) starts.push(at + 1);
  }
  return starts;
}

function isMarker(text: string, at: number): boolean {
  if (!text.startsWith('---', at)) return false;
  const next = text.charCodeAt(at + 3);
  // NaN at the end of the text; space, tab, CR, LF otherwise.
  return Number.isNaN(next) || next === 32 || next === 9 || next === 13 || next === 10;
}

/** True when `text[from, to)` holds nothing but blank lines and comments (a BOM may lead). */
export function onlyComments(text: string, from: number, to: number): boolean {
  return /^(?:\uFEFF)?(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:#[^\n]*)?$/.test(text.slice(from, to));
}

/** The number of line breaks in `text[from, to)`. */
export function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    n++;
  return n;
}
