import { useEffect } from 'react';
import { paneShortcut, type PaneName } from './paneShortcut';

/**
 * Ctrl+Alt+E and Ctrl+Alt+I show and hide the editor and the side panel from anywhere on the
 * page, the editor included: they type nothing there. Off while `enabled` is false (presentation
 * mode shows no panes) and inside dialogs and menus.
 */
export function usePaneShortcuts(toggle: (pane: PaneName) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing) return;
      const pane = paneShortcut({
        key: e.key,
        code: e.code,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        shiftKey: e.shiftKey,
        metaKey: e.metaKey,
        altGraph: e.getModifierState('AltGraph'),
      });
      if (!pane) return;
      if (e.target instanceof Element && e.target.closest('dialog, [role="menu"]')) return;
      e.preventDefault();
      toggle(pane);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toggle, enabled]);
}
