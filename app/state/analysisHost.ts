// The worker's side of the analysis protocol, free of the Worker API so tests can drive it: keeps
// the text the page last sent and the analyses of its pieces, and answers each request with the
// analyses the page has not received yet. It also stores that text when the page asks: it holds
// the text already, so storing a big one never copies it on the page.
import type { PieceAnalysis } from '../../src/analysis/analyzePiece';
import { PieceCache, type Progress } from '../../src/analysis/pieceCache';
import type { PiecePlace } from '../../src/analysis/pieceStore';
import { oneEdit } from '../../src/analysis/textEdit';
import { utf8Length } from '../../src/share/utf8';
import type { WorkSaved } from '../storage/channel';
import type { Keeper } from '../storage/keeper';
import type { StoreRequest, WorkerReply, WorkerRequest } from './protocol';

// Pieces per message: each message is unpacked in one task on the page, so keep it short.
const BATCH = 150;
// Progress is reported for big inputs at most this often.
const PROGRESS_MS = 100;

/** What the history lists about a piece: how many documents it has and its workloads' names. */
interface PieceSummary {
  documents: number;
  workloads: string[];
}

export class AnalysisHost {
  private readonly cache = new PieceCache();
  private readonly summaries = new Map<number, PieceSummary>();
  private places: PiecePlace[] = [];

  constructor(
    private readonly post: (reply: WorkerReply) => void,
    private readonly keeper: Pick<Keeper, 'saveWork' | 'keepVersion'> | null = null,
    private readonly announce: (message: WorkSaved) => void = () => {},
  ) {}

  handle(request: WorkerRequest): void {
    if ('store' in request) void this.store(request);
    else this.analyze(request);
  }

  private analyze(request: Exclude<WorkerRequest, StoreRequest>): void {
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
          : this.cache.edit(oneEdit(this.cache.current, request.edits), progress);
      this.remember(update.added, update.places);
      for (let i = 0; i < update.added.length; i += BATCH)
        this.post({ type: 'pieces', version, added: update.added.slice(i, i + BATCH) });
      this.post({ type: 'done', version, places: update.places });
    } catch (e) {
      this.post({ type: 'failed', version, message: String(e) });
    }
  }

  private remember(added: [number, PieceAnalysis][], places: PiecePlace[]): void {
    for (const [id, a] of added) {
      const workloads = a.workloads.map((w) => `${w.ref.kind}/${w.ref.name}`);
      this.summaries.set(id, { documents: a.documents.length, workloads });
    }
    this.places = places;
    // Pieces no longer placed are forgotten now and then, not on every keystroke.
    if (this.summaries.size <= 2 * places.length + BATCH) return;
    const live = new Set(places.map((p) => p.id));
    for (const id of this.summaries.keys()) if (!live.has(id)) this.summaries.delete(id);
  }

  private async store(request: StoreRequest): Promise<void> {
    const text = this.cache.current;
    if (!this.keeper) return;
    if (request.store === 'work') {
      const { tab, source, at } = request;
      const outcome = await this.keeper.saveWork({ tab, text, source, at });
      this.post({ type: 'stored', request, outcome });
      if (outcome.ok)
        this.announce({ type: 'work-saved', tab, source, at, bytes: utf8Length(text) });
    } else {
      let documents = 0;
      const workloads: string[] = [];
      for (const p of this.places) {
        const s = this.summaries.get(p.id);
        if (!s) continue;
        documents += s.documents;
        workloads.push(...s.workloads);
      }
      const { kind, source, at } = request;
      const bytes = utf8Length(text);
      const outcome = await this.keeper.keepVersion(text, {
        kind,
        source,
        at,
        bytes,
        documents,
        workloads,
      });
      this.post({ type: 'stored', request, outcome });
    }
  }
}
