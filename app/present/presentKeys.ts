// What a key press means for presentation mode. P toggles it and Escape leaves it, but only
// when the key is not meant for something else: typing in a field or the editor, a shortcut
// with a modifier, or a dialog that closes on Escape itself.

export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a text field, a select or an editable area (the editor). */
  typing: boolean;
  /** The key went to something inside a dialog or a menu, which handles it. */
  inDialog: boolean;
  /** Another handler already acted on it. */
  handled: boolean;
}

/** 'toggle' for P, 'leave' for Escape while presenting, null for every other key. */
export function presentationKey(k: KeyFacts, presenting: boolean): 'toggle' | 'leave' | null {
  if (k.handled || k.typing || k.inDialog || k.ctrlKey || k.metaKey || k.altKey) return null;
  if (k.key === 'p' || k.key === 'P') return 'toggle';
  if (k.key === 'Escape' && presenting) return 'leave';
  return null;
}
