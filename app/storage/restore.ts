// What the page shows when it opens: after a reload, this tab's working copy; in a new tab, the
// work saved most recently by any tab; else a text an earlier podscope saved (localStorage, v1);
// else the default example. A text typed just before the tab went away and not yet stored in the
// database comes back from sessionStorage (written synchronously as the page hides).
import { openDb, settled, WORK, WORK_AT, type WorkRecord } from './db';

/** Where podscope 0.x kept its one text (localStorage); migrated on the first save. */
export const V1_KEY = 'podscope.manifest.v1';
/** The text as the tab went away, when the database had not confirmed it yet (sessionStorage). */
export const UNSAVED_KEY = 'podscope.unsaved';
/** A database that does not answer in this long is treated as unavailable. */
const OPEN_WAIT_MS = 3000;

export interface Restored {
  text: string;
  source: string;
  /** Which copy it is. */
  origin: 'tab' | 'recent' | 'unsaved' | 'v1';
  at: number;
}

/** The text to open with, or undefined on a first visit (the page shows the default example). */
export async function restoreWork(
  tab: string | null,
  factory?: IDBFactory,
): Promise<Restored | undefined> {
  const unsaved = readJson(sessionStorageOrNull(), UNSAVED_KEY);
  const work = await withTimeout(readWork(tab, factory), OPEN_WAIT_MS).catch(() => undefined);
  if (unsaved && (!work || unsaved.at >= work.record.at))
    return { text: unsaved.text, source: unsaved.source, origin: 'unsaved', at: unsaved.at };
  if (work) return { ...pick(work.record), origin: work.own ? 'tab' : 'recent' };
  const v1 = readJson(localStorageOrNull(), V1_KEY);
  if (v1) return { text: v1.text, source: v1.source, origin: 'v1', at: 0 };
  return undefined;
}

/** This tab's working copy, else the most recently saved one of any tab. */
async function readWork(
  tab: string | null,
  factory?: IDBFactory,
): Promise<{ record: WorkRecord; own: boolean } | undefined> {
  const db = await openDb(factory);
  try {
    const store = db.transaction(WORK, 'readonly').objectStore(WORK);
    if (tab !== null) {
      const own = (await settled(store.get(tab))) as WorkRecord | undefined;
      if (own) return { record: own, own: true };
    }
    const cursor = await settled(store.index(WORK_AT).openCursor(null, 'prev'));
    const newest = cursor?.value as WorkRecord | undefined;
    return newest ? { record: newest, own: false } : undefined;
  } finally {
    db.close();
  }
}

/** Another tab's working copy (to open work it offered). */
export async function readTabWork(
  tab: string,
  factory?: IDBFactory,
): Promise<WorkRecord | undefined> {
  const db = await openDb(factory);
  try {
    const store = db.transaction(WORK, 'readonly').objectStore(WORK);
    return (await settled(store.get(tab))) as WorkRecord | undefined;
  } finally {
    db.close();
  }
}

function pick(r: WorkRecord): { text: string; source: string; at: number } {
  return { text: r.text, source: r.source, at: r.at };
}

function readJson(
  storage: Storage | null,
  key: string,
): { text: string; source: string; at: number } | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { text?: unknown; source?: unknown; at?: unknown };
    if (typeof saved.text !== 'string') return undefined;
    return {
      text: saved.text,
      source: typeof saved.source === 'string' ? saved.source : '',
      at: typeof saved.at === 'number' ? saved.at : 0,
    };
  } catch {
    return undefined;
  }
}

export function sessionStorageOrNull(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export function localStorageOrNull(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the database did not answer')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
