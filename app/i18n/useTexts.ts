import type { Bilingual } from './bilingual';
import { useI18n } from './useI18n';

/** A texts module's strings in the page's language: `const T = useTexts(canvasTexts)`. */
export function useTexts<T>(texts: Bilingual<T>): T {
  return texts[useI18n().lang];
}
