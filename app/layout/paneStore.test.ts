import { describe, expect, it } from 'vitest';
import { loadChoices, OLD_PANES_KEY, PANES_KEY, parseChoices, saveChoices } from './paneStore';

const storage = (items: Record<string, string>) => ({
  getItem: (k: string) => items[k] ?? null,
  setItem: (k: string, v: string) => {
    items[k] = v;
  },
});

describe('parseChoices', () => {
  it('keeps valid sizes, flags and tab, and drops everything else', () => {
    expect(
      parseChoices({
        editor: 300,
        sidebar: 'wide',
        inspector: -5,
        editorCollapsed: true,
        sideCollapsed: 'yes',
        sideTab: 'findings',
        extra: 1,
      }),
    ).toEqual({ editor: 300, editorCollapsed: true, sideTab: 'findings' });
    expect(parseChoices({ sideTab: 'graph', editor: Infinity })).toEqual({});
    expect(parseChoices(null)).toEqual({});
    expect(parseChoices([1, 2])).toEqual({});
  });
});

describe('loadChoices', () => {
  it('reads what saveChoices wrote', () => {
    const s = storage({});
    saveChoices(s, { sidebar: 320, sideCollapsed: true });
    expect(loadChoices(s)).toEqual({ sidebar: 320, sideCollapsed: true });
  });

  it('takes from the first version only the sizes that were dragged away from its defaults', () => {
    const s = storage({
      [OLD_PANES_KEY]: JSON.stringify({ editor: 440, sidebar: 500, inspector: 360 }),
    });
    expect(loadChoices(s)).toEqual({ sidebar: 500 });
  });

  it('prefers this version’s key, and forgets unreadable text', () => {
    expect(
      loadChoices(
        storage({
          [PANES_KEY]: JSON.stringify({ editor: 300 }),
          [OLD_PANES_KEY]: JSON.stringify({ editor: 600 }),
        }),
      ),
    ).toEqual({ editor: 300 });
    expect(loadChoices(storage({ [PANES_KEY]: '{not json' }))).toEqual({});
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadChoices(throwing)).toEqual({});
  });
});
