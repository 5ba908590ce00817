// The page's side of the analysis worker: sends texts, gathers piece analyses, assembles results.
// One text is in flight at a time and only the newest waiting text is sent next, so a burst of
// keystrokes costs one analysis, and results arrive in the order the texts were typed. After the
// first text only the change is sent: the worker keeps the text it was sent last. Requests to
// store a text go to the worker too, right after that text (the worker holds it). Whoever needs
// the same texts (compare mode's worker) can follow along: it hears every request as sent.
import type { AnalysisResult } from '../../src/analysis/result';
import { PieceStore } from '../../src/analysis/pieceStore';
import { minimalEdit, type TextChange, type TextEdit } from '../../src/analysis/textEdit';
import type { StoreOutcome } from '../storage/keeper';
import type { AnalyzeRequest, StoreRequest, WorkerReply, WorkerRequest } from './protocol';

/** Hears every text request the worker is sent, with the worker's version numbers. */
export type Follower = (request: AnalyzeRequest) => void;

export interface ClientEvents {
  result(result: AnalysisResult, version: number): void;
  progress(done: number, total: number): void;
  failed(message: string): void;
  stored?(request: StoreRequest, outcome: StoreOutcome): void;
}

/** Something that takes requests and answers like the analysis worker. */
export interface WorkerLike {
  postMessage(request: WorkerRequest): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  terminate(): void;
}

/** A text not sent yet, the edits from the text before it when known, and what to store of it. */
interface Waiting {
  text: string;
  edits: TextEdit[] | null;
  stores: StoreRequest[];
}

export class AnalysisClient {
  private readonly store = new PieceStore();
  private version = 0;
  private inFlight: { version: number; text: string } | null = null;
  /**
   * Texts not sent yet, oldest first. Only the newest is kept of texts nothing is to be stored
   * of; a text to be stored is sent even when a newer one follows.
   */
  private queue: Waiting[] = [];
  /** The text the worker holds: the one sent last. */
  private sent: string | null = null;
  /** The text asked for last. */
  private asked: string | null = null;
  private readonly followers = new Set<Follower>();

  constructor(
    private readonly worker: WorkerLike,
    private readonly events: ClientEvents,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
  }

  /**
   * Asks for the analysis of `text`; the newest text always wins. `change` says how `text` came
   * from the previous one; without it (or when texts were skipped) the change is worked out.
   */
  analyze(text: string, change: TextChange | null = null): void {
    // Asked twice for one text (at once on an edit, then when React has rendered it).
    if (text === this.asked) return;
    this.asked = text;
    // Keystrokes typed while an analysis runs pile up as edits: working the change out again
    // would compare two multi-megabyte texts on the page.
    const last = this.queue.at(-1);
    if (last && last.stores.length === 0) {
      last.edits =
        last.edits && change && change.base === last.text ? [...last.edits, change.edit] : null;
      last.text = text;
    } else {
      const before = last ? last.text : this.sent;
      const edits = change && change.base === before ? [change.edit] : null;
      this.queue.push({ text, edits, stores: [] });
    }
    this.send();
  }

  /** Stores the text asked for last (see StoreRequest); the outcome comes as `stored`. */
  keep(request: StoreRequest): void {
    const last = this.queue.at(-1);
    if (last) last.stores.push(request);
    else if (this.sent !== null) this.worker.postMessage(request);
  }

  /**
   * Tells `follower` every text request from now on, starting with the whole text sent last (so
   * the edits that follow apply to it); returns the function that stops it.
   */
  follow(follower: Follower): () => void {
    if (this.sent !== null) follower({ version: this.version, text: this.sent });
    this.followers.add(follower);
    return () => void this.followers.delete(follower);
  }

  dispose(): void {
    this.worker.onmessage = null;
    this.worker.terminate();
  }

  private send(): void {
    const next = this.inFlight ? undefined : this.queue.shift();
    if (!next) return;
    const { text, edits, stores } = next;
    const version = ++this.version;
    this.inFlight = { version, text };
    performance.mark('podscope:analysis-sent');
    const sent = this.sent;
    const request: AnalyzeRequest =
      sent === null
        ? { version, text }
        : { version, edits: edits ?? [minimalEdit(sent, text) ?? { from: 0, to: 0, insert: '' }] };
    this.worker.postMessage(request);
    for (const follower of this.followers) follower(request);
    this.sent = text;
    for (const request of stores) this.worker.postMessage(request);
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'stored') {
      this.events.stored?.(reply.request, reply.outcome);
      return;
    }
    const flight = this.inFlight;
    if (!flight || reply.version !== flight.version) return;
    if (reply.type === 'progress') this.events.progress(reply.done, reply.total);
    else if (reply.type === 'pieces') this.store.add(reply.added);
    else {
      this.inFlight = null;
      if (reply.type === 'done') {
        performance.mark('podscope:analysis-received');
        this.events.result(this.store.assemble(flight.text, reply.places), flight.version);
        performance.mark('podscope:analysis-assembled');
      } else this.events.failed(reply.message);
      this.send();
    }
  }
}

/** The analysis worker of the built page. */
export function startWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'podscope-analysis',
  });
}
