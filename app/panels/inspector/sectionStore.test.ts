import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Store = typeof import('./sectionStore');

/** A fresh copy of the store module over the given storage (its state lives in the module). */
async function storeWith(storage: Partial<Storage>): Promise<Store> {
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  return import('./sectionStore');
}

function memoryStorage(initial: Record<string, string> = {}): Partial<Storage> & {
  data: Record<string, string>;
} {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}

const refusing: Partial<Storage> = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('section store', () => {
  it('restores the stored choice and stores each change', async () => {
    const storage = memoryStorage({ 'podscope.inspector.sections': '["commands"]' });
    const store = await storeWith(storage);
    expect([...store.getOpenSections()]).toEqual(['commands']);
    store.setSectionOpen('why', true);
    expect(storage.data[store.SECTIONS_KEY]).toBe('["why","commands"]');
  });

  it('tells its listeners, and stops when they leave', async () => {
    const store = await storeWith(memoryStorage());
    const heard = vi.fn();
    const leave = store.subscribeOpenSections(heard);
    store.setSectionOpen('docs', true);
    leave();
    store.setSectionOpen('docs', false);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('keeps working when storage refuses to read or write', async () => {
    const store = await storeWith(refusing);
    expect([...store.getOpenSections()]).toEqual(['what']);
    store.setSectionOpen('fix', true);
    expect(store.getOpenSections().has('fix')).toBe(true);
  });

  it('keeps working where there is no storage at all', async () => {
    vi.stubGlobal('localStorage', undefined);
    vi.resetModules();
    const store = await import('./sectionStore');
    store.setSectionOpen('what', false);
    expect(store.getOpenSections().size).toBe(0);
  });
});
