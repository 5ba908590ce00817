// Two versions analysed together: a document whose text is the same in both is analysed once,
// so comparing two large inputs that differ in a few documents costs one analysis and a little.
import { piecesOf } from '../analysis/analyze';
import { analyzePiece, type PieceAnalysis } from '../analysis/analyzePiece';
import { Assembler } from '../analysis/assemble';
import type { AnalysisResult } from '../analysis/result';

/** The analyses of A and B, the same as `analyze(a)` and `analyze(b)`. */
export function analyzeBoth(a: string, b: string): { a: AnalysisResult; b: AnalysisResult } {
  const seen = new Map<string, PieceAnalysis>();
  return { a: analyzeWith(a, seen), b: analyzeWith(b, seen) };
}

// Piece analyses are plain data that placing never changes (it copies what it moves), so one
// analysis can be placed into both results.
function analyzeWith(text: string, seen: Map<string, PieceAnalysis>): AnalysisResult {
  const assembler = new Assembler();
  for (const p of piecesOf(text)) {
    let analysis = seen.get(p.text);
    if (!analysis) {
      analysis = analyzePiece(p.text);
      seen.set(p.text, analysis);
    }
    assembler.add({ offset: p.offset, line: p.line, analysis });
  }
  return assembler.finish(text);
}
