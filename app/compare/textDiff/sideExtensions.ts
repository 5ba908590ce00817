// What each side of the text diff is made of: the editor's YAML colours and look, read-only, and
// the lines of the element selected on the graph. The diff's own marks are restyled here with
// the page's colours, and each changed line carries a − (A) or + (B) in its gutter, so a change
// never shows by colour alone, in light or dark.
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  lineNumbers,
  MatchDecorator,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { yamlSupport } from '../../editor/extensions';
import { detectLineBreak } from '../../editor/lineBreaks';
import { WRAP_UP_TO } from '../../editor/lineWrap';
import { editorTheme } from '../../editor/theme';
import type { SideRange } from './sideRanges';

/** Marks the lines of a range as the selected element's, or clears them (null). */
export const markElement = StateEffect.define<SideRange | null>();

const elementLine = Decoration.line({ class: 'cm-selectedElement' });

const elementLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(lines, tr) {
    let out = lines.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(markElement)) continue;
      out = Decoration.none;
      const r = e.value;
      if (!r) continue;
      const doc = tr.state.doc;
      const first = doc.lineAt(Math.min(r.from, doc.length)).number;
      const last = doc.lineAt(Math.min(r.to, doc.length)).number;
      const marks = [];
      for (let n = first; n <= last; n++) marks.push(elementLine.range(doc.line(n).from));
      out = Decoration.set(marks);
    }
    return out;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// Each side has half of the editor's pane: indentation is drawn at half width and long lines
// wrap, so a deeply nested YAML line still shows its key and value.
const leadingSpaces = new MatchDecorator({
  regexp: /^ {2,}/g,
  decoration: Decoration.mark({ class: 'cm-indent' }),
});

const halfIndent = ViewPlugin.fromClass(
  class {
    indents: DecorationSet;
    constructor(view: EditorView) {
      this.indents = leadingSpaces.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.indents = leadingSpaces.updateDeco(update, this.indents);
    }
  },
  { decorations: (p) => p.indents },
);

const v = (name: string): string => `var(--pe-${name})`;

/** Both sides' sign in the change gutter: wide enough for a − or a +, on the change's colour. */
const sign = (content: string, color: string) => ({
  background: 'none',
  color,
  fontWeight: '700',
  textAlign: 'center',
  '&::before': { content: `"${content}"` },
});

const diffTheme = EditorView.theme({
  '.cm-indent': { letterSpacing: '-0.3em' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 3px 0 4px', minWidth: '2ch' },
  '.cm-changeGutter': { width: '1.1em', paddingLeft: '0' },
  '&.cm-merge-a .cm-changedLineGutter, .cm-deletedLineGutter': sign('−', v('diff-del-fg')),
  '&.cm-merge-b .cm-changedLineGutter': sign('+', v('diff-ins-fg')),
  '&.cm-merge-a .cm-changedLine, .cm-deletedChunk': { backgroundColor: v('diff-del') },
  '&.cm-merge-b .cm-changedLine, .cm-inlineChangedLine': { backgroundColor: v('diff-ins') },
  '&.cm-merge-a .cm-changedText': {
    background: `linear-gradient(${v('diff-del-fg')}, ${v('diff-del-fg')}) bottom/100% 2px no-repeat`,
  },
  '&.cm-merge-b .cm-changedText': {
    background: `linear-gradient(${v('diff-ins-fg')}, ${v('diff-ins-fg')}) bottom/100% 2px no-repeat`,
  },
  '.cm-collapsedLines': {
    color: v('muted'),
    background: v('chip-bg'),
    borderTop: `1px dashed ${v('border-strong')}`,
    borderBottom: `1px dashed ${v('border-strong')}`,
    fontFamily: 'system-ui, sans-serif',
    fontSize: '12px',
  },
  '.cm-collapsedLines:hover': { color: v('fg') },
  // The selected element: a bar in the margin as well as a tint, so it shows without colour.
  '.cm-selectedElement': {
    backgroundColor: v('active-line'),
    boxShadow: `inset 3px 0 0 ${v('focus')}`,
  },
});

/**
 * One side's extensions, for its text and its name: line breaks kept as the editor keeps them, so the engine's
 * offsets convert the same way (app/editor/lineBreaks.ts), and YAML support by the text's size.
 */
export function sideExtensions(
  text: string,
  label: string,
  phrases: Record<string, string>,
): Extension {
  return [
    EditorView.contentAttributes.of({ 'aria-label': label }),
    EditorState.lineSeparator.of(detectLineBreak(text)),
    lineNumbers(),
    yamlSupport(text.length),
    editorTheme,
    diffTheme,
    EditorState.readOnly.of(true),
    EditorView.editable.of(false),
    EditorState.tabSize.of(2),
    EditorState.phrases.of(phrases),
    text.length > WRAP_UP_TO ? [] : [EditorView.lineWrapping, halfIndent],
    elementLines,
  ];
}
