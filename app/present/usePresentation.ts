import { useEffect, useState } from 'react';
import { presentationKey } from './presentKeys';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/**
 * Presentation mode for projectors: on and off with the Present button or the P key, Escape
 * leaves. Not stored: a reload starts in the normal view.
 */
export function usePresentation(): { presenting: boolean; setPresenting: (b: boolean) => void } {
  const [presenting, setPresenting] = useState(false);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      const target = e.target instanceof Element ? e.target : null;
      const action = presentationKey(
        {
          key: e.key,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          altKey: e.altKey,
          typing: isTyping(e.target) || e.isComposing,
          inDialog: target?.closest('dialog, [role="menu"]') != null,
          handled: e.defaultPrevented,
        },
        presenting,
      );
      if (action === null) return;
      e.preventDefault();
      setPresenting(action === 'toggle' ? !presenting : false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting]);

  return { presenting, setPresenting };
}
