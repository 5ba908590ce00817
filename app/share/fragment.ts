// The share link lives in the URL fragment, which browsers never send to a server. Only a
// fragment that looks like a share link (`v<version>.`) is read as one; any other fragment (an
// anchor) is left alone. The address bar is changed with replaceState: no reload, no history
// entry per share.

const SHARE_FRAGMENT = /^v\d+\./;

/** True for a fragment (without '#') that claims to be a share link, of any version. */
export function isShareFragment(fragment: string): boolean {
  return SHARE_FRAGMENT.test(fragment);
}

/** The current fragment without '#'. */
export function currentFragment(): string {
  return location.hash.slice(1);
}

/** This page's address with `fragment` as its fragment. */
export function linkWith(fragment: string): string {
  return `${location.href.split('#')[0]}#${fragment}`;
}

/** Puts the fragment in the address bar. */
export function showFragment(fragment: string): void {
  history.replaceState(history.state, '', `#${fragment}`);
}

/** Takes a share fragment out of the address bar, so the address no longer claims old text. */
export function clearShareFragment(): void {
  if (isShareFragment(currentFragment()))
    history.replaceState(history.state, '', location.href.split('#')[0]);
}

// The text the address bar's share link holds, once this tab has made or opened one. While the
// editor still holds exactly that text, the link stays; once the text changes, it is taken out,
// so a reload shows the saved edits and not the link's older text.
let linkedText: string | undefined;

/** Records the text the current share link holds. */
export function setLinkedText(text: string | undefined): void {
  linkedText = text;
}

/** Takes the link out of the address bar when the text no longer matches it. */
export function forgetLinkIfChanged(text: string): void {
  if (linkedText === undefined || linkedText === text) return;
  linkedText = undefined;
  clearShareFragment();
}
