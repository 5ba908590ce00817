// The worker's side of the analysis protocol, free of the Worker API so tests can drive it: keeps
// the text the page last sent and the analyses of its pieces, and answers each request with the
// analyses the page has not received yet.
import { PieceCache, type Progress } from '../../src/analysis/pieceCache';
import { composeEdits, type TextEdit } from '../../src/analysis/textEdit';
import type { AnalyzeRequest, WorkerReply } from './protocol';

// Pieces per message: each message is unpacked in one task on the page, so keep it short.
const BATCH = 150;
// Progress is reported for big inputs at most this often.
const PROGRESS_MS = 100;
const NO_EDIT: TextEdit = { from: 0, to: 0, insert: '' };

export class AnalysisHost {
  private readonly cache = new PieceCache();

  constructor(private readonly post: (reply: WorkerReply) => void) {}

  handle(request: AnalyzeRequest): void {
    const { version } = request;
    let last = performance.now();
    const progress: Progress = (done, total) => {
      const now = performance.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      this.post({ type: 'progress', version, done, total });
    };
    try {
      const update =
        'text' in request
          ? this.cache.update(request.text, progress)
          : this.cache.edit(
              composeEdits(this.cache.current, request.edits)?.edit ?? NO_EDIT,
              progress,
            );
      for (let i = 0; i < update.added.length; i += BATCH)
        this.post({ type: 'pieces', version, added: update.added.slice(i, i + BATCH) });
      this.post({ type: 'done', version, places: update.places });
    } catch (e) {
      this.post({ type: 'failed', version, message: String(e) });
    }
  }
}
