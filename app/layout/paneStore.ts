// The user's pane choices as kept in localStorage: read defensively (the stored text may be
// from an older version of the page, or edited by hand), written as given.
import type { PaneChoices } from './paneLayout';

export const PANES_KEY = 'podscope.panes.v2';
/** The first version kept every size as soon as one was dragged, defaults included. */
export const OLD_PANES_KEY = 'podscope.panes.v1';
const OLD_DEFAULTS = { editor: 440, sidebar: 380, inspector: 360 } as const;

const SIZES = ['editor', 'sidebar', 'inspector'] as const;
const FLAGS = ['editorCollapsed', 'sideCollapsed'] as const;

const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** The valid choices in a stored value; anything else is dropped. */
export function parseChoices(raw: unknown): PaneChoices {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const choices: PaneChoices = {};
  for (const k of SIZES) if (isSize(r[k])) choices[k] = r[k];
  for (const k of FLAGS) if (typeof r[k] === 'boolean') choices[k] = r[k];
  if (r.sideTab === 'inspector' || r.sideTab === 'findings') choices.sideTab = r.sideTab;
  return choices;
}

/** The sizes of the first version that differ from its defaults: those the user dragged. */
export function fromOldChoices(raw: unknown): PaneChoices {
  const old = parseChoices(raw);
  const choices: PaneChoices = {};
  for (const k of SIZES)
    if (old[k] !== undefined && old[k] !== OLD_DEFAULTS[k]) choices[k] = old[k];
  return choices;
}

/** The stored choices, from this version's key or else the first version's; {} when unreadable. */
export function loadChoices(storage: Pick<Storage, 'getItem'>): PaneChoices {
  try {
    const raw = storage.getItem(PANES_KEY);
    if (raw !== null) return parseChoices(JSON.parse(raw));
    const old = storage.getItem(OLD_PANES_KEY);
    return old === null ? {} : fromOldChoices(JSON.parse(old));
  } catch {
    return {};
  }
}

export function saveChoices(storage: Pick<Storage, 'setItem'>, choices: PaneChoices): void {
  try {
    storage.setItem(PANES_KEY, JSON.stringify(choices));
  } catch {
    // The layout is a convenience; a browser that refuses storage just forgets it.
  }
}
