import { describe, expect, it } from 'vitest';
import { glossaryMisses } from '../i18n/glossary';
import { LIFECYCLE_TEXT_IDS, lifecycleTemplate, lifecycleText } from './texts';

const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

// English that may stay in a Chinese sentence: placeholders, kubectl lines and what they print.
const prose = (template: string): string =>
  template.replace(/\{\w+\}/g, ' ').replace(/kubectl [^，。；（）]*/g, ' ');
const ENGLISH_WORDS =
  /\b(the|is|are|and|or|of|with|must|not|cannot|which|when|that|this|its|it|to|in|on|by|has|have|no|one|two|container|volume|port)\b/;

describe('lifecycle texts', () => {
  it('have every id in both languages with the same placeholders', () => {
    for (const id of LIFECYCLE_TEXT_IDS) {
      const en = lifecycleTemplate(id, 'en');
      const zh = lifecycleTemplate(id, 'zh-CN');
      expect(placeholders(zh), id).toEqual(placeholders(en));
      expect(zh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(prose(zh), id).not.toMatch(ENGLISH_WORDS);
      expect(glossaryMisses(zh), id).toEqual([]);
    }
  });

  it('fill in values and the container, in either language', () => {
    const event = { id: 'scenario.sigterm', container: 'app', values: { sigkill: 30 } };
    expect(lifecycleText(event, 'en')).toBe(
      'SIGTERM to app; SIGKILL at 30 s if it is still running.',
    );
    expect(lifecycleText(event, 'zh-CN')).toBe(
      '向 app 发送 SIGTERM；如果到第 30 秒还在运行，就发送 SIGKILL。',
    );
  });

  it('read an id without a text as the id and its values', () => {
    expect(lifecycleText({ id: 'no.such', values: { a: 1 } }, 'en')).toBe('no.such 1');
  });
});
