// Stores texts from the analysis worker, which holds the text already: a multi-megabyte manifest is
// copied into the database there, never on the page, so storing it cannot hold up typing. A write
// is one transaction: the copy it replaces stays until the new one is safely stored.
import {
  committed,
  openDb,
  problemOf,
  settled,
  VERSION_TEXTS,
  VERSIONS,
  WORK,
  WORK_AT,
  type StoreProblem,
  type VersionMeta,
  type WorkRecord,
} from './db';

/** The history keeps at most this many versions… */
export const MAX_VERSIONS = 50;
/** …and at most this many bytes of text; the oldest versions go first. */
export const MAX_VERSION_BYTES = 50 * 1024 * 1024;
/** Working copies of this many tabs are kept (the most recently saved); older tabs' go. */
export const MAX_TABS = 10;

export type StoreOutcome = { ok: true } | { ok: false; problem: StoreProblem; message: string };

export class Keeper {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory?: IDBFactory) {}

  /** Saves a tab's working copy, then forgets the working copies of long-gone tabs. */
  async saveWork(record: WorkRecord): Promise<StoreOutcome> {
    return this.attempt(async (db) => {
      const tx = db.transaction(WORK, 'readwrite');
      tx.objectStore(WORK).put(record);
      await committed(tx);
      await this.dropOldTabs(db, record.tab);
    });
  }

  /** Keeps a version of a text in the history, then trims the history to its bounds. */
  async keepVersion(text: string, meta: Omit<VersionMeta, 'id'>): Promise<StoreOutcome> {
    return this.attempt(async (db) => {
      const tx = db.transaction([VERSIONS, VERSION_TEXTS], 'readwrite');
      const id = await settled(tx.objectStore(VERSIONS).add(meta));
      tx.objectStore(VERSION_TEXTS).put({ id, text });
      await committed(tx);
      await trimHistory(db);
    });
  }

  private async attempt(write: (db: IDBDatabase) => Promise<void>): Promise<StoreOutcome> {
    try {
      await write(await this.open());
      return { ok: true };
    } catch (e) {
      return { ok: false, problem: problemOf(e), message: String(e) };
    }
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= openDb(this.factory).catch((e: unknown) => {
      this.db = null; // a later write tries again (the user may free space meanwhile)
      throw e;
    });
    return this.db;
  }

  private async dropOldTabs(db: IDBDatabase, keep: string): Promise<void> {
    const tx = db.transaction(WORK, 'readwrite');
    const tabs = await settled(tx.objectStore(WORK).index(WORK_AT).getAllKeys());
    // Oldest first: the index is ordered by save time.
    const old = tabs.slice(0, Math.max(0, tabs.length - MAX_TABS)).filter((t) => t !== keep);
    for (const tab of old) tx.objectStore(WORK).delete(tab);
    await committed(tx);
  }
}

/** Drops the oldest versions until the history is within MAX_VERSIONS and MAX_VERSION_BYTES. */
async function trimHistory(db: IDBDatabase): Promise<void> {
  const tx = db.transaction([VERSIONS, VERSION_TEXTS], 'readwrite');
  const metas = await settled(tx.objectStore(VERSIONS).getAll() as IDBRequest<VersionMeta[]>);
  let count = metas.length;
  let bytes = metas.reduce((sum, m) => sum + m.bytes, 0);
  // Ids grow with time: the first is the oldest. The newest version always stays.
  for (const m of metas.slice(0, -1)) {
    if (count <= MAX_VERSIONS && bytes <= MAX_VERSION_BYTES) break;
    tx.objectStore(VERSIONS).delete(m.id);
    tx.objectStore(VERSION_TEXTS).delete(m.id);
    count--;
    bytes -= m.bytes;
  }
  await committed(tx);
}
