// A rule is one folder, src/rules/<id>/, and the only place its texts live: every folder holds
// the same files, and every text in both languages: the summary, the fix and the messages
// (meta.ts English, zh-CN.ts Chinese, with the same message ids and placeholders) and the lesson
// (teach.ts, both languages side by side).
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOLDER_FILES, ruleFolders } from '../../scripts/generate-catalog';
import type { Command, RuleExplanation, Scene } from '../teach/lesson';
import { RULES } from './index';
import { RULE_LESSONS } from './lessons.generated';
import { ZH_CN_RULES } from './zh-CN.generated';

const dir = (id: string): URL => new URL(`./${id}/`, import.meta.url);

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
const CHINESE = /[\u4e00-\u9fff]/;

describe('rule folders', () => {
  it('are the rules: one folder per rule id, and nothing else in a folder of src/rules', () => {
    expect(ruleFolders()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const id of ruleFolders()) {
    it(`${id}/ holds ${FOLDER_FILES.join(', ')} and its tests`, () => {
      const files = readdirSync(dir(id));
      for (const file of FOLDER_FILES) expect(files).toContain(file);
      expect(files.some((f) => f.endsWith('.test.ts'))).toBe(true);
      expect(existsSync(new URL(`${id}.test.ts`, dir(id)))).toBe(true);
    });
  }
});

describe('every rule in Simplified Chinese', () => {
  it('translates every rule, and nothing that is not a rule', () => {
    expect(Object.keys(ZH_CN_RULES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const zh = ZH_CN_RULES[rule.id];

      it('has a Chinese summary and fix', () => {
        expect(zh?.summary).toMatch(CHINESE);
        expect(zh?.fix).toMatch(CHINESE);
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
          if (prose(english).trim() !== '') expect(chinese).toMatch(CHINESE);
          expect(prose(chinese)).not.toMatch(ENGLISH_WORDS);
        });
      }
    });
  }
});

// A pod with a bit of everything, so that every lesson has names to fill its commands with.
const scene: Scene = {
  ref: {
    document: 0,
    kind: 'Pod',
    name: 'demo',
    objectPath: [],
    podSpecPath: ['spec'],
    metadataPaths: [['metadata']],
  },
  running: ['app', 'sidecar'],
  focus: ['app'],
  mounts: [{ container: 'app', volume: 'data', path: '/data', readOnly: false }],
  ports: [{ container: 'app', port: 8080, protocol: 'TCP' }],
  volume: { name: 'data', type: 'configMap', reference: 'app-config' },
  target: 'app',
  extended: ['nvidia.com/gpu'],
};

const SECTIONS = ['what', 'why', 'analogy'] as const;

describe('every rule’s lesson in both languages', () => {
  it('exists for every rule, and for nothing that is not a rule', () => {
    expect(Object.keys(RULE_LESSONS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const lesson = RULE_LESSONS[rule.id];
      const check = (text: RuleExplanation, chinese: boolean): void => {
        for (const section of SECTIONS) {
          expect(text[section].trim(), section).not.toBe('');
          expect(CHINESE.test(text[section]), section).toBe(chinese);
        }
        for (const note of text.notes ?? []) {
          expect(note.title.trim()).not.toBe('');
          expect(CHINESE.test(note.title + note.text)).toBe(chinese);
        }
        if (text.unobservable !== undefined) expect(CHINESE.test(text.unobservable)).toBe(chinese);
      };

      it('says what, why and an analogy in English and in Chinese', () => {
        check(lesson.en, false);
        check(lesson['zh-CN'], true);
        expect(lesson['zh-CN'].notes?.length ?? 0).toBe(lesson.en.notes?.length ?? 0);
        expect(lesson['zh-CN'].unobservable === undefined).toBe(
          lesson.en.unobservable === undefined,
        );
      });

      it('labels every command in both languages', () => {
        const commands = lesson.commands(scene).filter((c): c is Command => c !== undefined);
        for (const c of commands) {
          expect(c.command).toMatch(/^kubectl /);
          expect(CHINESE.test(c.label.en), c.label.en).toBe(false);
          expect(CHINESE.test(c.label['zh-CN']), c.label['zh-CN']).toBe(true);
        }
      });
    });
  }
});
