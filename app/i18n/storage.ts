// The chosen language in localStorage. Storage can be unavailable (private windows, blocked
// cookies): the choice then lasts for the visit only.
import type { Lang } from '../../src/i18n/lang';
import { LANG_STORAGE_KEY } from './detect';

export function loadLangChoice(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function saveLangChoice(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Nothing to do: the page keeps the language until it is closed.
  }
}
