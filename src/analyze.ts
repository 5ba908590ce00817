// The engine's one entry point: text → documents → workloads → models → findings.
// The text is cut into documents that are analysed one at a time (their ASTs dropped as soon as
// their findings have positions) and then placed back together.
import type { AnalysisResult } from './analysis';
import { analyzePiece } from './analyzePiece';
import { assemble } from './assemble';
import { MAX_INPUT_CHARS } from './parse/limits';
import { splitDocuments, type Piece } from './parse/split';

/** Analyses a whole input text; never throws for any input. */
export function analyze(text: string): AnalysisResult {
  const pieces = piecesOf(text);
  return assemble(
    text,
    pieces.map((p) => ({ offset: p.offset, line: p.line, analysis: analyzePiece(p.text) })),
  );
}

/** The pieces an input is analysed in; above the cap, the whole text as one (refused) piece. */
export function piecesOf(text: string): Piece[] {
  return text.length > MAX_INPUT_CHARS ? [{ text, offset: 0, line: 0 }] : splitDocuments(text);
}
