import { useCallback, useEffect, useState } from 'react';
import { clearAll, readList, type ListRead } from './versions';

export type ListState = { status: 'loading' } | ({ status: 'read' } & ListRead);

/**
 * The history's list, read when the component mounts (the dialog's body mounts each time the
 * dialog opens, so it always shows the history as it is now), and Clear.
 */
export function useVersionList(): { list: ListState; clear: () => Promise<boolean> } {
  const [list, setList] = useState<ListState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void readList().then((read) => live && setList({ status: 'read', ...read }));
    return () => {
      live = false;
    };
  }, []);

  const clear = useCallback(async () => {
    const { cleared, list: after } = await clearAll();
    setList({ status: 'read', ...after });
    return cleared;
  }, []);

  return { list, clear };
}
