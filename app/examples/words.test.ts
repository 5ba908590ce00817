import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { CATALOG_ZH } from './catalogZh';
import { exampleTitle, exampleWords } from './words';
import { loadLang } from '../i18n/zhTexts';

// The page fetches its Chinese tables on first use; these tests read them, so load them first.
await loadLang('zh-CN');

const FIELDS = ['title', 'summary', 'idea'] as const;
const HAN = /[\u4e00-\u9fff]/;

describe('the Chinese gallery', () => {
  it('has exactly the examples of the English one', () => {
    expect(Object.keys(CATALOG_ZH).sort()).toEqual(CATALOG.map((e) => e.id).sort());
  });

  it('translates every title, summary and idea into Chinese prose', () => {
    for (const e of CATALOG) {
      for (const field of FIELDS) {
        const zh = CATALOG_ZH[e.id][field];
        expect(zh, `${e.id}.${field}`).toMatch(HAN);
        expect(zh, `${e.id}.${field}`).not.toBe(e[field]);
      }
    }
  });

  it('keeps the Kubernetes names and numbers the English text shows', () => {
    // Names a reader types or looks for in the manifest must survive translation.
    const kept = /\b[a-z]+[A-Z]\w*|\b\d+(?:Mi|Gi)\b|(?<![\w/])\/[\w/.-]*\w|\blocalhost:\d+/g;
    for (const e of CATALOG) {
      for (const field of FIELDS) {
        for (const token of e[field].match(kept) ?? [])
          expect(CATALOG_ZH[e.id][field], `${e.id}.${field}: ${token}`).toContain(token);
      }
    }
  });
});

describe('exampleWords and exampleTitle', () => {
  it('reads an example in either language', () => {
    expect(exampleWords('port-clash', 'en').title).toBe('Trap: two containers on one port');
    expect(exampleWords('port-clash', 'zh-CN').title).toBe('陷阱：两个容器占用同一个端口');
  });

  it('maps an English title to the title in the page language, and nothing else', () => {
    expect(exampleTitle('Containers sharing a pod', 'zh-CN')).toBe('同一个 Pod 里的容器');
    expect(exampleTitle('Containers sharing a pod', 'en')).toBe('Containers sharing a pod');
    expect(exampleTitle('pod.yaml', 'zh-CN')).toBeUndefined();
    expect(exampleTitle('同一个 Pod 里的容器', 'en')).toBe('Containers sharing a pod');
    expect(exampleTitle('Pod', 'en')).toBeUndefined();
  });
});
