// The gallery's words about its own loading, in both languages of the page.
import type { Bilingual } from '../i18n/bilingual';

const en = {
  notLoaded: 'This example could not be loaded. Check the connection and choose it again.',
};

const zh: typeof en = {
  notLoaded: '无法加载这个示例。请检查网络连接后再选一次。',
};

export const examplesTexts: Bilingual<typeof en> = { en, 'zh-CN': zh };
