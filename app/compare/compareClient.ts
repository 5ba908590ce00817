// The page's side of the compare worker: gives it A, forwards B's requests as the analysis worker
// gets them, assembles A from the pieces it sends, and pairs each diff with the very result of B
// it was made from, so whatever reads a comparison (finding indexes, workload indexes) reads one
// consistent snapshot even while the editor is a keystroke ahead.
import { PieceStore } from '../../src/analysis/pieceStore';
import type { AnalysisResult } from '../../src/analysis/result';
import type { ResultDiff } from '../../src/diff';
import type { Follower } from '../state/analysisClient';
import type { CompareReply, CompareRequest } from './compareProtocol';

/** A, the B it was compared with (by the analysis worker's version) and what changed. */
export interface Compared {
  a: AnalysisResult;
  b: AnalysisResult;
  version: number;
  diff: ResultDiff;
}

export interface CompareEvents {
  compared(c: Compared): void;
  failed(message: string): void;
}

/** Something that takes requests and answers like the compare worker. */
export interface CompareWorkerLike {
  postMessage(request: CompareRequest): void;
  onmessage: ((e: MessageEvent<CompareReply>) => void) | null;
  terminate(): void;
}

// Results of B kept for pairing: a diff is at most a few versions behind the editor.
const KEPT = 8;

export class CompareClient {
  private generation = 0;
  private aText = '';
  private readonly storeA = new PieceStore();
  private a: AnalysisResult | null = null;
  private readonly results = new Map<number, AnalysisResult>();
  /** The newest diff that has not met its B yet. */
  private waiting: { version: number; diff: ResultDiff } | null = null;

  constructor(
    private readonly worker: CompareWorkerLike,
    private readonly events: CompareEvents,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
  }

  /** Compares with `text` as A from now on. */
  setA(text: string): void {
    this.generation += 1;
    this.aText = text;
    this.a = null;
    this.waiting = null;
    this.worker.postMessage({ a: text });
  }

  /** B's requests, for AnalysisClient.follow. */
  readonly follow: Follower = (request) => this.worker.postMessage(request);

  /** The result of B's `version`, as the analysis worker answered it. */
  resultOfB(version: number, result: AnalysisResult): void {
    this.results.set(version, result);
    for (const v of this.results.keys()) if (this.results.size > KEPT) this.results.delete(v);
    this.pair();
  }

  dispose(): void {
    this.worker.onmessage = null;
    this.worker.terminate();
  }

  private receive(reply: CompareReply): void {
    if (reply.type === 'failed') {
      this.events.failed(reply.message);
      return;
    }
    if (reply.generation !== this.generation) return;
    if (reply.type === 'a-pieces') this.storeA.add(reply.added);
    else if (reply.type === 'a-done') this.a = this.storeA.assemble(this.aText, reply.places);
    else {
      this.waiting = { version: reply.version, diff: reply.diff };
      this.pair();
    }
  }

  private pair(): void {
    const { a, waiting } = this;
    const b = waiting && this.results.get(waiting.version);
    if (!a || !waiting || !b) return;
    this.waiting = null;
    this.events.compared({ a, b, version: waiting.version, diff: waiting.diff });
  }
}

/** The compare worker of the built page. */
export function startCompareWorker(): CompareWorkerLike {
  return new Worker(new URL('./compare.worker.ts', import.meta.url), {
    type: 'module',
    name: 'podscope-compare',
  });
}
