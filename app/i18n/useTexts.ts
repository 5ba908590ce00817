import type { Area, Texts } from './en';
import { textsIn } from './texts';
import { useI18n } from './useI18n';

/** One area's texts in the page's language: `const T = useTexts('canvas')`. */
export function useTexts<A extends Area>(area: A): Texts[A] {
  return textsIn(useI18n().lang)[area];
}
