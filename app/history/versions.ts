// What the Versions dialog reads from and does to the history, as outcomes rather than throws: a
// browser that keeps no storage (private browsing, a blocked database) yields a problem to show,
// never an exception in a component. The factory is a parameter so tests can use another database.
import { problemOf, type StoreProblem, type VersionMeta } from '../storage/db';
import { clearVersions, listVersions, readVersion } from '../storage/history';

/** The kept versions, newest first, and the time they were read at (for "5 minutes ago"). */
export type ListRead =
  { ok: true; versions: VersionMeta[]; now: number } | { ok: false; problem: StoreProblem };

/** One version's text, or why there is none. */
export type TextRead = { ok: true; text: string } | { ok: false; problem: StoreProblem | 'gone' };

export async function readList(factory?: IDBFactory): Promise<ListRead> {
  try {
    return { ok: true, versions: await listVersions(factory), now: Date.now() };
  } catch (e) {
    return { ok: false, problem: problemOf(e) };
  }
}

export async function readText(id: number, factory?: IDBFactory): Promise<TextRead> {
  try {
    const text = await readVersion(id, factory);
    return text === undefined ? { ok: false, problem: 'gone' } : { ok: true, text };
  } catch (e) {
    return { ok: false, problem: problemOf(e) };
  }
}

/** Empties the history; then the list as it now is (empty, unless a version was kept meanwhile). */
export async function clearAll(
  factory?: IDBFactory,
): Promise<{ cleared: boolean; list: ListRead }> {
  let cleared = true;
  try {
    await clearVersions(factory);
  } catch {
    cleared = false;
  }
  return { cleared, list: await readList(factory) };
}
