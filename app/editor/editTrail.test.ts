import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { EditTrail } from './editTrail';

/** Types `insert` at the end of the state, records it, and hands the result on. */
function typeAndCommit(trail: EditTrail, state: EditorState, insert: string): EditorState {
  const tr = state.update({ changes: { from: state.doc.length, insert } });
  trail.edit(tr.changes);
  trail.commit(tr.state.doc.toString(), tr.state.doc);
  return tr.state;
}

describe('EditTrail', () => {
  it('knows the texts it was given and maps them onto the current document', () => {
    let state = EditorState.create({ doc: 'a: 1' });
    const trail = new EditTrail();
    trail.reset('a: 1', state.doc);
    state = typeAndCommit(trail, state, '\nb: 2');
    state = typeAndCommit(trail, state, '\nc: 3');

    const first = trail.locate('a: 1');
    expect(first?.doc.toString()).toBe('a: 1');
    // Everything typed after the first text lies past its end: position 4 stays 4 (assoc -1)
    // or moves past the 10 inserted characters (assoc 1).
    expect(first?.changes.mapPos(4, -1)).toBe(4);
    expect(first?.changes.mapPos(4, 1)).toBe(14);

    const middle = trail.locate('a: 1\nb: 2');
    expect(middle?.changes.mapPos(9, 1)).toBe(14);
    const latest = trail.locate(state.doc.toString());
    expect(latest?.changes.empty).toBe(true);
  });

  it('includes edits not yet handed on', () => {
    const state = EditorState.create({ doc: 'x' });
    const trail = new EditTrail();
    trail.reset('x', state.doc);
    const tr = state.update({ changes: { from: 0, insert: '--' } });
    trail.edit(tr.changes);
    expect(trail.locate('x')?.changes.mapPos(0, 1)).toBe(2);
  });

  it('forgets texts it never saw and everything before a reset', () => {
    const state = EditorState.create({ doc: 'one' });
    const trail = new EditTrail();
    trail.reset('one', state.doc);
    expect(trail.locate('two')).toBeNull();
    trail.reset('two', EditorState.create({ doc: 'two' }).doc);
    expect(trail.locate('one')).toBeNull();
    expect(trail.locate('two')).not.toBeNull();
  });

  it('keeps old texts only within its character budget, and always the newest', () => {
    let state = EditorState.create({ doc: '0123456789' });
    const trail = new EditTrail(25);
    trail.reset('0123456789', state.doc);
    state = typeAndCommit(trail, state, 'a'); // 11 characters, 21 kept so far
    state = typeAndCommit(trail, state, 'b'); // 12 more: 33 > 25, the first text goes
    expect(trail.locate('0123456789')).toBeNull();
    expect(trail.locate('0123456789a')).not.toBeNull();
    state = typeAndCommit(trail, state, 'x'.repeat(40)); // larger than the budget alone
    expect(trail.locate('0123456789ab')).toBeNull();
    expect(trail.locate(state.doc.toString())?.changes.empty).toBe(true);
  });
});
