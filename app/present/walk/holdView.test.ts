import { describe, expect, it, vi } from 'vitest';
import { holdView, releaseView, type FitStore, type HoldOptions } from './holdView';

/** A store holding only the fit flag, with React Flow's subscribe semantics. */
function fakeStore(): FitStore & { set: (fitViewQueued: boolean) => void; fit: () => void } {
  let state = { fitViewQueued: false };
  const listeners = new Set<(s: typeof state) => void>();
  const set = (fitViewQueued: boolean): void => {
    state = { fitViewQueued };
    for (const l of [...listeners]) l(state);
  };
  return {
    getState: () => state,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set,
    // fitView() queues a fit; the next node update starts it and clears the flag.
    fit: () => {
      set(true);
      set(false);
    },
  };
}

/** A frame clock that advances by hand. */
function fakeFrames() {
  let queue: (() => void)[] = [];
  return {
    request: (f: () => void) => queue.push(f),
    cancel: () => {
      queue = [];
    },
    advance(n: number) {
      for (let i = 0; i < n; i++) {
        const now = queue;
        queue = [];
        now.forEach((f) => f());
      }
    },
  };
}

const quietPage = (): HoldOptions => ({ page: new EventTarget(), frames: fakeFrames() });

describe('holdView', () => {
  it('takes the view back after every fit the canvas starts, not before', () => {
    const store = fakeStore();
    const then = vi.fn();
    holdView(store, then, quietPage());
    store.set(false);
    store.set(true);
    expect(then).not.toHaveBeenCalled();
    store.set(false);
    expect(then).toHaveBeenCalledTimes(1);
    store.fit();
    expect(then).toHaveBeenCalledTimes(2);
  });

  it('catches a fit that was queued already when it began', () => {
    const store = fakeStore();
    store.set(true);
    const then = vi.fn();
    holdView(store, then, quietPage());
    store.set(false);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('lets go when the user takes the view: pointer, wheel, a button pressed by key', () => {
    for (const event of [
      new Event('pointerdown'),
      new Event('wheel'),
      Object.assign(new Event('keydown'), { key: 'Enter' }),
    ]) {
      const store = fakeStore();
      const then = vi.fn();
      const page = new EventTarget();
      holdView(store, then, { page, frames: fakeFrames() });
      page.dispatchEvent(event);
      store.fit();
      expect(then).not.toHaveBeenCalled();
    }
  });

  it('keeps holding through other keys (the walk’s own arrows)', () => {
    const store = fakeStore();
    const then = vi.fn();
    const page = new EventTarget();
    holdView(store, then, { page, frames: fakeFrames() });
    page.dispatchEvent(Object.assign(new Event('keydown'), { key: 'ArrowRight' }));
    store.fit();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('with settleFrames, lets go once the page has been quiet that long', () => {
    const store = fakeStore();
    const then = vi.fn();
    const frames = fakeFrames();
    holdView(store, then, { page: new EventTarget(), frames, settleFrames: 5 });
    frames.advance(3);
    store.fit();
    // Each fit starts the count again.
    frames.advance(4);
    store.fit();
    expect(then).toHaveBeenCalledTimes(2);
    frames.advance(5);
    store.fit();
    expect(then).toHaveBeenCalledTimes(2);
  });

  it('keeps one hold per canvas, and can be cancelled', () => {
    const store = fakeStore();
    const first = vi.fn();
    const second = vi.fn();
    holdView(store, first, quietPage());
    const cancel = holdView(store, second, quietPage());
    store.fit();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    cancel();
    store.fit();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('is released by whoever sets the view next', () => {
    const store = fakeStore();
    const then = vi.fn();
    holdView(store, then, quietPage());
    releaseView(store);
    store.fit();
    expect(then).not.toHaveBeenCalled();
    releaseView(store);
  });
});
