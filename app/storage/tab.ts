// Which working copy is this tab's. The id lives in sessionStorage, so it survives a reload; but
// "Duplicate tab" copies sessionStorage too, so an id is only this tab's once it holds the id's
// lock (Web Locks: held until the tab closes or navigates away). A tab that cannot get the lock
// is a duplicate and takes a new id.

const KEY = 'podscope.tab';
/** How long to wait for the lock: after a reload, the page before may take a moment to let go. */
const CLAIM_WAIT_MS = 1500;

/** The id this tab had before a reload (or a duplicated tab's original's), if any. */
export function sessionTab(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function newTabId(): string {
  return crypto.randomUUID();
}

/**
 * Resolves to `id` once this tab holds it, or to a new id when another open tab does (a
 * duplicated tab). Browsers without Web Locks keep `id`.
 */
export async function claimTab(
  id: string,
  locks: LockManager | undefined = navigator.locks,
): Promise<string> {
  const claimed = await (locks ? claim(locks, id) : Promise.resolve(true));
  const mine = claimed ? id : newTabId();
  if (!claimed && locks) await claim(locks, mine);
  try {
    sessionStorage.setItem(KEY, mine);
  } catch {
    // Without sessionStorage a reload opens the most recent work, which is this tab's anyway.
  }
  return mine;
}

/** Takes the lock of `id` for good; false when another tab kept it for CLAIM_WAIT_MS. */
function claim(locks: LockManager, id: string): Promise<boolean> {
  return new Promise((resolve) => {
    locks
      .request(`podscope-tab:${id}`, { signal: AbortSignal.timeout(CLAIM_WAIT_MS) }, () => {
        resolve(true);
        return new Promise<void>(() => {}); // held while the page lives
      })
      .catch(() => resolve(false));
  });
}
