// Every user-visible string of the editor, in one module so that a translation replaces one file.

export const editorText = {
  label: 'Manifest (YAML or JSON)',
  keys:
    'Tab indents with spaces. To leave the editor with the keyboard, press Escape, then Tab. ' +
    'Ctrl+F (Cmd+F) searches, F8 goes to the next problem, Ctrl+Shift+M (Cmd+Shift+M) lists them.',
};
