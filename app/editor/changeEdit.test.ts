import { ChangeSet, EditorState, Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/analysis/textEdit';
import { changeToEdit } from './changeEdit';
import type { LineBreak } from './lineBreaks';

// A document as the editor holds it, and its text with the document's own line breaks.
function stateOf(text: string, lineBreak: LineBreak) {
  return EditorState.create({ doc: text, extensions: EditorState.lineSeparator.of(lineBreak) });
}

describe('changeToEdit', () => {
  it('is null when nothing changed', () => {
    const doc = Text.of(['a']);
    expect(changeToEdit(ChangeSet.empty(1), doc, doc, '\n')).toBeNull();
  });

  it('covers several changes with one replacement, in text offsets with CRLF', () => {
    const state = stateOf('kind: Pod\r\nspec: {}\r\n', '\r\n');
    const tr = state.update({
      changes: [
        { from: 0, to: 4, insert: 'KIND' },
        { from: 10, insert: 'x' }, // position 10 is "spec" on line 2: text offset 11
      ],
    });
    const edit = changeToEdit(tr.changes, state.doc, tr.state.doc, '\r\n');
    expect(edit).toEqual({ from: 0, to: 11, insert: 'KIND: Pod\r\nx' });
    expect(applyEdit(state.sliceDoc(), edit!)).toBe(tr.state.sliceDoc());
  });

  it('turns the text before into the text after, for any edits', () => {
    const piece = fc.constantFrom('a', 'b: 1', '', '  - x', '---');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<LineBreak>('\n', '\r\n'),
        fc.array(fc.tuple(fc.nat(60), fc.nat(6), fc.array(piece, { maxLength: 3 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (lines, lineBreak, edits) => {
          let state = stateOf(lines.join(lineBreak), lineBreak);
          const before = state;
          let changes = ChangeSet.empty(state.doc.length);
          for (const [at, removed, inserted] of edits) {
            const from = Math.min(at, state.doc.length);
            const to = Math.min(state.doc.length, from + removed);
            const tr = state.update({ changes: { from, to, insert: inserted.join(lineBreak) } });
            changes = changes.compose(tr.changes);
            state = tr.state;
          }
          const edit = changeToEdit(changes, before.doc, state.doc, lineBreak);
          const after = state.sliceDoc();
          expect(edit ? applyEdit(before.sliceDoc(), edit) : before.sliceDoc()).toBe(after);
        },
      ),
    );
  });
});
