import { describe, expect, it } from 'vitest';
import { browserLang, initialLang, isLang } from './detect';

describe('browserLang', () => {
  it('reads any Chinese tag as Simplified Chinese', () => {
    expect(browserLang(['zh-CN'])).toBe('zh-CN');
    expect(browserLang(['zh'])).toBe('zh-CN');
    expect(browserLang(['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(browserLang(['zh-Hant-HK'])).toBe('zh-CN');
    expect(browserLang(['ZH_cn'])).toBe('zh-CN');
  });

  it('takes the first preference the page speaks', () => {
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['de-DE', 'fr', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(browserLang(['ja', 'en-US'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(browserLang([])).toBe('en');
    expect(browserLang(['de', 'fr-CA'])).toBe('en');
    // "zhx" is not Chinese: only the primary subtag counts.
    expect(browserLang(['zhx'])).toBe('en');
  });
});

describe('initialLang', () => {
  it('keeps a stored choice over the browser', () => {
    expect(initialLang('en', ['zh-CN'])).toBe('en');
    expect(initialLang('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('ignores a stored value the page does not speak', () => {
    expect(initialLang('zh', ['en-US'])).toBe('en');
    expect(initialLang('fr', ['zh-TW'])).toBe('zh-CN');
    expect(initialLang(null, ['zh-TW'])).toBe('zh-CN');
    expect(initialLang('', [])).toBe('en');
  });
});

describe('isLang', () => {
  it('accepts exactly the two tags of the page', () => {
    expect(isLang('en')).toBe(true);
    expect(isLang('zh-CN')).toBe(true);
    expect(isLang('zh-cn')).toBe(false);
    expect(isLang('EN')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
