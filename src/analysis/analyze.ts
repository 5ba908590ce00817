// The engine's one entry point: text → documents → workloads → models → findings.
// The text is cut into documents that are analysed one at a time and placed at once: a document's
// AST and its piece-relative results are dropped as soon as its findings have positions.
import type { AnalysisResult } from './result';
import { analyzePiece } from './analyzePiece';
import { Assembler } from './assemble';
import { MAX_INPUT_CHARS } from '../parse/limits';
import { splitDocuments, type Piece } from '../parse/split';

/** Analyses a whole input text; never throws for any input. */
export function analyze(text: string): AnalysisResult {
  const assembler = new Assembler();
  for (const p of piecesOf(text))
    assembler.add({ offset: p.offset, line: p.line, analysis: analyzePiece(p.text) });
  return assembler.finish(text);
}

/** The pieces an input is analysed in; above the cap, the whole text as one (refused) piece. */
export function piecesOf(text: string): Piece[] {
  return text.length > MAX_INPUT_CHARS ? [{ text, offset: 0, line: 0 }] : splitDocuments(text);
}
