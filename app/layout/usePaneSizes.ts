import { useCallback, useMemo, useState } from 'react';
import { resolvePanes, type PaneChoices, type PaneLayout, type SideTab } from './paneLayout';
import type { PaneName } from './paneShortcut';
import { loadChoices, saveChoices } from './paneStore';
import { useWindowSize } from './useWindowSize';

export interface Panes {
  layout: PaneLayout;
  /** Records a choice of the user's (a size, a collapsed pane, a tab), kept for the next visit. */
  choose: (patch: PaneChoices) => void;
  /** Collapses or brings back a pane: a choice like any other. */
  toggle: (pane: PaneName) => void;
  /**
   * Shows the side panel on a tab for what was just selected, without making it a choice: a
   * panel collapsed only by default opens, one the user collapsed stays collapsed.
   */
  peek: (tab: SideTab) => void;
}

interface State {
  stored: PaneChoices;
  /** What `peek` opened; dropped field by field as the user chooses. */
  session: PaneChoices;
}

const COLLAPSED = { editor: 'editorCollapsed', side: 'sideCollapsed' } as const;

function without(session: PaneChoices, patch: PaneChoices): PaneChoices {
  const rest = { ...session };
  for (const k of Object.keys(patch) as (keyof PaneChoices)[]) delete rest[k];
  return rest;
}

/**
 * The pane layout: defaults that follow the window's size, under the user's choices, which are
 * remembered in this browser and kept as the window is resized.
 */
export function usePaneSizes(): Panes {
  const { width, height } = useWindowSize();
  const [state, setState] = useState<State>(() => ({
    stored: loadChoices(localStorage),
    session: {},
  }));
  const layout = useMemo(
    () => resolvePanes(width, height, { ...state.stored, ...state.session }),
    [width, height, state],
  );

  const choose = useCallback((patch: PaneChoices) => {
    setState((old) => {
      const stored = { ...old.stored, ...patch };
      saveChoices(localStorage, stored);
      return { stored, session: without(old.session, patch) };
    });
  }, []);

  const toggle = useCallback(
    (pane: PaneName) => choose({ [COLLAPSED[pane]]: !layout[COLLAPSED[pane]] }),
    [choose, layout],
  );

  const peek = useCallback((tab: SideTab) => {
    setState((old) => {
      const open = old.stored.sideCollapsed === undefined;
      if (old.session.sideTab === tab && (!open || old.session.sideCollapsed === false)) return old;
      const session: PaneChoices = { ...old.session, sideTab: tab };
      if (open) session.sideCollapsed = false;
      return { ...old, session };
    });
  }, []);

  return { layout, choose, toggle, peek };
}
