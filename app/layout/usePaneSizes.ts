import { useCallback, useState } from 'react';

const KEY = 'podscope.panes.v1';

export interface PaneSizes {
  editor: number;
  sidebar: number;
  inspector: number;
}

const DEFAULTS: PaneSizes = { editor: 440, sidebar: 380, inspector: 360 };

function load(): PaneSizes {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? { ...DEFAULTS, ...(JSON.parse(raw) as Partial<PaneSizes>) } : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

/** Pane sizes the user dragged, remembered in this browser. */
export function usePaneSizes(): [PaneSizes, (patch: Partial<PaneSizes>) => void] {
  const [sizes, setSizes] = useState(load);
  const update = useCallback((patch: Partial<PaneSizes>) => {
    setSizes((old) => {
      const next = { ...old, ...patch };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Sizes are a convenience; a browser that refuses storage just forgets them.
      }
      return next;
    });
  }, []);
  return [sizes, update];
}
