// Whether the editor wraps long lines: the reader's choice, kept in this browser.

const KEY = 'podscope.editor.wrap';

/**
 * On until the reader turns it off. Manifests are mostly short lines, but the ones that are not
 * (comments, commands, annotations) are the ones worth reading, and a side-scrolling editor next
 * to the graph cuts them off at the pane's edge.
 */
export const WRAP_BY_DEFAULT = true;

/** The saved choice, or the default when there is none (or storage is unavailable). */
export function loadWrapSetting(): boolean {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === null ? WRAP_BY_DEFAULT : saved === 'on';
  } catch {
    return WRAP_BY_DEFAULT;
  }
}

/** Saves the choice; a browser that refuses only forgets it on reload. */
export function saveWrapSetting(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Nothing else depends on it.
  }
}
