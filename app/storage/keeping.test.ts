import { describe, expect, it } from 'vitest';
import type { StoreRequest } from '../state/protocol';
import {
  BIG_TEXT,
  BIG_WORK_DELAY_MS,
  Keeping,
  TYPING_PAUSE_MS,
  TYPING_VERSION_EVERY_MS,
  WORK_DELAY_MS,
} from './keeping';

// A clock and timers the test moves by hand.
function setup() {
  const sent: StoreRequest[] = [];
  let now = 1_000_000;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const keeping = new Keeping({
    keep: (r) => sent.push(r),
    now: () => now,
    setTimer: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimer: (id) => void timers.delete(id),
  });
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  const kinds = () => sent.map((r) => (r.store === 'work' ? 'work' : `version:${r.kind}`));
  return { keeping, sent, advance, kinds };
}

describe('Keeping', () => {
  it('stores the working copy shortly after a change, once for a burst of keystrokes', () => {
    const { keeping, advance, kinds, sent } = setup();
    keeping.setTab('tab-1');
    keeping.edited('Example', 100);
    advance(WORK_DELAY_MS / 2);
    keeping.edited('Example', 101);
    expect(kinds()).toEqual([]);
    advance(WORK_DELAY_MS);
    expect(kinds()).toEqual(['work']);
    expect(sent[0]).toMatchObject({ store: 'work', tab: 'tab-1', source: 'Example' });
  });

  it('waits longer before storing a big text', () => {
    const { keeping, advance, kinds } = setup();
    keeping.setTab('tab-1');
    keeping.edited('big.yaml', BIG_TEXT);
    advance(WORK_DELAY_MS);
    expect(kinds()).toEqual([]);
    advance(BIG_WORK_DELAY_MS);
    expect(kinds()).toEqual(['work']);
  });

  it('waits for the tab id before storing anything of the tab', () => {
    const { keeping, advance, kinds } = setup();
    keeping.edited('Example', 10);
    advance(WORK_DELAY_MS * 3);
    expect(kinds()).toEqual([]);
    keeping.edited('Example', 11);
    keeping.setTab('tab-2');
    expect(kinds()).toEqual(['work']);
  });

  it('keeps a version of typing when typing pauses, at most one a minute', () => {
    const { keeping, advance, kinds } = setup();
    keeping.setTab('t');
    keeping.edited('Example', 10);
    advance(TYPING_PAUSE_MS);
    expect(kinds().filter((k) => k.startsWith('version'))).toEqual(['version:typing']);
    // More typing ten seconds later: not kept again until a minute has passed.
    advance(10_000);
    keeping.edited('Example', 11);
    advance(TYPING_PAUSE_MS);
    expect(kinds().filter((k) => k.startsWith('version'))).toHaveLength(1);
    advance(TYPING_VERSION_EVERY_MS);
    expect(kinds().filter((k) => k.startsWith('version'))).toEqual([
      'version:typing',
      'version:typing',
    ]);
  });

  it('keeps typing as a version before the text is replaced, then the new text', () => {
    const { keeping, sent, kinds } = setup();
    keeping.setTab('t');
    keeping.edited('Example', 10);
    keeping.beforeReplace();
    keeping.replaced('upload', 'mine.yaml', 20);
    expect(kinds()).toEqual(['version:typing', 'version:upload']);
    expect(sent[1]).toMatchObject({ kind: 'upload', source: 'mine.yaml' });
    // Nothing typed since: a second replace keeps only the new text.
    keeping.beforeReplace();
    keeping.replaced('example', 'Shared volume', 30);
    expect(kinds()).toEqual(['version:typing', 'version:upload', 'version:example']);
  });

  it('keeps no version of a replace that is not to be kept (a restore, another tab)', () => {
    const { keeping, advance, kinds } = setup();
    keeping.setTab('t');
    keeping.replaced(undefined, 'Restored', 10);
    advance(TYPING_VERSION_EVERY_MS);
    expect(kinds()).toEqual(['work']);
  });

  it('knows whether the newest change is stored, and stores at once when asked', () => {
    const { keeping, sent } = setup();
    keeping.setTab('t');
    keeping.edited('Example', 10);
    expect(keeping.unsaved).toBe(true);
    keeping.flush();
    const at = sent[0].at;
    expect(at).toBe(keeping.changedAt);
    keeping.saved(at);
    expect(keeping.unsaved).toBe(false);
    keeping.edited('Example', 11);
    expect(keeping.changedAt).toBeGreaterThan(at);
    expect(keeping.unsaved).toBe(true);
  });
});
