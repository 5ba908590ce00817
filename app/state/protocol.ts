// Messages between the page and the analysis worker.
import type { PieceAnalysis } from '../../src/analyzePiece';
import type { PiecePlace } from '../../src/incremental';

/** Page → worker: analyse this text (versions only grow). */
export interface AnalyzeRequest {
  version: number;
  text: string;
}

/** Worker → page. */
export type WorkerReply =
  /** How far the analysis of `version` has got (sent for big inputs only). */
  | { type: 'progress'; version: number; done: number; total: number }
  /** Analyses of pieces the page has not received yet (several messages for a big input). */
  | { type: 'pieces'; version: number; added: [number, PieceAnalysis][] }
  /** The analysis of `version` is complete: the pieces in order. */
  | { type: 'done'; version: number; places: PiecePlace[] }
  /** The engine failed (a bug): the page keeps what it has and says so. */
  | { type: 'failed'; version: number; message: string };
