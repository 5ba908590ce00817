// What a key press means for presentation mode. P toggles it and Escape leaves it; while it is
// on, the arrow keys (and a presenter's clicker, which sends Page Up / Page Down) walk through
// the pod. Only when the key is not meant for something else: typing in a field or the editor,
// a shortcut with a modifier, or a dialog that closes on Escape itself.

export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a text field, a select or an editable area (the editor). */
  typing: boolean;
  /** The key went to something inside a dialog or a menu, which handles it. */
  inDialog: boolean;
  /** Another handler already acted on it (a selected card moves with the arrow keys). */
  handled: boolean;
}

/** A step of the guided walk asked for by a key. */
export type WalkMove = 'next' | 'previous' | 'first' | 'last';

const WALK_KEYS: Readonly<Record<string, WalkMove>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

function meantElsewhere(k: KeyFacts): boolean {
  return k.handled || k.typing || k.inDialog || k.ctrlKey || k.metaKey || k.altKey;
}

/** 'toggle' for P, 'leave' for Escape while presenting, null for every other key. */
export function presentationKey(k: KeyFacts, presenting: boolean): 'toggle' | 'leave' | null {
  if (meantElsewhere(k)) return null;
  if (k.key === 'p' || k.key === 'P') return 'toggle';
  if (k.key === 'Escape' && presenting) return 'leave';
  return null;
}

/** Where a key moves the guided walk, or null when it is not a walk key or meant elsewhere. */
export function walkKey(k: KeyFacts): WalkMove | null {
  if (meantElsewhere(k) || !Object.hasOwn(WALK_KEYS, k.key)) return null;
  return WALK_KEYS[k.key];
}
