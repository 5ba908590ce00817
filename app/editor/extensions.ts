// Everything the manifest editor is made of, except what changes per document (the line break)
// or per page (the accessible name), which the controller adds.
import { defaultKeymap, history, historyKeymap, indentLess } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  indentOnInput,
  indentUnit,
} from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { normalizeLineBreaks } from './lineBreaks';
import { insertSoftTab } from './softTab';
import { editorTheme, yamlHighlight } from './theme';

/** Pasted or dropped text takes the document's line breaks, so CRLF files stay CRLF. */
const sameLineBreaks = EditorView.clipboardInputFilter.of((text, state) =>
  normalizeLineBreaks(text, state.lineBreak === '\r\n' ? '\r\n' : '\n'),
);

/** A dropped file is a new manifest for the page to load, not text to splice in here. */
const leaveFileDropsToThePage = EditorView.domEventHandlers({
  drop: (event) => (event.dataTransfer?.files.length ?? 0) > 0,
});

/**
 * The editable area is focusable as a contenteditable; saying so with a tabindex lets checkers
 * that only count tabindex and form controls (axe's scrollable-region-focusable) see that the
 * scrolling editor is reachable from the keyboard. It adds no Tab stop.
 */
const focusableContent = EditorView.contentAttributes.of({ tabindex: '0' });

/**
 * Above this many characters the editor drops YAML highlighting and folding: re-parsing a
 * multi-megabyte text for colours on every keystroke would block typing. Findings, the gutter,
 * search and undo stay.
 */
export const PLAIN_ABOVE = 1_000_000;

/** YAML highlighting and folding, for texts up to PLAIN_ABOVE characters. */
export function yamlSupport(length: number): Extension {
  return length > PLAIN_ABOVE ? [] : [yaml(), yamlHighlight];
}

/** The manifest editor's fixed extensions. */
export function editorExtensions(): Extension {
  return [
    lintGutter({ hoverTime: 150 }),
    lineNumbers(),
    foldGutter(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    dropCursor(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    editorTheme,
    EditorState.tabSize.of(2),
    indentUnit.of('  '),
    sameLineBreaks,
    leaveFileDropsToThePage,
    focusableContent,
    keymap.of([
      // Escape then Tab still leaves the editor: CodeMirror never binds Tab right after Escape.
      { key: 'Tab', run: insertSoftTab, shift: indentLess },
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...lintKeymap,
    ]),
  ];
}
