// Analysis across edits, receiving side: piece analyses arrive once (see PieceCache) and are
// placed into results for every later text that still contains them. Imports no rule and no
// parser, so a page can assemble results without loading the engine.
import type { AnalysisResult } from './analysis';
import type { PieceAnalysis } from './analyzePiece';
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
