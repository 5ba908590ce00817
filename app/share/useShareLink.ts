import { useEffect, useEffectEvent } from 'react';
import { decodeShare } from '../../src/share/link';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import type { LoadedManifest } from '../state/types';
import { clearShareFragment, currentFragment, isShareFragment, setLinkedText } from './fragment';
import { SHARE_TEXTS } from './texts';

/**
 * Opens a share link: when the page's address carries one (on load, or pasted into the address
 * bar of an open page), its text replaces the editor's, exactly as it was shared. A link that
 * cannot be read is reported and changes nothing.
 */
export function useShareLink(
  load: (m: LoadedManifest) => void,
  onError: (message: string) => void,
): void {
  const T = useTexts(SHARE_TEXTS);
  const { lang } = useI18n();
  const open = useEffectEvent(() => {
    const fragment = currentFragment();
    if (!isShareFragment(fragment)) return;
    const decoded = decodeShare(fragment, lang);
    if (!decoded.ok) {
      onError(T.broken(decoded.error));
      // The address no longer claims a text the editor does not hold; a reload shows no error.
      clearShareFragment();
      return;
    }
    setLinkedText(decoded.text);
    load({ text: decoded.text, source: T.source });
  });

  useEffect(() => {
    open();
    const onHashChange = (): void => open();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
