// The page's copy of the editor's text, kept in chunks so that a keystroke rebuilds one chunk and
// not the whole text. A string built by `a + b` is a tree of its parts, and the first slice of
// such a tree copies all of it: editing a 4 MB text as one string copied 4 MB per keystroke (and
// left the garbage collector megabytes to sweep). Here each edit slices one chunk of at most a few
// tens of kilobytes, and the whole text is the chunks joined, a tree nobody on the keystroke path
// slices (documents are read from their pieces: see AnalysisResult.pieces).
import { applyEdit, type TextEdit } from '../../src/analysis/textEdit';

/** Chunks are cut at about this many characters, and an edited chunk past twice that is cut again. */
export const CHUNK = 1 << 15;

export class ChunkedText {
  private chunks: string[] = [];
  private whole = '';

  constructor(text = '') {
    this.reset(text);
  }

  /** The whole text. */
  get text(): string {
    return this.whole;
  }

  /** How many chunks hold the text (for tests). */
  get size(): number {
    return this.chunks.length;
  }

  /** Starts over from a text that replaced everything before it. */
  reset(text: string): void {
    this.chunks = cut(text);
    this.whole = text;
  }

  /** Applies `edit` to the text and returns the new text. */
  apply(edit: TextEdit): string {
    const { chunks } = this;
    if (chunks.length === 0) {
      this.reset(applyEdit('', edit));
      return this.whole;
    }
    // The first chunk whose end reaches `from`, and the first from there whose end reaches `to`.
    let first = 0;
    let start = 0;
    while (first < chunks.length - 1 && start + chunks[first].length < edit.from) {
      start += chunks[first].length;
      first++;
    }
    let last = first;
    let lastStart = start;
    while (last < chunks.length - 1 && lastStart + chunks[last].length < edit.to) {
      lastStart += chunks[last].length;
      last++;
    }
    const edited =
      chunks[first].slice(0, edit.from - start) +
      edit.insert +
      chunks[last].slice(edit.to - lastStart);
    const replaced = edited.length > 2 * CHUNK ? cut(edited) : edited === '' ? [] : [edited];
    chunks.splice(first, last - first + 1, ...replaced);
    let whole = '';
    for (const c of chunks) whole += c;
    this.whole = whole;
    return whole;
  }
}

function cut(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out;
}
