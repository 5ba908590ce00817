import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang';
import { ZH_CN_RULES } from '../../src/rules/zh-CN.generated';
import { RULES } from '../../src/rules/index';
import {
  hostNode,
  NAMESPACE_TOPICS,
  podFrame,
  ROLE_TOPICS,
  VOLUME_TOPICS,
  volumeKind,
} from './catalog';
import { ruleTopic } from './ruleTopics';
import { HELPER_NOTES } from './topics/helpers';
import type { Command, Explanation, Scene, Topic } from '../../src/teach/lesson';

// A pod with a bit of everything, so that every topic has something to name.
const scene: Scene = {
  ref: {
    document: 0,
    kind: 'Pod',
    name: 'pod-demo',
    objectPath: [],
    podSpecPath: ['spec'],
    metadataPaths: [['metadata']],
  },
  running: ['app', 'sidecar'],
  focus: ['app', 'sidecar'],
  mounts: [
    { container: 'app', volume: 'data', path: '/data', readOnly: false },
    { container: 'sidecar', volume: 'data', path: '/logs', readOnly: true },
  ],
  ports: [
    { container: 'app', port: 8080, protocol: 'TCP' },
    { container: 'sidecar', port: 8080, protocol: 'TCP' },
  ],
  volume: { name: 'data', type: 'configMap', reference: 'app-config' },
  target: 'app',
  extended: ['nvidia.com/gpu'],
};

const topics: [string, Topic][] = [
  ...Object.entries(NAMESPACE_TOPICS).flatMap(([ns, scopes]) =>
    Object.entries(scopes).map(([scope, t]): [string, Topic] => [`namespace ${ns} (${scope})`, t]),
  ),
  ...Object.entries(ROLE_TOPICS).map(([role, t]): [string, Topic] => [`role ${role}`, t]),
  ...Object.entries(VOLUME_TOPICS).map(([kind, t]): [string, Topic] => [`volume ${kind}`, t]),
  ['pod frame', podFrame],
  ['host node', hostNode],
  ...RULES.map((r): [string, Topic] => {
    const t = ruleTopic(r.id);
    if (!t) throw new Error(`rule ${r.id} has no explanation`);
    return [`rule ${r.id}`, t];
  }),
];

const CJK = /[\u4e00-\u9fff]/;
const FIELDS = ['what', 'why', 'analogy', 'fix'] as const;

function commandsOf(t: Topic): Command[] {
  return t.commands(scene).filter((c): c is Command => c !== undefined);
}

describe('teaching content', () => {
  it('covers every hub and scope, role, volume type and rule', () => {
    expect(Object.keys(NAMESPACE_TOPICS).sort()).toEqual(['ipc', 'network', 'pid', 'uts']);
    expect(Object.keys(ROLE_TOPICS).sort()).toEqual(['app', 'ephemeral', 'init', 'sidecar']);
    expect(Object.keys(VOLUME_TOPICS).sort()).toEqual(
      [
        'configMap',
        'csi',
        'downwardAPI',
        'emptyDir',
        'emptyDirMemory',
        'ephemeral',
        'hostPath',
        'image',
        'nfs',
        'other',
        'persistentVolumeClaim',
        'projected',
        'secret',
        'volumeClaimTemplate',
      ].sort(),
    );
    expect(RULES).toHaveLength(59);
    expect(ruleTopic('no-such-rule')).toBeUndefined();
  });

  it('teaches a rule with the rule’s own fix and documentation, in both languages', () => {
    for (const rule of RULES) {
      const topic = ruleTopic(rule.id);
      expect(topic?.docs).toBe(rule.docs);
      expect(topic?.en.fix).toBe(rule.fix);
      expect(topic?.['zh-CN'].fix).toBe(ZH_CN_RULES[rule.id].fix);
    }
  });

  it('teaches an element that is a rule’s subject with that rule’s lesson', () => {
    const pairs: [Topic, string][] = [
      [NAMESPACE_TOPICS.network.host, 'host-network'],
      [NAMESPACE_TOPICS.pid.host, 'host-pid'],
      [NAMESPACE_TOPICS.ipc.host, 'host-ipc'],
      [NAMESPACE_TOPICS.pid.pod, 'shared-process-namespace'],
      [VOLUME_TOPICS.hostPath, 'host-path-volume'],
    ];
    for (const [element, id] of pairs) {
      const { docs: _, ...lesson } = ruleTopic(id) ?? { docs: '' };
      expect(element).toMatchObject(lesson);
    }
  });

  describe.each(topics)('%s', (_, topic) => {
    it.each(LANGS)('has every section in %s', (lang) => {
      const text: Explanation = topic[lang];
      for (const field of FIELDS) {
        expect(text[field].trim().length, field).toBeGreaterThan(lang === 'en' ? 30 : 8);
        // Chinese is translated, not copied; English carries no Chinese.
        expect(CJK.test(text[field]), `${lang} ${field}`).toBe(lang === 'zh-CN');
      }
      for (const note of text.notes ?? []) {
        expect(note.title.trim()).not.toBe('');
        expect(CJK.test(note.text), `${lang} note`).toBe(lang === 'zh-CN');
      }
    });

    it('has as many notes in Chinese as in English', () => {
      expect(topic['zh-CN'].notes?.length ?? 0).toBe(topic.en.notes?.length ?? 0);
    });

    it('shows it on a live cluster, or says why nothing shows', () => {
      const commands = commandsOf(topic);
      if (commands.length === 0) {
        expect(topic.en.unobservable).toBeTruthy();
        expect(topic['zh-CN'].unobservable).toBeTruthy();
        return;
      }
      for (const c of commands) {
        expect(c.command).toMatch(/^kubectl /);
        expect(c.label.en.trim()).not.toBe('');
        expect(CJK.test(c.label['zh-CN']), c.label['zh-CN']).toBe(true);
      }
    });

    it('links a kubernetes.io documentation page', () => {
      expect(topic.docs).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
    });
  });

  it('has a bilingual note for every well-known helper the model labels', () => {
    const kinds = ['log-shipper', 'metrics-agent', 'secret-agent', 'service-mesh', 'sql-proxy'];
    expect(Object.keys(HELPER_NOTES).sort()).toEqual(kinds);
    for (const note of Object.values(HELPER_NOTES)) {
      expect(CJK.test(note['zh-CN'].text)).toBe(true);
      expect(CJK.test(note.en.text)).toBe(false);
    }
  });
});

describe('volumeKind', () => {
  it('tells disk and memory emptyDirs apart', () => {
    expect(volumeKind({ type: 'emptyDir' })).toBe('emptyDir');
    expect(volumeKind({ type: 'emptyDir', medium: 'Memory' })).toBe('emptyDirMemory');
    // HugePages are not a tmpfs charged to the memory limit: the Memory explanation does not apply.
    expect(volumeKind({ type: 'emptyDir', medium: 'HugePages' })).toBe('emptyDir');
  });

  it('gives claim templates their own explanation and unknown sources the generic one', () => {
    expect(volumeKind({ type: 'persistentVolumeClaim', fromClaimTemplate: true })).toBe(
      'volumeClaimTemplate',
    );
    expect(volumeKind({ type: 'persistentVolumeClaim' })).toBe('persistentVolumeClaim');
    expect(volumeKind({ type: 'iscsi' })).toBe('other');
    expect(volumeKind({ type: 'constructor' })).toBe('other');
  });
});
