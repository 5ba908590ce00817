// Messages between compare mode and its worker.
import type { PieceAnalysis } from '../../src/analysis/analyzePiece';
import type { PiecePlace } from '../../src/analysis/pieceStore';
import type { ResultDiff } from '../../src/diff';
import type { AnalyzeRequest } from '../state/protocol';

export type CompareRequest =
  /** Version A: analysed once (A does not change while comparing); its pieces go to the page. */
  | { a: string }
  /** Version B, exactly as the analysis worker is sent it (AnalysisClient.follow). */
  | AnalyzeRequest;

/** Worker → page. `generation` counts the versions A the worker was given, from 1. */
export type CompareReply =
  /** Analyses of A's pieces (several messages for a big A). */
  | { type: 'a-pieces'; generation: number; added: [number, PieceAnalysis][] }
  /** A's analysis is complete: its pieces in order. */
  | { type: 'a-done'; generation: number; places: PiecePlace[] }
  /** What changed from A to the B of `version` (the analysis worker's version number). */
  | { type: 'diff'; generation: number; version: number; diff: ResultDiff }
  /** The engine failed (a bug): the page keeps the comparison it has and says so. */
  | { type: 'failed'; message: string };
