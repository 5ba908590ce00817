import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazyModule';

describe('lazyModule', () => {
  it('fetches once, however many ask, and then hands the module out synchronously', async () => {
    let fetches = 0;
    const lazy = lazyModule(() => {
      fetches += 1;
      return Promise.resolve({ answer: 42 });
    });
    expect(lazy.get()).toBeUndefined();
    expect(fetches).toBe(0);
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(fetches).toBe(1);
    expect(lazy.get()).toBe(a);
    expect(await lazy.load()).toBe(a);
    expect(fetches).toBe(1);
  });

  it('does not remember a failed fetch: the next use tries again', async () => {
    let fetches = 0;
    const lazy = lazyModule(() => {
      fetches += 1;
      return fetches === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve({ answer: 42 });
    });
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.get()).toBeUndefined();
    expect((await lazy.load()).answer).toBe(42);
    expect(fetches).toBe(2);
  });
});
