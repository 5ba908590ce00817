// The compare worker's side, free of the Worker API so tests can drive it. It analyses A once,
// follows B through the same requests the analysis worker gets (a keystroke re-analyses only the
// document it changed, as there), and diffs the two. The diff of a big input takes a few hundred
// milliseconds, so it runs here, off the page, and once per burst of keystrokes: requests that
// arrive while one is waiting join it.
import { PieceCache } from '../../src/analysis/pieceCache';
import { PieceStore, type PiecePlace } from '../../src/analysis/pieceStore';
import type { AnalysisResult } from '../../src/analysis/result';
import { oneEdit } from '../../src/analysis/textEdit';
import { diffResults } from '../../src/diff';
import type { CompareReply, CompareRequest } from './compareProtocol';

// Pieces per message: each message is unpacked in one task on the page, so keep it short.
const BATCH = 150;

/** Runs `task` after the messages already waiting (a timer: message tasks queued first go first). */
export type Later = (task: () => void) => void;

export class CompareHost {
  private readonly cacheA = new PieceCache();
  private readonly storeA = new PieceStore();
  private readonly cacheB = new PieceCache();
  private readonly storeB = new PieceStore();
  private a: AnalysisResult | null = null;
  private generation = 0;
  /** B's pieces as last placed, and the version they are of (null until B's first request). */
  private b: { version: number; places: PiecePlace[] } | null = null;
  private waiting = false;

  constructor(
    private readonly post: (reply: CompareReply) => void,
    private readonly later: Later = (task) => setTimeout(task, 0),
  ) {}

  handle(request: CompareRequest): void {
    try {
      if ('a' in request) this.setA(request.a);
      else {
        const update =
          'text' in request
            ? this.cacheB.update(request.text)
            : this.cacheB.edit(oneEdit(this.cacheB.current, request.edits));
        this.storeB.add(update.added);
        this.b = { version: request.version, places: update.places };
      }
      this.diffSoon();
    } catch (e) {
      this.post({ type: 'failed', message: String(e) });
    }
  }

  private setA(text: string): void {
    const generation = ++this.generation;
    const update = this.cacheA.update(text);
    this.storeA.add(update.added);
    this.a = this.storeA.assemble(text, update.places);
    for (let i = 0; i < update.added.length; i += BATCH)
      this.post({ type: 'a-pieces', generation, added: update.added.slice(i, i + BATCH) });
    this.post({ type: 'a-done', generation, places: update.places });
  }

  private diffSoon(): void {
    if (this.waiting) return;
    this.waiting = true;
    this.later(() => {
      this.waiting = false;
      this.diffNow();
    });
  }

  private diffNow(): void {
    const { a, b } = this;
    if (!a || !b) return;
    try {
      const resultB = this.storeB.assemble(this.cacheB.current, b.places);
      const diff = diffResults(a, resultB);
      this.post({ type: 'diff', generation: this.generation, version: b.version, diff });
    } catch (e) {
      this.post({ type: 'failed', message: String(e) });
    }
  }
}
