// Analysis across edits, analysing side: each piece of the text (one document) is analysed once
// and reused while its text stays the same, so a keystroke re-analyses only the document it changed.
import { piecesOf } from './analyze';
import { analyzePiece, type PieceAnalysis } from './analyzePiece';
import type { PiecePlace, PieceUpdate } from './incremental';

/** Reports how far an analysis has got: pieces done out of the total. */
export type Progress = (done: number, total: number) => void;

/** Keeps the analyses of the previous text's pieces; `update` analyses only pieces not seen. */
export class PieceCache {
  private byText = new Map<string, number>();
  private nextId = 1;

  update(text: string, progress?: Progress): PieceUpdate {
    const pieces = piecesOf(text);
    const kept = new Map<string, number>();
    const places: PiecePlace[] = [];
    const added: [number, PieceAnalysis][] = [];
    pieces.forEach((p, i) => {
      let id = kept.get(p.text) ?? this.byText.get(p.text);
      if (id === undefined) {
        id = this.nextId++;
        added.push([id, analyzePiece(p.text)]);
        progress?.(i + 1, pieces.length);
      }
      kept.set(p.text, id);
      places.push({ id, offset: p.offset, line: p.line });
    });
    this.byText = kept;
    return { places, added };
  }
}
