import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { translate } from './translate';

describe('translate', () => {
  it('reads the shell strings App.tsx uses in both languages', () => {
    expect(translate('en', 'app.graphPane')).toBe('Pod graph');
    expect(translate('zh-CN', 'app.graphPane')).toBe('Pod 关系图');
    expect(translate('en', 'app.private')).toBe(
      'Runs in your browser: the manifest never leaves this page.',
    );
  });

  it('returns an unknown key as written, so a typo is visible rather than blank', () => {
    expect(translate('zh-CN', 'app.nope')).toBe('app.nope');
    expect(translate('en', 'toString')).toBe('toString');
  });

  it('has a non-empty Chinese string for every key, different from the English one', () => {
    for (const [key, english] of Object.entries(MESSAGES.en)) {
      const chinese = MESSAGES['zh-CN'][key as keyof typeof MESSAGES.en];
      expect(chinese.trim(), key).not.toBe('');
      expect(chinese, key).not.toBe(english);
    }
  });
});
