import { describe, expect, it } from 'vitest';
import { sourceLabel } from './sourceLabel';
import { loadLang } from '../i18n/zhTexts';

// The page fetches its Chinese tables on first use; these tests read them, so load them first.
await loadLang('zh-CN');

describe('sourceLabel', () => {
  it('names an example in the page language, whichever language opened it', () => {
    expect(sourceLabel('Trap: the volume fills up', 'zh-CN')).toBe('陷阱：卷被写满');
    expect(sourceLabel('陷阱：卷被写满', 'en')).toBe('Trap: the volume fills up');
    expect(sourceLabel('Trap: the volume fills up', 'en')).toBe('Trap: the volume fills up');
  });

  it('names a share link in the page language', () => {
    expect(sourceLabel('Shared link', 'zh-CN')).toBe('分享链接');
    expect(sourceLabel('分享链接', 'en')).toBe('Shared link');
  });

  it('shows file names as they are', () => {
    expect(sourceLabel('pod.yaml', 'zh-CN')).toBe('pod.yaml');
    expect(sourceLabel('部署.yaml', 'en')).toBe('部署.yaml');
  });
});
