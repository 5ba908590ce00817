import { history, isolateHistory, redo, undo } from '@codemirror/commands';
import { EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { sourceChanged, sourceHistory, sourceOf } from './sourceHistory';

/** An editor state with history and a page that follows the sources the transactions name. */
function setup(text: string, source: string) {
  const page = { source, state: null as unknown as EditorState, seen: [] as string[] };
  const apply = (tr: Transaction): void => {
    page.state = tr.state;
    const named = sourceOf(tr);
    if (named !== undefined) {
      page.source = named;
      page.seen.push(named);
    }
  };
  page.state = EditorState.create({
    doc: text,
    extensions: [
      history(),
      sourceHistory(
        () => page.source,
        (tr) => tr.isUserEvent('input.paste'),
      ),
    ],
  });
  const load = (next: string, from: string): void => {
    apply(
      page.state.update({
        changes: { from: 0, to: page.state.doc.length, insert: next },
        effects: sourceChanged.of(from),
        annotations: isolateHistory.of('full'),
      }),
    );
  };
  const type = (at: number, insert: string, userEvent = 'input.type'): void =>
    apply(page.state.update({ changes: { from: at, insert }, userEvent }));
  const run = (command: typeof undo): boolean =>
    command({ state: page.state, dispatch: (tr) => apply(tr) });
  return { page, load, type, run };
}

describe('sourceHistory', () => {
  it('undo of a load brings back the earlier source, redo the loaded one', () => {
    const { page, load, run } = setup('mine', 'mine.yaml');
    load('example', 'Log sidecar');
    expect(page.source).toBe('Log sidecar');

    expect(run(undo)).toBe(true);
    expect(page.state.doc.toString()).toBe('mine');
    expect(page.source).toBe('mine.yaml');

    expect(run(redo)).toBe(true);
    expect(page.state.doc.toString()).toBe('example');
    expect(page.source).toBe('Log sidecar');
  });

  it('walks back through several loads one at a time', () => {
    const { page, load, run } = setup('a', 'a.yaml');
    load('b', 'b.yaml');
    load('c', 'c.yaml');
    run(undo);
    expect(page.source).toBe('b.yaml');
    run(undo);
    expect(page.source).toBe('a.yaml');
    expect(page.state.doc.toString()).toBe('a');
  });

  it('typing leaves the source alone, also when undone', () => {
    const { page, load, type, run } = setup('a', 'a.yaml');
    load('b', 'b.yaml');
    type(1, '!');
    page.seen.length = 0;
    run(undo);
    expect(page.state.doc.toString()).toBe('b');
    expect(page.seen).toEqual([]);
    expect(page.source).toBe('b.yaml');
  });

  it('a step the page names as replacing the text (a paste over it) is undone with its source', () => {
    const { page, type, run } = setup('', 'Containers sharing a pod');
    type(0, 'pasted', 'input.paste');
    // The page names the pasted text itself, after the transaction.
    page.source = 'Pasted text';
    run(undo);
    expect(page.source).toBe('Containers sharing a pod');
    run(redo);
    expect(page.source).toBe('Pasted text');
  });

  it('a transaction that names no source stores nothing', () => {
    const { page, type, run } = setup('a', 'a.yaml');
    type(1, 'b');
    expect(run(undo)).toBe(true);
    expect(page.seen).toEqual([]);
  });
});
