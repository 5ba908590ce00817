// Every user-visible string of the editor, CodeMirror's own phrases (search panel, go to line,
// lint panel, folding) included.

export const editor = {
  label: 'Manifest (YAML or JSON)',
  keys:
    'Tab indents with spaces. To leave the editor with the keyboard, press Escape, then Tab. ' +
    'Ctrl+F (Cmd+F) searches, F8 goes to the next problem, Ctrl+Shift+M (Cmd+Shift+M) lists them.',
  suppressed: 'suppressed',
  /** Shown in the empty editor. */
  placeholder: 'Paste or type a Kubernetes manifest here, or drop a YAML or JSON file on the page.',
  tools: 'Editor options',
  wrap: 'Wrap lines',
  /** `limit`: the text length above which the editor never wraps, written out. */
  wrapTitle: (limit: string): string =>
    `Wrap long lines at the editor’s edge instead of scrolling sideways (texts over ${limit} characters never wrap)`,
  /** CodeMirror's phrases are its English strings themselves; English needs no table. */
  phrases: {} as Record<string, string>,
};

export type EditorTexts = typeof editor;
