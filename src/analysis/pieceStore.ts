// Analysis across edits, receiving side: piece analyses arrive once (see PieceCache) and are
// placed into results for every later text that still contains them. Imports no rule and no
// parser, so a page can assemble results without loading the engine.
import type { AnalysisResult } from './result';
import type { PieceAnalysis } from './analyzePiece';
import { Assembler, placeResults, type PieceBase, type PlacedResults } from './assemble';

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

/** A piece's results as last placed, and where. */
interface Placement {
  offset: number;
  line: number;
  base: PieceBase;
  results: PlacedResults;
}

/**
 * The analyses a receiver holds, by piece id: applies an update and assembles the result.
 * Analyses no longer placed are dropped, so memory follows the current text. A piece that sits
 * where it sat in the previous result keeps the very objects it had there (a keystroke leaves
 * the documents before it in place), so whoever draws them can tell nothing changed.
 */
export class PieceStore {
  private byId = new Map<number, PieceAnalysis>();
  private placements = new Map<number, Placement>();

  add(added: readonly [number, PieceAnalysis][]): void {
    for (const [id, analysis] of added) this.byId.set(id, analysis);
  }

  /** The result for `text`, whose pieces are `places`; every placed id must have been added. */
  assemble(text: string, places: readonly PiecePlace[]): AnalysisResult {
    const assembler = new Assembler();
    const live = new Map<number, PieceAnalysis>();
    const placements = new Map<number, Placement>();
    for (const p of places) {
      const analysis = this.byId.get(p.id) ?? live.get(p.id);
      if (!analysis) throw new Error(`piece ${p.id} was never added`);
      live.set(p.id, analysis);
      const base = assembler.base();
      const before = this.placements.get(p.id);
      const results =
        before && samePlace(before, p, base)
          ? before.results
          : placeResults(
              { offset: p.offset, line: p.line, analysis },
              base,
              before && sameBase(before.base, base) ? before.results : undefined,
            );
      // A piece found twice in one text (two equal documents) keeps its first place.
      if (!placements.has(p.id))
        placements.set(p.id, { offset: p.offset, line: p.line, base, results });
      assembler.addPlaced(results, { offset: p.offset, text: analysis.text });
    }
    this.byId = live;
    this.placements = placements;
    return assembler.finish(text);
  }
}

function samePlace(a: Placement, p: PiecePlace, base: PieceBase): boolean {
  return a.offset === p.offset && a.line === p.line && sameBase(a.base, base);
}

function sameBase(a: PieceBase, b: PieceBase): boolean {
  return a.document === b.document && a.workload === b.workload;
}
