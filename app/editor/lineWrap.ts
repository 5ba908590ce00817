// Soft wrapping of long lines in the manifest editor, with continuation rows indented under the
// start of their line's text (see hangingIndent.ts).
import { RangeSetBuilder, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { hangingIndent, MAX_HANGING_INDENT } from './hangingIndent';

/**
 * Texts longer than this are never wrapped, whatever the setting. A wrapped line is laid out
 * whole (unwrapped, CodeMirror draws only the part of a long line in view): a line of a quarter
 * of a million characters takes a tenth of a second or more to lay out again on every keystroke,
 * and a megabyte-long one stalls typing. Up to this length it costs no more than the analysis
 * that every keystroke starts anyway.
 */
export const WRAP_UP_TO = 100_000;

// One decoration per width, shared by every line of that width.
const marks = new Map<number, Decoration>();
function mark(columns: number): Decoration {
  let m = marks.get(columns);
  if (!m) {
    m = Decoration.line({ attributes: { style: `--hang: ${columns}ch` } });
    marks.set(columns, m);
  }
  return m;
}

function hangingMarks(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const { doc, tabSize } = view.state;
  let last = 0;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to;) {
      const line = doc.lineAt(pos);
      pos = line.to + 1;
      // Two visible ranges around a fold may share a line.
      if (line.number <= last) continue;
      last = line.number;
      // The lead is never longer than the cap: no need to read a long line whole.
      const start = doc.sliceString(line.from, Math.min(line.to, line.from + MAX_HANGING_INDENT));
      const columns = hangingIndent(start, tabSize);
      if (columns > 0) builder.add(line.from, line.from, mark(columns));
    }
  }
  return builder.finish();
}

const hanging = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = hangingMarks(view);
    }
    update(update: ViewUpdate): void {
      if (update.docChanged || update.viewportChanged) this.decorations = hangingMarks(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

// The first row starts where it always does (padding plus a negative indent of the same width),
// so the text, the cursor and drawn selections of unwrapped lines do not move.
const hangingTheme = EditorView.theme({
  '.cm-line': {
    paddingLeft: 'calc(var(--hang, 0ch) + 6px)',
    textIndent: 'calc(-1 * var(--hang, 0ch))',
  },
});

/** Whether the editor wraps: when the reader wants it and the text is short enough. */
export function wraps(wanted: boolean, length: number): boolean {
  return wanted && length <= WRAP_UP_TO;
}

/** Soft wrapping with hanging indents, or nothing. */
export function lineWrap(on: boolean): Extension {
  return on ? [EditorView.lineWrapping, hanging, hangingTheme] : [];
}
