// The facts presentKeys.ts decides on, read from a browser keyboard event.
import type { KeyFacts } from './presentKeys';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** What matters about a key press for presentation mode and its walk. */
export function keyFacts(e: KeyboardEvent): KeyFacts {
  const target = e.target instanceof Element ? e.target : null;
  return {
    key: e.key,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    altKey: e.altKey,
    typing: isTyping(e.target) || e.isComposing,
    inDialog: target?.closest('dialog, [role="menu"]') != null,
    handled: e.defaultPrevented,
  };
}
