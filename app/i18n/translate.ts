// The `t()` behind useI18n, apart from React so it can be tested and reused.
import type { Lang } from '../../src/i18n/lang';
import { format } from './format';
import { MESSAGES, type MessageKey } from './messages';

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES.en, key);
}

/** The shell's string for `key` in `lang`; an unknown key is returned as is, so it shows up. */
export function translate(
  lang: Lang,
  key: string,
  params?: Record<string, string | number>,
): string {
  return isKey(key) ? format(MESSAGES[lang][key], params) : key;
}
