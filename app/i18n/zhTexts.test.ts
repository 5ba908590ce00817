// Runs in its own module graph: the Chinese tables are not loaded until the test loads them.
import { describe, expect, it } from 'vitest';
import { canvasTexts } from '../canvas/canvasText';
import { exampleTitle, exampleWords } from '../examples/words';
import { panelTexts } from '../panels/panelTexts';
import { langReady, loadLang, zhTable } from './zhTexts';

describe('the Chinese tables, fetched on first use', () => {
  it('are absent at first: English is ready, Chinese is not, and reads fall back to English', () => {
    expect(langReady('en')).toBe(true);
    expect(langReady('zh-CN')).toBe(false);
    expect(zhTable('canvas')).toBeUndefined();
    expect(canvasTexts['zh-CN']).toBe(canvasTexts.en);
    expect(exampleWords('port-clash', 'zh-CN').title).toBe('Trap: two containers on one port');
  });

  it('once loaded, give every lazily bilingual module its Chinese side', async () => {
    await loadLang('zh-CN');
    expect(langReady('zh-CN')).toBe(true);
    expect(canvasTexts['zh-CN']).not.toBe(canvasTexts.en);
    expect(canvasTexts['zh-CN'].role.sidecar).toBe('边车容器');
    expect(panelTexts['zh-CN'].severity.error.label).toBe('错误');
    expect(exampleWords('port-clash', 'zh-CN').title).toBe('陷阱：两个容器占用同一个端口');
    expect(exampleTitle('陷阱：两个容器占用同一个端口', 'en')).toBe(
      'Trap: two containers on one port',
    );
  });

  it('need nothing for English', async () => {
    await expect(loadLang('en')).resolves.toBeUndefined();
  });
});
