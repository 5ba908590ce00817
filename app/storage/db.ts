// The browser database the page keeps texts in (IndexedDB: it holds far more than localStorage,
// and the analysis worker can write to it, so a big text is stored without the page waiting).
// Used by the page and by the worker; nothing in it ever leaves the browser.

export const DB_NAME = 'podscope';
const DB_VERSION = 1;

/** Each tab's working copy, by tab id. */
export const WORK = 'work';
/** The working copies by when they were saved (finds the newest without reading any text). */
export const WORK_AT = 'at';
/** The version history: what each version is (no text), by id in the order kept. */
export const VERSIONS = 'versions';
/** The version history's texts, by the same ids. */
export const VERSION_TEXTS = 'versionTexts';

/** A tab's working copy: the text it shows, where it came from and when it was saved. */
export interface WorkRecord {
  tab: string;
  text: string;
  source: string;
  /** When the text was saved (ms since the epoch). */
  at: number;
}

/** How a version came to be kept. */
export type VersionKind = 'example' | 'upload' | 'drop' | 'link' | 'paste' | 'typing' | 'restore';

/** What a kept version is, without its text. */
export interface VersionMeta {
  id: number;
  kind: VersionKind;
  /** The status line's source when it was kept: an example's title, a file name. */
  source: string;
  at: number;
  /** Its size in bytes (UTF-8). */
  bytes: number;
  documents: number;
  /** `Kind/name` of each workload, in order. */
  workloads: string[];
}

export interface VersionText {
  id: number;
  text: string;
}

/** Opens (and on first use creates) the database; rejects where the browser allows no storage. */
export function openDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore(WORK, { keyPath: 'tab' }).createIndex(WORK_AT, 'at');
      db.createObjectStore(VERSIONS, { keyPath: 'id', autoIncrement: true });
      db.createObjectStore(VERSION_TEXTS, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('the database did not open'));
    req.onblocked = () => reject(new Error('the database is blocked by another tab'));
  });
}

/** The result of a request, as a promise. */
export function settled<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('a database request failed'));
  });
}

/** Resolves once a transaction has committed (its writes are safely stored), rejects if not. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('a database transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('a database transaction was aborted'));
  });
}

/** Why storing failed, in the words the page's notice uses. */
export type StoreProblem = 'quota' | 'unavailable' | 'failed';

export function problemOf(e: unknown): StoreProblem {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return 'unavailable';
  return 'failed';
}
