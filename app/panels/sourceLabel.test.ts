import { describe, expect, it } from 'vitest';
import { sourceLabel } from './sourceLabel';
import { loadLang } from '../i18n/texts';

// The page fetches its Chinese texts on first use; these tests read them, so load them first.
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

  it('names pasted text in the page language', () => {
    expect(sourceLabel('Pasted text', 'zh-CN')).toBe('粘贴的文本');
    expect(sourceLabel('粘贴的文本', 'en')).toBe('Pasted text');
  });

  it('names an emptied editor (New) in the page language', () => {
    expect(sourceLabel('New manifest', 'zh-CN')).toBe('新清单');
    expect(sourceLabel('新清单', 'en')).toBe('New manifest');
  });

  it('shows file names as they are', () => {
    expect(sourceLabel('pod.yaml', 'zh-CN')).toBe('pod.yaml');
    expect(sourceLabel('部署.yaml', 'en')).toBe('部署.yaml');
    // A word that merely appears in titles is not a title.
    expect(sourceLabel('Pod', 'zh-CN')).toBe('Pod');
  });
});
