// Messages between the page and the analysis worker.
import type { PieceAnalysis } from '../../src/analysis/analyzePiece';
import type { PiecePlace } from '../../src/analysis/pieceStore';
import type { TextEdit } from '../../src/analysis/textEdit';
import type { VersionKind } from '../storage/db';
import type { StoreOutcome } from '../storage/keeper';

/**
 * Page → worker: analyse this text (versions only grow). After the first text the page sends
 * only what changed since the text it sent last: copying a multi-megabyte text to the worker on
 * every keystroke would hold up the page for tens of milliseconds.
 */
export type AnalyzeRequest =
  | { version: number; text: string }
  /** The previous request's text with `edits` applied one after another. */
  | { version: number; edits: TextEdit[] };

/**
 * Page → worker: store the text of the analyze request before this one (the worker holds it, so
 * the page never copies a big text to store it): as this tab's working copy, or as a version in
 * the history.
 */
export type StoreRequest =
  | { store: 'work'; tab: string; source: string; at: number }
  | { store: 'version'; kind: VersionKind; source: string; at: number };

export type WorkerRequest = AnalyzeRequest | StoreRequest;

/** Worker → page. */
export type WorkerReply =
  /** How far the analysis of `version` has got (sent for big inputs only). */
  | { type: 'progress'; version: number; done: number; total: number }
  /** Analyses of pieces the page has not received yet (several messages for a big input). */
  | { type: 'pieces'; version: number; added: [number, PieceAnalysis][] }
  /** The analysis of `version` is complete: the pieces in order. */
  | { type: 'done'; version: number; places: PiecePlace[] }
  /** The engine failed (a bug): the page keeps what it has and says so. */
  | { type: 'failed'; version: number; message: string }
  /** How a store request went. */
  | { type: 'stored'; request: StoreRequest; outcome: StoreOutcome };
