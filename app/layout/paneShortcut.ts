// Which pane a key press shows or hides: Ctrl+Alt+E the editor, Ctrl+Alt+I the side panel
// (Control+Option on a Mac). Neither is bound by CodeMirror's keymaps or by Chrome or Firefox;
// the checks below keep them from taking a character someone types with AltGr, which Windows
// reports as Ctrl+Alt (Ctrl+Alt+E is € on a German keyboard).

export type PaneName = 'editor' | 'side';

export interface ShortcutFacts {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  /** The AltGr key is held (`getModifierState('AltGraph')`). */
  altGraph: boolean;
}

const LETTERS: Record<string, PaneName> = { e: 'editor', i: 'side' };
const CODES: Record<string, PaneName> = { KeyE: 'editor', KeyI: 'side' };

/** The pane the key toggles, or null. */
export function paneShortcut(k: ShortcutFacts): PaneName | null {
  if (!k.ctrlKey || !k.altKey || k.shiftKey || k.metaKey || k.altGraph) return null;
  // A printed key says which letter it is on any layout; a dead or unnamed key falls back on
  // its place on the keyboard.
  if (k.key.length === 1) return LETTERS[k.key.toLowerCase()] ?? null;
  return CODES[k.code] ?? null;
}

/** The shortcuts as `aria-keyshortcuts` names them and as the buttons' titles show them. */
export const PANE_KEYS: Record<PaneName, { aria: string; shown: string }> = {
  editor: { aria: 'Control+Alt+E', shown: 'Ctrl+Alt+E' },
  side: { aria: 'Control+Alt+I', shown: 'Ctrl+Alt+I' },
};
