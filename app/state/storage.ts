// The manifest is kept in this browser only (localStorage), never sent anywhere.

const KEY = 'podscope.manifest.v1';

/** The saved manifest, or undefined on a first visit (or when storage is unavailable). */
export function loadSavedManifest(): { text: string; source: string } | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return undefined;
    const saved = JSON.parse(raw) as { text?: unknown; source?: unknown };
    if (typeof saved.text !== 'string') return undefined;
    return { text: saved.text, source: typeof saved.source === 'string' ? saved.source : '' };
  } catch {
    return undefined;
  }
}

/** Saves the manifest; returns false when the browser refuses (quota, private mode). */
export function saveManifest(text: string, source: string): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify({ text, source }));
    return true;
  } catch {
    return false;
  }
}
