// The engine's one entry point: text → documents → workloads → models → findings.
// The text is cut into documents that are analysed one at a time (their ASTs dropped as soon as
// their findings have positions) and then placed back together.
import type { AnalysisResult } from './analysis';
import { analyzePiece } from './analyzePiece';
import { assemble } from './assemble';
import { splitDocuments, type Piece } from './parse/split';

/** The largest input read at all (a rendered chart of thousands of documents is ~5 MiB). */
export const MAX_INPUT_CHARS = 16 * 1024 * 1024;

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
