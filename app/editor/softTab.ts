// Tab in a YAML editor: YAML forbids tab characters in indentation, so Tab never inserts one.
import { indentMore } from '@codemirror/commands';
import { getIndentUnit } from '@codemirror/language';
import { countColumn, EditorSelection, type StateCommand } from '@codemirror/state';

/** Indents the selected lines, or inserts spaces up to the next indent stop at each cursor. */
export const insertSoftTab: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  if (state.selection.ranges.some((r) => !r.empty)) return indentMore({ state, dispatch });
  const unit = getIndentUnit(state);
  const tr = state.changeByRange((range) => {
    const line = state.doc.lineAt(range.head);
    const column = countColumn(line.text.slice(0, range.head - line.from), state.tabSize);
    const spaces = ' '.repeat(unit - (column % unit));
    return {
      changes: { from: range.head, insert: spaces },
      range: EditorSelection.cursor(range.head + spaces.length),
    };
  });
  dispatch(state.update(tr, { scrollIntoView: true, userEvent: 'input.indent' }));
  return true;
};
