import { useEffect, useEffectEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import type { LoadedManifest } from '../state/types';
import { shareLink } from './codec';
import type { openShare, SharedA } from './links';
import { clearShareFragment, currentFragment, isShareFragment, setLinkedText } from './fragment';

/**
 * Opens a share link: when the page's address carries one (on load, or pasted into the address
 * bar of an open page), its text replaces the editor's, exactly as it was shared; a compare
 * view's link also opens compare mode with its version A, and a plain link leaves compare mode.
 * A link that cannot be read is reported and changes nothing.
 */
export function useShareLink(
  load: (m: LoadedManifest) => void,
  onError: (message: string) => void,
  setA: (a: SharedA | null) => void,
): void {
  const T = useTexts('share');
  const { lang } = useI18n();
  const open = useEffectEvent((decode: typeof openShare) => {
    const fragment = currentFragment();
    if (!isShareFragment(fragment)) return;
    const decoded = decode(fragment, lang);
    if (!decoded.ok) {
      onError(T.broken(decoded.error));
      // The address no longer claims a text the editor does not hold; a reload shows no error.
      clearShareFragment();
      return;
    }
    setLinkedText(decoded.text, decoded.a);
    // One render shows B and A together: the link is not forgotten on a half-restored view.
    load({ text: decoded.text, source: T.source, kind: 'link' });
    setA(decoded.a);
  });

  const notLoaded = useEffectEvent(() => onError(T.notLoaded));

  useEffect(() => {
    let live = true;
    // The codec is fetched only when there is a link to read; the text already in the editor
    // stays until the link's text is ready to replace it.
    const check = (): void => {
      if (!isShareFragment(currentFragment())) return;
      shareLink.load().then(
        (codec) => live && open(codec.openShare),
        () => live && notLoaded(),
      );
    };
    check();
    window.addEventListener('hashchange', check);
    return () => {
      live = false;
      window.removeEventListener('hashchange', check);
    };
  }, []);
}
