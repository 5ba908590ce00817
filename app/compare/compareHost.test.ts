import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { PieceStore } from '../../src/analysis/pieceStore';
import { minimalEdit } from '../../src/analysis/textEdit';
import { diffResults } from '../../src/diff';
import { SHOP_A, SHOP_B } from '../../src/diff/testing';
import { CompareHost } from './compareHost';
import type { CompareReply } from './compareProtocol';

/** A host whose deferred diffs run when the test says, and everything it posted. */
function setup() {
  const replies: CompareReply[] = [];
  const tasks: (() => void)[] = [];
  const host = new CompareHost(
    (r) => replies.push(r),
    (task) => tasks.push(task),
  );
  const runLater = () => tasks.splice(0).forEach((t) => t());
  const diffs = () => replies.flatMap((r) => (r.type === 'diff' ? [r] : []));
  return { host, replies, runLater, diffs, tasks };
}

describe('CompareHost', () => {
  it('sends A as pieces the page assembles into the engine’s own analysis of A', () => {
    const { host, replies } = setup();
    host.handle({ a: SHOP_A });
    const store = new PieceStore();
    for (const r of replies) if (r.type === 'a-pieces') store.add(r.added);
    const done = replies.find((r) => r.type === 'a-done');
    expect(done?.type === 'a-done' && store.assemble(SHOP_A, done.places)).toEqual(analyze(SHOP_A));
  });

  it('diffs A against B as followed through edits, the same as diffing the two analyses', () => {
    const { host, runLater, diffs } = setup();
    host.handle({ a: SHOP_A });
    host.handle({ version: 1, text: SHOP_A });
    runLater();
    const edit = minimalEdit(SHOP_A, SHOP_B);
    if (!edit) throw new Error('the fixtures differ');
    host.handle({ version: 2, edits: [edit] });
    runLater();
    const [first, second] = diffs();
    expect(first.version).toBe(1);
    expect(first.diff.changed).toBe(false);
    expect(second.version).toBe(2);
    expect(second.diff).toEqual(diffResults(analyze(SHOP_A), analyze(SHOP_B)));
  });

  it('makes one diff for a burst of requests, of the newest B', () => {
    const { host, runLater, diffs, tasks } = setup();
    host.handle({ a: SHOP_A });
    host.handle({ version: 1, text: SHOP_A });
    host.handle({ version: 2, text: SHOP_B });
    host.handle({ version: 3, text: SHOP_A });
    expect(tasks).toHaveLength(1);
    runLater();
    expect(diffs().map((d) => d.version)).toEqual([3]);
  });

  it('numbers each A, so a diff says which A it was made against', () => {
    const { host, runLater, diffs } = setup();
    host.handle({ a: SHOP_A });
    host.handle({ version: 1, text: SHOP_B });
    host.handle({ a: SHOP_B });
    runLater();
    expect(diffs()).toHaveLength(1);
    expect(diffs()[0].generation).toBe(2);
    expect(diffs()[0].diff.changed).toBe(false);
  });

  it('waits for both versions before diffing', () => {
    const { host, runLater, diffs } = setup();
    host.handle({ version: 1, text: SHOP_B });
    runLater();
    expect(diffs()).toEqual([]);
    host.handle({ a: SHOP_A });
    runLater();
    expect(diffs().map((d) => d.version)).toEqual([1]);
  });
});
