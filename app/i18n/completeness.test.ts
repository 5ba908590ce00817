// Every area of the page's texts: exactly the English keys in Chinese (the type says so too, but
// an `as` cast can hide a gap from it), nothing empty, and no English left in the Chinese
// strings, builders included.
import { describe, expect, it } from 'vitest';
import { EN } from './en';
import { untranslatedWords } from './terms';
import { ZH_CN } from './zh-CN';

// Leaves that read the same in both languages on purpose.
const SAME = new Set([
  'canvas.namespaceTitle.ipc',
  'canvas.namespaceTitle.uts',
  'canvas.namespaceTitle.pid',
  'canvas.resourceShort.cpu',
  'panels.findings.location',
  'panels.status.qos',
  'canvas.ui.qos',
  'canvas.aria.pod',
  'canvas.hub.uts',
  'inspector.kind.pod',
  'inspector.kind.service',
  'inspector.podIP',
  // Field names, as the manifest spells them.
  'inspector.hostPort',
  'inspector.subPath',
  'inspector.sizeLimit',
]);

// Latin words a Chinese string keeps on purpose: names from an example's manifest, a field or
// a tag as Kubernetes spells it, a file format.
const KEPT_WORDS: Record<string, string[]> = {
  'examples.words.port-clash.summary': ['web'],
  'examples.words.cronjob.summary': ['upload'],
  'inspector.noTag': ['latest'],
  'share.dialog.what.secret-data': ['data'],
  'export.report': ['Markdown'],
  'export.changeReview': ['Markdown'],
  'canvas.ui.partialTitle': ['spec', 'Operator', 'containers', 'volumes'],
  'fix.dropAsRoot': ['root', 'nginx'],
};

// Strings that are nothing but spacing, by design: what separates the walk's "why" from its
// reason (a space in English, nothing in Chinese).
const SPACING = new Set(['walk.why.space']);

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path: string): Leaf[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [{ path, value }];
}

// A builder called with plausible values: names, counts, a flag. Builders whose parameters are
// of another shape throw on some of these; the others still show what they say.
const SAMPLES: unknown[][] = [
  ['web', 'app', 'web', 'app', 'web'],
  [2, 3, 4, 5],
  ['web', 'cache', '/data', true, 'sub'],
  ['web', 'cache', '/data', false],
  [1],
  [{ direction: 'up', x: 1, y: 2 }],
  [['hostNetwork', 'hostPID']],
];

function outputs(fn: (...args: unknown[]) => unknown): string[] {
  const out: string[] = [];
  for (const args of SAMPLES) {
    if (args.length < fn.length) continue;
    try {
      const r = fn(...args);
      // "undefined" in the result means the sample did not fit the builder's parameters.
      if (typeof r === 'string' && !r.includes('undefined')) out.push(r);
    } catch {
      // not this builder's kind of arguments
    }
  }
  return out;
}

// The sample names are not English prose, wherever a builder puts them (even side by side).
const withoutSamples = (said: string): string => said.replace(/\b(?:web|app|cache|sub)+\b/g, ' ');

// The editor's CodeMirror phrases are a lookup table: empty for English (CodeMirror's own
// strings are English), the translations for Chinese.
const isPhrase = (l: Leaf): boolean => l.path.startsWith('editor.phrases.');

it('Chinese has exactly the areas of English', () => {
  expect(Object.keys(ZH_CN).sort()).toEqual(Object.keys(EN).sort());
});

describe.each(Object.keys(EN))('the %s texts', (area) => {
  const en = leaves(EN[area as keyof typeof EN], area).filter((l) => !isPhrase(l));
  const zh = leaves(ZH_CN[area as keyof typeof ZH_CN], area);

  it('have exactly the English keys in Chinese, with a builder wherever English has one', () => {
    const zhByPath = new Map(zh.filter((l) => !isPhrase(l)).map((l) => [l.path, l.value]));
    expect([...zhByPath.keys()].sort()).toEqual(en.map((l) => l.path).sort());
    for (const l of en) expect(typeof zhByPath.get(l.path), l.path).toBe(typeof l.value);
  });

  it('leave nothing empty', () => {
    for (const l of [...en, ...zh])
      if (typeof l.value === 'string' && !SPACING.has(l.path))
        expect(l.value.trim(), l.path).not.toBe('');
  });

  it('translate every string of the Chinese side', () => {
    const english = new Map(en.map((l) => [l.path, l.value]));
    for (const l of zh) {
      if (typeof l.value !== 'string' || SAME.has(l.path)) continue;
      if (isPhrase(l)) expect(l.value, l.path).toMatch(/[\u4e00-\u9fff]/);
      else expect(l.value, l.path).not.toBe(english.get(l.path));
      expect(untranslatedWords(l.value, new Set(KEPT_WORDS[l.path])), l.path).toEqual([]);
    }
  });

  it('build Chinese sentences without English words', () => {
    for (const l of zh) {
      if (typeof l.value !== 'function') continue;
      for (const said of outputs(l.value as (...args: unknown[]) => unknown))
        expect(untranslatedWords(withoutSamples(said)), `${l.path}: ${said}`).toEqual([]);
    }
  });
});

describe('untranslatedWords', () => {
  it('finds English words and leaves Kubernetes terms and identifiers alone', () => {
    expect(untranslatedWords('Pod 的 QoS 为 Burstable，端口 8080/TCP')).toEqual([]);
    expect(untranslatedWords('hostNetwork: true，见 spec.containers[0].ports')).toEqual([]);
    expect(untranslatedWords('sidecar-without-limits 与 log-shipper')).toEqual([]);
    expect(untranslatedWords('按 Ctrl+Shift+M 列出')).toEqual([]);
    expect(untranslatedWords('Findings 发现的问题')).toEqual(['Findings']);
    expect(untranslatedWords('Re-layout')).toEqual(['layout']);
    expect(untranslatedWords('没有上限（no upper bound）')).toEqual(['upper', 'bound']);
    expect(untranslatedWords('节点报 DiskPressure，容器 OOMKilled，见 NetworkPolicy')).toEqual([]);
    expect(untranslatedWords('OOM、API 与 MIG')).toEqual([]);
    expect(untranslatedWords('用 kubectl get -o yaml 导出，再 kubectl debug')).toEqual([]);
    expect(untranslatedWords('报错 “Read-only file system”')).toEqual([]);
    expect(untranslatedWords('用 debug 模式')).toEqual(['debug']);
  });

  it('accepts extra words, such as the names of the manifest on screen', () => {
    expect(untranslatedWords('容器 checker 与 web', new Set(['checker']))).toEqual(['web']);
    expect(untranslatedWords('容器 checker 与 web', new Set(['checker', 'web']))).toEqual([]);
  });
});
