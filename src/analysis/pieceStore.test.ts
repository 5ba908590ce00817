import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { PieceStore } from './pieceStore';
import { PieceCache } from './pieceCache';
import { corpusFiles, NEEDS_CORPUS } from '../testing/corpus';

const pod = (name: string, image = 'nginx') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: [{name: app, image: ${image}}]\n`;

function session() {
  const cache = new PieceCache();
  const store = new PieceStore();
  return (text: string) => {
    const update = cache.update(text);
    store.add(update.added);
    return { update, result: store.assemble(text, update.places) };
  };
}

describe('PieceCache and PieceStore', () => {
  it('re-analyses only the document an edit changed', () => {
    const run = session();
    const docs = ['a', 'b', 'c', 'd'].map((n) => pod(n));
    const first = run(docs.join('---\n'));
    expect(first.update.added).toHaveLength(4);
    docs[2] = pod('c', 'nginx:1.27');
    const second = run(docs.join('---\n'));
    expect(second.update.added).toHaveLength(1);
    expect(second.update.places.map((p) => p.id)).toEqual([
      ...first.update.places.slice(0, 2).map((p) => p.id),
      second.update.added[0][0],
      first.update.places[3].id,
    ]);
  });

  it('keeps the workload objects of documents an edit only moved', () => {
    const run = session();
    const docs = ['a', 'b', 'c'].map((n) => pod(n));
    const first = run(docs.join('---\n')).result;
    docs[0] = pod('a', 'nginx:1.27');
    const second = run(docs.join('---\n')).result;
    // b and c moved (their offsets changed) but kept their place among the documents.
    expect(second.documents[2].offset).not.toBe(first.documents[2].offset);
    expect(second.workloads[1]).toBe(first.workloads[1]);
    expect(second.workloads[2]).toBe(first.workloads[2]);
    expect(second.workloads[0]).not.toBe(first.workloads[0]);
  });

  it('gives the same result as a fresh analysis after every edit', NEEDS_CORPUS, () => {
    const run = session();
    const texts = corpusFiles().map(([, t]) => t);
    let text = texts.slice(0, 3).join('\n---\n');
    for (const edit of [
      (t: string) => t.replace('name:', 'name: x'),
      (t: string) => `${pod('first')}---\n${t}`,
      (t: string) => t.slice(0, Math.floor(t.length / 2)),
      (t: string) => `${t}\n---\n${texts[3]}`,
      (t: string) => t.replace(/\n---\n/, '\n'),
    ]) {
      text = edit(text);
      expect(run(text).result).toEqual(analyze(text));
    }
  });

  it('keeps the objects of documents an edit did not move, and moves the others', () => {
    const run = session();
    const docs = ['a', 'b', 'c'].map((n) => pod(n, 'nginx:latest'));
    const first = run(docs.join('---\n')).result;
    docs[1] = pod('b', 'nginx:latest # edited');
    const text = docs.join('---\n');
    const second = run(text).result;
    expect(second).toEqual(analyze(text));
    const inDoc = (r: typeof first, d: number) => r.findings.filter((f) => f.document === d);
    // Before the edit: the very same objects. After it: new ones, shifted.
    expect(second.documents[0]).toBe(first.documents[0]);
    expect(second.workloads[0]).toBe(first.workloads[0]);
    expect(inDoc(second, 0)[0]).toBe(inDoc(first, 0)[0]);
    expect(second.documents[2]).not.toBe(first.documents[2]);
    expect(inDoc(second, 2)[0].offset).toBe(inDoc(first, 2)[0].offset + ' # edited'.length);
  });

  it('places equal documents each where it is', () => {
    const run = session();
    const text = [pod('a'), pod('a'), pod('a')].join('---\n');
    expect(run(text).result).toEqual(analyze(text));
    const again = `# top\n${text}`;
    expect(run(again).result).toEqual(analyze(again));
  });

  it('reports progress for every analysed piece', () => {
    const seen: [number, number][] = [];
    new PieceCache().update([pod('a'), pod('b')].join('---\n'), (d, t) => seen.push([d, t]));
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('refuses to assemble a piece it was never given', () => {
    const update = new PieceCache().update(pod('a'));
    expect(() => new PieceStore().assemble(pod('a'), update.places)).toThrow(/never added/);
  });
});
