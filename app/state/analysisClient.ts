// The page's side of the analysis worker: sends texts, gathers piece analyses, assembles results.
// One text is in flight at a time and only the newest waiting text is sent next, so a burst of
// keystrokes costs one analysis, and results arrive in the order the texts were typed. After the
// first text only the change is sent: the worker keeps the text it was sent last.
import type { AnalysisResult } from '../../src/analysis/result';
import { PieceStore } from '../../src/analysis/pieceStore';
import { minimalEdit, type TextChange, type TextEdit } from '../../src/analysis/textEdit';
import type { AnalyzeRequest, WorkerReply } from './protocol';

export interface ClientEvents {
  result(result: AnalysisResult, version: number): void;
  progress(done: number, total: number): void;
  failed(message: string): void;
}

/** Something that takes requests and answers like the analysis worker. */
export interface WorkerLike {
  postMessage(request: AnalyzeRequest): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  terminate(): void;
}

export class AnalysisClient {
  private readonly store = new PieceStore();
  private version = 0;
  private inFlight: { version: number; text: string } | null = null;
  /** The newest text not sent yet, and the edits from the text sent last to it when known. */
  private waiting: { text: string; edits: TextEdit[] | null } | null = null;
  /** The text the worker holds: the one sent last. */
  private sent: string | null = null;
  /** The text asked for last. */
  private asked: string | null = null;

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
    const waiting = this.waiting;
    let edits: TextEdit[] | null = null;
    if (change && waiting)
      edits =
        waiting.edits && change.base === waiting.text ? [...waiting.edits, change.edit] : null;
    else if (change && change.base === this.sent) edits = [change.edit];
    this.waiting = { text, edits };
    this.send();
  }

  dispose(): void {
    this.worker.onmessage = null;
    this.worker.terminate();
  }

  private send(): void {
    if (this.inFlight || this.waiting === null) return;
    const { text, edits } = this.waiting;
    const version = ++this.version;
    this.inFlight = { version, text };
    this.waiting = null;
    performance.mark('podscope:analysis-sent');
    if (this.sent === null) this.worker.postMessage({ version, text });
    else {
      const sent = this.sent;
      this.worker.postMessage({
        version,
        edits: edits ?? [minimalEdit(sent, text) ?? { from: 0, to: 0, insert: '' }],
      });
    }
    this.sent = text;
  }

  private receive(reply: WorkerReply): void {
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
