// When to store what: the tab's working copy shortly after every change, a version in the history
// whenever the text is replaced and, while typing, at most one a minute. Free of React and of the
// browser's clock so tests can drive it; useKeeping.ts connects it to the page.
import type { VersionKind } from './db';
import type { StoreRequest } from '../state/protocol';

/** A small text's working copy is stored this soon after a change… */
export const WORK_DELAY_MS = 300;
/** …a big one once typing has paused this long (the worker copies it; no need to do it often). */
export const BIG_WORK_DELAY_MS = 1000;
export const BIG_TEXT = 200_000;
/** While typing, a version is kept once typing pauses this long… */
export const TYPING_PAUSE_MS = 2000;
/** …and no more often than this. */
export const TYPING_VERSION_EVERY_MS = 60_000;

export interface KeepingDeps {
  /** Stores the text asked for analysis last (see AnalysisClient.keep). */
  keep(request: StoreRequest): void;
  now(): number;
  setTimer(run: () => void, ms: number): number;
  clearTimer(id: number): void;
}

export class Keeping {
  private tab: string | null = null;
  private source = '';
  /** A working copy waits to be stored (its time is the change it holds). */
  private work: { at: number } | null = null;
  private workTimer = 0;
  private versionTimer = 0;
  private typed = false;
  private lastTypingVersion = -Infinity;
  private lastChange = 0;
  private lastSaved = -Infinity;

  constructor(private readonly deps: KeepingDeps) {}

  /** The tab's id, once it is known to be this tab's (see tab.ts); storing waits for it. */
  setTab(tab: string): void {
    this.tab = tab;
    if (this.work) this.flush();
  }

  /** The time of the newest change (what another tab's work is compared with). */
  get changedAt(): number {
    return this.lastChange;
  }

  /** True while the newest change has not been confirmed stored. */
  get unsaved(): boolean {
    return this.lastChange > this.lastSaved;
  }

  /** A keystroke (or any edit in the editor that is not a paste over everything). */
  edited(source: string, length: number): void {
    this.changed(source, length);
    this.typed = true;
    this.deps.clearTimer(this.versionTimer);
    this.versionTimer = this.deps.setTimer(() => this.typingPaused(), TYPING_PAUSE_MS);
  }

  /**
   * Call before the text is replaced: typing not kept yet becomes a version first, so what was
   * typed is in the history whatever replaces it.
   */
  beforeReplace(): void {
    if (!this.typed) return;
    this.keepVersion('typing');
  }

  /** The text was replaced (and asked for analysis); `kind` says how, when it is to be kept. */
  replaced(kind: VersionKind | undefined, source: string, length: number): void {
    this.changed(source, length);
    this.typed = false;
    this.deps.clearTimer(this.versionTimer);
    if (kind) this.deps.keep({ store: 'version', kind, source, at: this.deps.now() });
  }

  /** Stores the waiting working copy now (the page is being hidden or closed). */
  flush(): void {
    this.deps.clearTimer(this.workTimer);
    const work = this.work;
    if (!work || this.tab === null) return;
    this.work = null;
    this.deps.keep({ store: 'work', tab: this.tab, source: this.source, at: work.at });
  }

  /** A working copy was stored. */
  saved(at: number): void {
    this.lastSaved = Math.max(this.lastSaved, at);
  }

  private changed(source: string, length: number): void {
    this.source = source;
    // Strictly increasing, so two changes in one millisecond still tell which is newer.
    this.lastChange = Math.max(this.deps.now(), this.lastChange + 1);
    this.work = { at: this.lastChange };
    this.deps.clearTimer(this.workTimer);
    this.workTimer = this.deps.setTimer(
      () => this.flush(),
      length < BIG_TEXT ? WORK_DELAY_MS : BIG_WORK_DELAY_MS,
    );
  }

  private typingPaused(): void {
    if (!this.typed) return;
    const wait = this.lastTypingVersion + TYPING_VERSION_EVERY_MS - this.deps.now();
    if (wait <= 0) this.keepVersion('typing');
    else this.versionTimer = this.deps.setTimer(() => this.typingPaused(), wait);
  }

  private keepVersion(kind: VersionKind): void {
    this.typed = false;
    this.lastTypingVersion = this.deps.now();
    this.deps.keep({ store: 'version', kind, source: this.source, at: this.lastTypingVersion });
  }
}
