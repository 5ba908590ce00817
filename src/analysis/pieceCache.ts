// Analysis across edits, analysing side: each piece of the text (one document) is analysed once
// and reused while its text stays the same, so a keystroke re-analyses only the document it changed.
import { piecesOf } from './analyze';
import { analyzePiece, type PieceAnalysis } from './analyzePiece';
import type { PiecePlace, PieceUpdate } from './pieceStore';
import { MAX_INPUT_CHARS } from '../parse/limits';
import { splitAfterEdit, type PieceBounds } from './splitAfterEdit';
import { applyEdit, type TextEdit } from './textEdit';

/** Reports how far an analysis has got: pieces done out of the total. */
export type Progress = (done: number, total: number) => void;

interface CachedPiece extends PieceBounds {
  id: number;
}

/**
 * Keeps the current text, where its pieces are and which analysis each has. `update` takes a
 * whole new text and analyses the pieces not seen before; `edit` takes a change to the current
 * text and cuts again only around it (a keystroke in a 4 MB text reads a few documents, not the
 * whole text). Pieces are kept as positions, never as slices: a slice would keep the whole text
 * it was cut from alive, one old text per keystroke.
 */
export class PieceCache {
  private text = '';
  private pieces: CachedPiece[] = [];
  private nextId = 1;

  /** The text the cache holds: the last one given or edited. */
  get current(): string {
    return this.text;
  }

  update(text: string, progress?: Progress): PieceUpdate {
    const known = new Map<string, number>();
    for (const p of this.pieces) known.set(this.slice(p), p.id);
    // Should an analysis throw, the cache still holds the new text (with its pieces unknown, so
    // the next call cuts it whole): the next edit is made to this text.
    this.text = text;
    this.pieces = [];
    const cut = piecesOf(text);
    const added: [number, PieceAnalysis][] = [];
    this.pieces = cut.map((p, i) => {
      const id = this.idOf(p.text, known, added, () => progress?.(i + 1, cut.length));
      return { id, offset: p.offset, line: p.line, length: p.text.length };
    });
    return { places: this.places(), added };
  }

  /** Applies `edit` to the current text and analyses the pieces it changed. */
  edit(edit: TextEdit, progress?: Progress): PieceUpdate {
    const prev = this.text;
    const next = applyEdit(prev, edit);
    const split =
      prev.length > MAX_INPUT_CHARS || next.length > MAX_INPUT_CHARS
        ? null
        : splitAfterEdit(prev, this.pieces, edit, next);
    if (!split) return this.update(next, progress);
    const { first, count, end } = split;
    // The pieces cut again may still read as before (a neighbour of the edited one): same text,
    // same analysis.
    const known = new Map<string, number>();
    for (const p of this.pieces.slice(first, end)) known.set(this.slice(p), p.id);
    const prevPieces = this.pieces;
    this.text = next;
    this.pieces = [];
    const added: [number, PieceAnalysis][] = [];
    const total = split.pieces.length;
    const cut = split.pieces.slice(first, first + count).map((bounds, k) => {
      const text = next.slice(bounds.offset, bounds.offset + bounds.length);
      const id = this.idOf(text, known, added, () => progress?.(first + k + 1, total));
      return { id, ...bounds };
    });
    const moved = prevPieces
      .slice(end)
      .map((p, k) => ({ id: p.id, ...split.pieces[first + count + k] }));
    this.pieces = [...prevPieces.slice(0, first), ...cut, ...moved];
    return { places: this.places(), added };
  }

  /**
   * The id of a piece's text: one it had already (in `known`), else a new one, analysed now and
   * remembered in `known` for an equal piece later in the same text.
   */
  private idOf(
    text: string,
    known: Map<string, number>,
    added: [number, PieceAnalysis][],
    analysed: () => void,
  ): number {
    let id = known.get(text);
    if (id === undefined) {
      id = this.nextId++;
      added.push([id, analyzePiece(text)]);
      known.set(text, id);
      analysed();
    }
    return id;
  }

  private slice(p: PieceBounds): string {
    return this.text.slice(p.offset, p.offset + p.length);
  }

  private places(): PiecePlace[] {
    return this.pieces.map((p) => ({ id: p.id, offset: p.offset, line: p.line }));
  }
}
