// Runs in its own module graph: the Chinese texts are not loaded until the test loads them.
import { describe, expect, it } from 'vitest';
import { EN, type Area } from './en';
import { langReady, loadLang, textsIn } from './texts';

describe('the Chinese texts, fetched on first use', () => {
  it('are absent at first: English is ready, Chinese is not, and reads fall back to English', () => {
    expect(langReady('en')).toBe(true);
    expect(langReady('zh-CN')).toBe(false);
    expect(textsIn('zh-CN')).toBe(EN);
    expect(textsIn('zh-CN').shell.graphPane).toBe('Pod graph');
  });

  it('once loaded, give every area its Chinese side', async () => {
    await loadLang('zh-CN');
    expect(langReady('zh-CN')).toBe(true);
    const zh = textsIn('zh-CN');
    for (const area of Object.keys(EN) as Area[]) expect(zh[area], area).not.toBe(EN[area]);
    expect(zh.shell.graphPane).toBe('Pod 关系图');
    expect(zh.canvas.role.sidecar).toBe('边车容器');
    expect(zh.panels.severity.error.label).toBe('错误');
    expect(zh.examples.words['port-clash'].title).toBe('陷阱：两个容器占用同一个端口');
    expect(textsIn('en')).toBe(EN);
  });

  it('need nothing for English', async () => {
    await expect(loadLang('en')).resolves.toBeUndefined();
  });
});
