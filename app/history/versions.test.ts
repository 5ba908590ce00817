// The dialog's list, preview and Clear against a real IndexedDB (fake-indexeddb), the versions
// kept by the same Keeper the analysis worker uses.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { VersionKind, VersionMeta } from '../storage/db';
import { Keeper, MAX_VERSIONS } from '../storage/keeper';
import { previewOf } from './format';
import { clearAll, readList, readText, type ListRead } from './versions';

function meta(kind: VersionKind, source: string, at: number): Omit<VersionMeta, 'id'> {
  return { kind, source, at, bytes: 10, documents: 1, workloads: [`Pod/${source}`] };
}

async function keep(factory: IDBFactory, versions: [VersionKind, string][]): Promise<void> {
  const keeper = new Keeper(factory);
  let at = 1_000;
  for (const [kind, source] of versions) {
    const outcome = await keeper.keepVersion(`text of ${source}\n`, meta(kind, source, at++));
    expect(outcome).toEqual({ ok: true });
  }
}

function listed(read: ListRead): VersionMeta[] {
  if (!read.ok) throw new Error(`the list was not read: ${read.problem}`);
  return read.versions;
}

/** A browser that allows no storage (some private modes): opening the database throws. */
const noStorage = {
  open: () => {
    throw new DOMException('storage is off', 'SecurityError');
  },
} as unknown as IDBFactory;

describe('the Versions dialog over the history', () => {
  it('lists nothing before anything is kept', async () => {
    expect(listed(await readList(new IDBFactory()))).toEqual([]);
  });

  it('lists the versions newest first, with what each is', async () => {
    const factory = new IDBFactory();
    await keep(factory, [
      ['example', 'sidecar'],
      ['upload', 'web.yaml'],
      ['typing', 'web.yaml'],
    ]);
    const versions = listed(await readList(factory));
    expect(versions.map((v) => v.kind)).toEqual(['typing', 'upload', 'example']);
    expect(versions.map((v) => v.at)).toEqual([1002, 1001, 1000]);
    expect(versions[2]).toMatchObject({ source: 'sidecar', workloads: ['Pod/sidecar'] });
  });

  it('reads the text of the chosen version, for its preview', async () => {
    const factory = new IDBFactory();
    await keep(factory, [
      ['example', 'first'],
      ['paste', 'second'],
    ]);
    const [second, first] = listed(await readList(factory));
    expect(await readText(first.id, factory)).toEqual({ ok: true, text: 'text of first\n' });
    const read = await readText(second.id, factory);
    expect(read).toEqual({ ok: true, text: 'text of second\n' });
    if (read.ok) expect(previewOf(read.text)).toMatchObject({ shownLines: 1, totalLines: 1 });
  });

  it('says a version is gone when its text is no longer kept', async () => {
    expect(await readText(12345, new IDBFactory())).toEqual({ ok: false, problem: 'gone' });
  });

  it('lists at most the bound, the oldest dropped', async () => {
    const factory = new IDBFactory();
    const sources = Array.from({ length: MAX_VERSIONS + 3 }, (_, i) => `v${i}`);
    await keep(
      factory,
      sources.map((s) => ['typing', s]),
    );
    const versions = listed(await readList(factory));
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(versions[0].source).toBe(`v${MAX_VERSIONS + 2}`);
    expect(versions.at(-1)?.source).toBe('v3');
  });

  it('clears the history: the list is empty and old texts are gone', async () => {
    const factory = new IDBFactory();
    await keep(factory, [
      ['drop', 'a.yaml'],
      ['link', 'Shared link'],
    ]);
    const [newest] = listed(await readList(factory));
    const { cleared, list } = await clearAll(factory);
    expect(cleared).toBe(true);
    expect(listed(list)).toEqual([]);
    expect(listed(await readList(factory))).toEqual([]);
    expect(await readText(newest.id, factory)).toEqual({ ok: false, problem: 'gone' });
  });

  it('keeps versions kept after a clear', async () => {
    const factory = new IDBFactory();
    await keep(factory, [['upload', 'old.yaml']]);
    await clearAll(factory);
    await keep(factory, [['restore', 'new.yaml']]);
    expect(listed(await readList(factory)).map((v) => v.source)).toEqual(['new.yaml']);
  });

  it('reports a browser without storage as a problem, never a throw', async () => {
    expect(await readList(noStorage)).toEqual({ ok: false, problem: 'unavailable' });
    expect(await readText(1, noStorage)).toEqual({ ok: false, problem: 'unavailable' });
    expect(await clearAll(noStorage)).toEqual({
      cleared: false,
      list: { ok: false, problem: 'unavailable' },
    });
  });
});
