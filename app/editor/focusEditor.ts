// Focus for the editor from elsewhere on the page (New, which empties it for the user's own text).

/** The `data-testid` of the element the editor is mounted in. */
export const EDITOR_HOST = 'manifest-editor';

/** Puts the keyboard focus in the manifest editor's text, ready for typing or a paste. */
export function focusManifestEditor(): void {
  document.querySelector<HTMLElement>(`[data-testid="${EDITOR_HOST}"] .cm-content`)?.focus();
}
