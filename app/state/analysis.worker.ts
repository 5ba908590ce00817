// The analysis worker: the engine runs here, so the page never waits for it. Each text is cut
// into documents and only documents not seen in the previous text are analysed and sent.
import { PieceCache } from '../../src/pieceCache';
import type { AnalyzeRequest, WorkerReply } from './protocol';

// Pieces per message: each message is unpacked in one task on the page, so keep it short.
const BATCH = 150;
// Progress is reported for big inputs at most this often.
const PROGRESS_MS = 100;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

const cache = new PieceCache();

scope.onmessage = ({ data: { version, text } }) => {
  try {
    let last = performance.now();
    const update = cache.update(text, (done, total) => {
      const now = performance.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      scope.postMessage({ type: 'progress', version, done, total });
    });
    for (let i = 0; i < update.added.length; i += BATCH)
      scope.postMessage({ type: 'pieces', version, added: update.added.slice(i, i + BATCH) });
    scope.postMessage({ type: 'done', version, places: update.places });
  } catch (e) {
    scope.postMessage({ type: 'failed', version, message: String(e) });
  }
};
