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

// What the address bar's share link holds, once this tab has made or opened one: the editor's
// text and, for a compare view, version A. While the page still shows exactly that, the link
// stays; once either changes (an edit, another A, leaving compare mode), it is taken out, so a
// reload shows the saved edits and not the link's older view.
interface Linked {
  text: string;
  a: { text: string; source: string } | null;
}
let linked: Linked | undefined;

/** Records what the current share link holds (`a` is version A in compare mode). */
export function setLinkedText(text: string | undefined, a: Linked['a'] = null): void {
  linked = text === undefined ? undefined : { text, a };
}

/** Takes the link out of the address bar when the page no longer shows what it holds. */
export function forgetLinkIfChanged(text: string, a: Linked['a'] = null): void {
  if (linked === undefined) return;
  const same = linked.text === text && linked.a?.text === a?.text && linked.a?.source === a?.source;
  if (same) return;
  linked = undefined;
  clearShareFragment();
}
