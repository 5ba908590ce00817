import type { Lang } from '../../src/i18n/lang';

/**
 * A module's texts in every language of the page. Each language has the shape of the English
 * one (`const zh: typeof en`), so a missing or misnamed translation fails the type check.
 */
export type Bilingual<T> = Readonly<Record<Lang, T>>;
