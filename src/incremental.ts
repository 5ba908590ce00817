// Analysis across edits: each piece of the text (one document) is analysed once and reused while
// its text stays the same, so a keystroke re-analyses only the document it changed.
import type { AnalysisResult } from './analysis';
import { piecesOf } from './analyze';
import { analyzePiece, type PieceAnalysis } from './analyzePiece';
import { assemble, type PlacedPiece } from './assemble';

/** Where a cached piece sits in the current text. */
export interface PiecePlace {
  id: number;
  offset: number;
  line: number;
}

/** What changed since the previous text: the layout of pieces and the analyses not sent before. */
export interface PieceUpdate {
  places: PiecePlace[];
  added: [number, PieceAnalysis][];
}

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

/**
 * The analyses a receiver holds, by piece id: applies an update and assembles the result.
 * Analyses no longer placed are dropped, so memory follows the current text.
 */
export class PieceStore {
  private byId = new Map<number, PieceAnalysis>();

  add(added: readonly [number, PieceAnalysis][]): void {
    for (const [id, analysis] of added) this.byId.set(id, analysis);
  }

  /** The result for `text`, whose pieces are `places`; every placed id must have been added. */
  assemble(text: string, places: readonly PiecePlace[]): AnalysisResult {
    const placed: PlacedPiece[] = [];
    const live = new Map<number, PieceAnalysis>();
    for (const p of places) {
      const analysis = this.byId.get(p.id) ?? live.get(p.id);
      if (!analysis) throw new Error(`piece ${p.id} was never added`);
      live.set(p.id, analysis);
      placed.push({ offset: p.offset, line: p.line, analysis });
    }
    this.byId = live;
    return assemble(text, placed);
  }
}
