import { useEffect, useState } from 'react';
import { presentationKey } from './presentKeys';
import { keyFacts } from './presentKeysDom';

/**
 * Presentation mode for projectors: on and off with the Present button or the P key, Escape
 * leaves. Not stored: a reload starts in the normal view.
 */
export function usePresentation(): { presenting: boolean; setPresenting: (b: boolean) => void } {
  const [presenting, setPresenting] = useState(false);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      const action = presentationKey(keyFacts(e), presenting);
      if (action === null) return;
      e.preventDefault();
      setPresenting(action === 'toggle' ? !presenting : false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting]);

  return { presenting, setPresenting };
}
