import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import { buildGraph } from '../../../src/graph/build';
import { zhRuleTexts } from '../../i18n/ruleTexts';
import { untranslatedWords } from '../../i18n/terms';
import { walk as en } from '../../i18n/en/walk';
import { walk as zh } from '../../i18n/zh-CN/walk';
import { captionHead } from './caption';
import { walkFindings } from './walkFindings';
import { walkSteps, type WalkStep } from './walkSteps';

const POD = `apiVersion: v1
kind: Pod
metadata: { name: shop }
spec:
  initContainers:
    - name: migrate
      image: flyway/flyway:10
  containers:
    - name: web
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      volumeMounts: [{ name: data, mountPath: /data }]
    - name: shipper
      image: busybox:1.36
      ports: [{ containerPort: 8080 }]
      volumeMounts: [{ name: data, mountPath: /logs, readOnly: true }]
  volumes:
    - name: data
      emptyDir: {}
`;
const result = analyze(POD);
const graph = buildGraph(result, 0);
const steps = walkSteps(graph, walkFindings(result, 0));
const head = (step: WalkStep | undefined, lang: 'en' | 'zh-CN' = 'en') => {
  if (!step) throw new Error('no such step');
  return captionHead(step, steps, graph, lang === 'en' ? en : zh, lang);
};
const find = (key: string) => steps.find((s) => s.key === key);
const clash = steps.find((s) => s.kind === 'finding' && s.finding.ruleId === 'port-clash');
// Names from the manifest stay as written in every language.
const NAMES = new Set(['web', 'shipper']);

// The page fetches the Chinese rule texts before it speaks Chinese; so does this test.
beforeAll(() => zhRuleTexts.load());

describe('captionHead', () => {
  it('introduces the pod with what the walk will show', () => {
    const findings = steps.filter((s) => s.kind === 'finding').length;
    const h = head(steps[0]);
    expect(h.kicker).toBe(`3 containers, 1 shared volume, ${findings} findings.`);
    expect(h.title).toBe('Pod shop');
    // Two lines, so the whole pod has the room above them; the next button invites the first step.
    expect(h.lead).toBeUndefined();
  });

  it('names each element with what it is', () => {
    expect(head(find('namespace:network'))).toEqual({
      kicker: 'Network namespace, shared by the whole pod',
      title: 'network',
    });
    expect(head(find('container:migrate'))).toEqual({
      kicker: 'Init container · starts 1st',
      title: 'migrate',
    });
    expect(head(find('container:web'))).toEqual({ kicker: 'App container', title: 'web' });
    expect(head(find('volume:data'))).toEqual({
      kicker: 'Shared volume · emptyDir · mounted by web, shipper',
      title: 'data',
    });
  });

  it('gives a finding its rule, its place among the findings and its message', () => {
    const h = head(clash);
    expect(h.title).toBe('port-clash');
    expect(h.kicker).toMatch(/^Finding \d+ of \d+ · warning$/);
    expect(h.lead).toContain('8080');
  });

  it('speaks Chinese, the finding’s message included', () => {
    expect(head(find('container:web'), 'zh-CN')).toEqual({ kicker: '应用容器', title: 'web' });
    expect(head(find('container:migrate'), 'zh-CN').kicker).toBe('Init 容器 · 第 1 个启动');
    const h = head(clash, 'zh-CN');
    expect(h.kicker).toMatch(/^第 \d+ 个问题，共 \d+ 个 · 警告$/);
    expect(h.lead).not.toBe(head(clash).lead);
    expect(untranslatedWords(h.lead ?? '', NAMES)).toEqual([]);
  });
});

describe('the walk texts', () => {
  it('has the English shape in Chinese, with nothing left in English', () => {
    const strings = [
      zh.label,
      zh.overview.summary(2, 1, 3),
      zh.hub.pod,
      zh.hub.host,
      ...Object.values(zh.role),
      zh.startsAs(2),
      zh.volume('emptyDir', ['web', 'shipper']),
      zh.finding(1, 2, zh.severity.error),
      ...Object.values(zh.severity),
      zh.why.label,
      zh.loading,
      zh.failed,
      zh.retry,
      zh.counter(3, 9),
      zh.previous,
      zh.next,
      zh.hintStep,
      zh.hintLeave,
      zh.end,
    ];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const s of strings) {
      expect(s).not.toBe('');
      expect(untranslatedWords(s, NAMES)).toEqual([]);
    }
  });

  it('counts in English', () => {
    expect(en.overview.summary(1, 0, 2)).toBe('1 container, 0 shared volumes, 2 findings.');
    expect(en.startsAs(2)).toBe('starts 2nd');
    expect(en.startsAs(3)).toBe('starts 3rd');
    expect(en.startsAs(11)).toBe('starts 11th');
    expect(en.startsAs(22)).toBe('starts 22nd');
  });
});
