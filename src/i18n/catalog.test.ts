// Every rule of the catalog speaks Simplified Chinese: each message id, the summary and the fix,
// with exactly the English placeholders, and no English prose left in the templates.
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index';
import { ZH_CN_RULES } from './zh-CN/index';

const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

// What may stay English inside a Chinese sentence: quoted API-server output ("address already in
// use", "Required value"), code spans, kubectl command lines, yes/no spelled as YAML, and
// everything after 报错： up to the closing bracket.
function prose(template: string): string {
  return template
    .replace(/\{\w+\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/kubectl [^，。；（）]*/g, ' ')
    .replace(/\b(yes|no|on|off)(\/(yes|no|on|off))+\b/g, ' ')
    .replace(/报错：[^）]*）/g, ' ');
}

const ENGLISH_WORDS =
  /\b(the|is|are|and|or|of|with|must|not|cannot|which|when|that|this|its|it|to|in|on|by|has|have|no|one|two|container|volume|port)\b/;

describe('Simplified Chinese rule catalog', () => {
  it('translates every rule, and nothing that is not a rule', () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(Object.keys(ZH_CN_RULES).sort()).toEqual(ids);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const zh = ZH_CN_RULES[rule.id];

      it('has a Chinese summary and fix', () => {
        expect(zh?.summary).toMatch(/[\u4e00-\u9fff]/);
        expect(zh?.fix).toMatch(/[\u4e00-\u9fff]/);
        expect(prose(zh?.summary ?? '')).not.toMatch(ENGLISH_WORDS);
        expect(prose(zh?.fix ?? '')).not.toMatch(ENGLISH_WORDS);
      });

      it('has every message id and no other', () => {
        expect(Object.keys(zh?.messages ?? {}).sort()).toEqual(Object.keys(rule.messages).sort());
      });

      for (const [key, english] of Object.entries(rule.messages)) {
        it(`${key}: same placeholders as English, Chinese prose`, () => {
          const chinese = zh?.messages[key] ?? '';
          expect(placeholders(chinese)).toEqual(placeholders(english));
          if (prose(english).trim() !== '') expect(chinese).toMatch(/[\u4e00-\u9fff]/);
          expect(prose(chinese)).not.toMatch(ENGLISH_WORDS);
        });
      }
    });
  }
});
