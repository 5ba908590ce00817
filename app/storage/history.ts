// The version history, read from the page: the list (no texts), one version's text, and Clear.
// Versions are written by the worker (see keeper.ts).
import { committed, openDb, settled, VERSION_TEXTS, VERSIONS, type VersionMeta } from './db';

/** The kept versions, newest first. */
export async function listVersions(factory?: IDBFactory): Promise<VersionMeta[]> {
  const db = await openDb(factory);
  try {
    const tx = db.transaction(VERSIONS, 'readonly');
    const all = await settled(tx.objectStore(VERSIONS).getAll() as IDBRequest<VersionMeta[]>);
    return all.reverse();
  } finally {
    db.close();
  }
}

/** One version's text, or undefined when it is gone (cleared, or dropped as the oldest). */
export async function readVersion(id: number, factory?: IDBFactory): Promise<string | undefined> {
  const db = await openDb(factory);
  try {
    const tx = db.transaction(VERSION_TEXTS, 'readonly');
    const v = (await settled(tx.objectStore(VERSION_TEXTS).get(id))) as
      { text: string } | undefined;
    return v?.text;
  } finally {
    db.close();
  }
}

/** Empties the history (the tabs' working copies stay). */
export async function clearVersions(factory?: IDBFactory): Promise<void> {
  const db = await openDb(factory);
  try {
    const tx = db.transaction([VERSIONS, VERSION_TEXTS], 'readwrite');
    tx.objectStore(VERSIONS).clear();
    tx.objectStore(VERSION_TEXTS).clear();
    await committed(tx);
  } finally {
    db.close();
  }
}
