import { indentUnit } from '@codemirror/language';
import { EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { insertSoftTab } from './softTab';

function press(doc: string, selection: EditorSelection): EditorState {
  let state = EditorState.create({
    doc,
    selection,
    extensions: [
      EditorState.tabSize.of(2),
      indentUnit.of('  '),
      EditorState.allowMultipleSelections.of(true),
    ],
  });
  const handled = insertSoftTab({
    state,
    dispatch: (tr: Transaction) => {
      state = tr.state;
    },
  });
  expect(handled).toBe(true);
  return state;
}

describe('insertSoftTab', () => {
  it('inserts spaces up to the next two-column stop, never a tab', () => {
    const atStart = press('name: web', EditorSelection.single(0));
    expect(atStart.doc.toString()).toBe('  name: web');
    expect(atStart.selection.main.head).toBe(2);

    // After "n" (column 1) one space reaches column 2.
    const odd = press('name: web', EditorSelection.single(1));
    expect(odd.doc.toString()).toBe('n ame: web');

    const even = press('- a', EditorSelection.single(2));
    expect(even.doc.toString()).toBe('-   a');
  });

  it('counts an existing tab character as reaching column 2', () => {
    const state = press('\tx', EditorSelection.single(1));
    expect(state.doc.toString()).toBe('\t  x');
  });

  it('handles every cursor', () => {
    const state = press(
      'a\nbc',
      EditorSelection.create([EditorSelection.cursor(1), EditorSelection.cursor(4)]),
    );
    expect(state.doc.toString()).toBe('a \nbc  ');
  });

  it('indents whole lines when text is selected', () => {
    const state = press('a: 1\nb: 2\nc: 3', EditorSelection.single(1, 6));
    expect(state.doc.toString()).toBe('  a: 1\n  b: 2\nc: 3');
  });
});
