import { describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { MAX_TABS, MAX_VERSION_BYTES, MAX_VERSIONS, Keeper } from './keeper';
import { clearVersions, listVersions, readVersion } from './history';
import { readTabWork, restoreWork, UNSAVED_KEY, V1_KEY } from './restore';

const meta = (source: string, bytes = 10) => ({
  kind: 'typing' as const,
  source,
  at: 1,
  bytes,
  documents: 1,
  workloads: ['Pod/a'],
});

describe('Keeper', () => {
  it("stores each tab's working copy under its own id", async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    expect(
      await keeper.saveWork({ tab: 'a', text: 'work done in tab A', source: 'x', at: 1 }),
    ).toEqual({ ok: true });
    await keeper.saveWork({ tab: 'b', text: 'work done in tab B', source: 'y', at: 2 });
    expect((await readTabWork('a', factory))?.text).toBe('work done in tab A');
    expect((await readTabWork('b', factory))?.text).toBe('work done in tab B');
  });

  it('forgets the working copies of long-gone tabs, never the one just saved', async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    for (let i = 0; i < MAX_TABS + 3; i++)
      await keeper.saveWork({ tab: `t${i}`, text: `text ${i}`, source: '', at: 100 + i });
    expect(await readTabWork('t0', factory)).toBeUndefined();
    expect(await readTabWork('t2', factory)).toBeUndefined();
    expect((await readTabWork('t3', factory))?.text).toBe('text 3');
    // A tab whose clock says "earlier" still keeps what it just saved.
    await keeper.saveWork({ tab: 'late', text: 'mine', source: '', at: 1 });
    expect((await readTabWork('late', factory))?.text).toBe('mine');
  });

  it('keeps versions newest first, with their text', async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    await keeper.keepVersion('first text', meta('one'));
    await keeper.keepVersion('second text', meta('two'));
    const list = await listVersions(factory);
    expect(list.map((v) => v.source)).toEqual(['two', 'one']);
    expect(await readVersion(list[1].id, factory)).toBe('first text');
  });

  it('keeps at most MAX_VERSIONS versions, dropping the oldest', async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    for (let i = 0; i < MAX_VERSIONS + 5; i++) await keeper.keepVersion(`v${i}`, meta(`s${i}`));
    const list = await listVersions(factory);
    expect(list).toHaveLength(MAX_VERSIONS);
    expect(list.at(-1)?.source).toBe('s5');
    expect(await readVersion(1, factory)).toBeUndefined();
  });

  it('keeps at most MAX_VERSION_BYTES of text, dropping the oldest, never the newest', async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    const third = Math.floor(MAX_VERSION_BYTES / 3);
    for (const s of ['a', 'b', 'c', 'd']) await keeper.keepVersion(s, meta(s, third));
    expect((await listVersions(factory)).map((v) => v.source)).toEqual(['d', 'c', 'b']);
    await keeper.keepVersion('huge', meta('huge', MAX_VERSION_BYTES * 2));
    expect((await listVersions(factory)).map((v) => v.source)).toEqual(['huge']);
  });

  it('clears the history and leaves the working copies', async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    await keeper.saveWork({ tab: 'a', text: 'mine', source: '', at: 1 });
    await keeper.keepVersion('v', meta('s'));
    await clearVersions(factory);
    expect(await listVersions(factory)).toEqual([]);
    expect((await readTabWork('a', factory))?.text).toBe('mine');
  });

  it('keeps the previous copy when the browser refuses the new one, and says why', async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    await keeper.saveWork({ tab: 'a', text: 'the previous good copy', source: '', at: 1 });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const outcome = await keeper.saveWork({ tab: 'a', text: 'too big', source: '', at: 2 });
      expect(outcome).toMatchObject({ ok: false, problem: 'quota' });
    } finally {
      put.mockRestore();
    }
    expect((await readTabWork('a', factory))?.text).toBe('the previous good copy');
  });

  it('says storage is unavailable when the database cannot open', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const outcome = await new Keeper(factory).saveWork({ tab: 'a', text: 'x', source: '', at: 1 });
    expect(outcome).toMatchObject({ ok: false, problem: 'unavailable' });
  });
});

describe('restoreWork', () => {
  it("opens this tab's copy after a reload, else the newest of any tab", async () => {
    const factory = new IDBFactory();
    const keeper = new Keeper(factory);
    await keeper.saveWork({ tab: 'a', text: 'A', source: 'a.yaml', at: 5 });
    await keeper.saveWork({ tab: 'b', text: 'B', source: 'b.yaml', at: 9 });
    expect(await restoreWork('a', factory)).toEqual({
      text: 'A',
      source: 'a.yaml',
      at: 5,
      origin: 'tab',
    });
    expect(await restoreWork(null, factory)).toEqual({
      text: 'B',
      source: 'b.yaml',
      at: 9,
      origin: 'recent',
    });
    expect(await restoreWork('gone', factory)).toMatchObject({ text: 'B', origin: 'recent' });
  });

  it('is undefined on a first visit', async () => {
    expect(await restoreWork(null, new IDBFactory())).toBeUndefined();
  });

  it('opens the text an earlier podscope saved (v1) when the database has none', async () => {
    const local = memoryStorage({
      [V1_KEY]: JSON.stringify({ text: 'kind: Pod # v1', source: 'old.yaml' }),
    });
    vi.stubGlobal('localStorage', local);
    try {
      expect(await restoreWork(null, new IDBFactory())).toEqual({
        text: 'kind: Pod # v1',
        source: 'old.yaml',
        at: 0,
        origin: 'v1',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('prefers the copy kept as the tab hid when the database has an older one', async () => {
    const factory = new IDBFactory();
    await new Keeper(factory).saveWork({ tab: 'a', text: 'older', source: 's', at: 5 });
    const unsaved = (at: number) =>
      memoryStorage({ [UNSAVED_KEY]: JSON.stringify({ text: 'typed last', source: 's', at }) });
    try {
      vi.stubGlobal('sessionStorage', unsaved(6));
      expect(await restoreWork('a', factory)).toMatchObject({
        text: 'typed last',
        origin: 'unsaved',
      });
      vi.stubGlobal('sessionStorage', unsaved(4));
      expect(await restoreWork('a', factory)).toMatchObject({ text: 'older', origin: 'tab' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

function memoryStorage(items: Record<string, string>): Storage {
  const map = new Map(Object.entries(items));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}
