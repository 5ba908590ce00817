import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { analyze } from '../../src/analysis/analyze';
import type { AnalysisResult } from '../../src/analysis/result';
import { buildGraph } from '../../src/graph/build';
import type {
  ContainerNode,
  GraphNode,
  MountEdge,
  NamespaceNode,
  PodGraph,
  PodNode,
  VolumeNode,
} from '../../src/graph/types';
import type { Finding } from '../../src/types';
import { glossaryMisses } from '../../src/i18n/glossary';
import { CATALOG } from './catalog';
import {
  DEFAULT_EXAMPLE,
  defaultExampleText,
  EXAMPLES as CARDS,
  exampleText,
  loadExamples,
  preloadDefaultExample,
} from './index';

// The gallery's manifests arrive on demand in the page; here they are loaded once up front.
const EXAMPLES = await loadExamples();

interface Loaded {
  result: AnalysisResult;
  graph: PodGraph;
  findings: Finding[];
}

const loaded = new Map<string, Loaded>();
function load(id: string): Loaded {
  const cached = loaded.get(id);
  if (cached) return cached;
  const example = EXAMPLES.find((e) => e.id === id);
  if (!example) throw new Error(`no example ${id}`);
  const result = analyze(example.text);
  const entry = {
    result,
    graph: buildGraph(result, 0),
    findings: result.findings.filter((f) => !f.suppressed),
  };
  loaded.set(id, entry);
  return entry;
}

const rules = (id: string, ruleId: string) => load(id).findings.filter((f) => f.ruleId === ruleId);
const ruleIds = (id: string) => new Set(load(id).findings.map((f) => f.ruleId));

function node<K extends GraphNode['kind']>(
  id: string,
  kind: K,
  name: string,
): Extract<GraphNode, { kind: K }> {
  const found = load(id).graph.nodes.find((n) => n.kind === kind && n.name === name);
  if (!found) throw new Error(`${id}: no ${kind} ${name}`);
  return found as Extract<GraphNode, { kind: K }>;
}
const container = (id: string, name: string): ContainerNode => node(id, 'container', name);
const volume = (id: string, name: string): VolumeNode => node(id, 'volume', name);
const namespace = (id: string, name: string): NamespaceNode => node(id, 'namespace', name);
const pod = (id: string): PodNode => node(id, 'pod', CATALOG.find((c) => c.id === id)!.workload);

function mounts(
  id: string,
  volumeName: string,
): { container: string; path: string; ro: boolean }[] {
  return load(id)
    .graph.edges.filter(
      (e): e is MountEdge => e.kind === 'mount' && e.target === `volume:${volumeName}`,
    )
    .map((e) => ({
      container: e.source.replace('container:', ''),
      path: e.mountPath,
      ro: e.readOnly,
    }));
}

describe('the gallery', () => {
  it('has at least 12 examples with unique ids and workload names, the default first', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(new Set(CATALOG.map((e) => e.workload)).size).toBe(CATALOG.length);
    expect(DEFAULT_EXAMPLE).toBe(EXAMPLES[0]);
    expect(DEFAULT_EXAMPLE.id).toBe('default');
    // The cards (drawn before any manifest is fetched) are the examples, in the same order.
    expect(CARDS.map((e) => e.id)).toEqual(EXAMPLES.map((e) => e.id));
    for (const e of EXAMPLES) {
      expect(e.title.length, e.id).toBeGreaterThan(0);
      expect(e.summary.length, e.id).toBeGreaterThan(0);
      expect(e.idea.length, e.id).toBeGreaterThan(0);
      expect(e.text.startsWith('#'), `${e.id} opens with a comment saying what it shows`).toBe(
        true,
      );
    }
  });

  describe.each(CATALOG.map((meta) => [meta.id, meta] as const))('%s', (id, meta) => {
    it('is one workload the API server would accept', () => {
      const { result, findings } = load(id);
      expect(result.workloads).toHaveLength(1);
      expect(result.workloads[0].ref.name).toBe(meta.workload);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    it('draws every container in declaration order', () => {
      const names = load(id).result.workloads[0].model.containers.map((c) => c.name);
      expect(names).toEqual(meta.containers);
    });

    it('raises the findings it is meant to teach', () => {
      for (const ruleId of meta.teaches) expect(ruleIds(id), ruleId).toContain(ruleId);
    });
  });
});

describe('exampleText', () => {
  it('gives each card its own manifest, the default one included', async () => {
    expect(await exampleText('default')).toBe(DEFAULT_EXAMPLE.text);
    expect(await exampleText('gpu')).toContain('nvidia.com/gpu: 1');
    expect(await exampleText('gpu')).not.toBe(await exampleText('port-clash'));
    for (const e of EXAMPLES) expect(await exampleText(e.id), e.id).toBe(e.text);
  });
});

describe('what each example teaches', () => {
  it('default: the agent without a quota is flagged, the app is not', () => {
    expect(rules('default', 'sidecar-without-limits').map((f) => f.containers)).toEqual([
      ['prom-agent'],
    ]);
    expect(rules('default', 'port-clash')).toEqual([]);
    expect(mounts('default', 'shared-data')).toEqual([
      { container: 'app', path: '/data', ro: false },
      { container: 'log-shipper', path: '/logs', ro: true },
    ]);
    expect(container('default', 'prom-agent').wellKnown).toBe('metrics-agent');
  });

  it('localhost: one network namespace with both containers, one hostname, nothing wrong', () => {
    expect(load('localhost').findings).toEqual([]);
    const network = namespace('localhost', 'network');
    expect(network.scope).toBe('pod');
    expect(network.ports?.map((p) => `${p.container}:${p.port}/${p.protocol}`)).toEqual([
      'web:8080/TCP',
    ]);
    expect(namespace('localhost', 'uts').hostname).toBe('shop-web');
    const members = load('localhost')
      .graph.edges.filter((e) => e.kind === 'member' && e.target === 'namespace:network')
      .map((e) => e.source);
    expect(members).toEqual(['container:web', 'container:checker']);
  });

  it('shared-volume: one emptyDir at /data and at /logs, both writable, unbounded', () => {
    expect(mounts('shared-volume', 'shared-data')).toEqual([
      { container: 'app', path: '/data', ro: false },
      { container: 'sidecar', path: '/logs', ro: false },
    ]);
    expect(volume('shared-volume', 'shared-data').shared).toBe(true);
    expect(rules('shared-volume', 'shared-writable-volume')[0].containers).toEqual([
      'app',
      'sidecar',
    ]);
    expect(rules('shared-volume', 'emptydir-no-size-limit')[0].volumes).toEqual(['shared-data']);
  });

  it('ipc-shared-memory: pod-wide IPC, and an unbounded tmpfs at /dev/shm', () => {
    expect(namespace('ipc-shared-memory', 'ipc').scope).toBe('pod');
    expect(volume('ipc-shared-memory', 'dshm').medium).toBe('Memory');
    expect(rules('ipc-shared-memory', 'memory-volume-unbounded')[0].volumes).toEqual(['dshm']);
  });

  it('metrics-agent: the prometheus sidecar has no limits; its ConfigMap is in the input', () => {
    expect(container('metrics-agent', 'prom-agent').wellKnown).toBe('metrics-agent');
    expect(rules('metrics-agent', 'sidecar-without-limits').map((f) => f.containers)).toEqual([
      ['prom-agent'],
    ]);
    expect(volume('metrics-agent', 'config').type).toBe('configMap');
    expect(ruleIds('metrics-agent')).not.toContain('unresolved-reference');
    const refs = load('metrics-agent').graph.edges.filter((e) => e.kind === 'reference');
    expect(refs.map((e) => [e.source, e.target])).toEqual([
      ['volume:config', 'object:ConfigMap/prom-config'],
    ]);
  });

  it('log-sidecar: a tail -f forwarder shares the log volume read-write with the app', () => {
    expect(container('log-sidecar', 'log-forwarder').wellKnown).toBe('log-shipper');
    expect(rules('log-sidecar', 'shared-writable-volume')[0].volumes).toEqual(['app-logs']);
    expect(EXAMPLES.find((e) => e.id === 'log-sidecar')?.text).toContain(
      'tail -f /var/log/app.log',
    );
  });

  it('port-clash: web and debug-tool both declare 8080/TCP', () => {
    const [clash] = rules('port-clash', 'port-clash');
    expect(clash.severity).toBe('warning');
    expect(clash.containers).toEqual(['web', 'debug-tool']);
    const chips = namespace('port-clash', 'network').ports ?? [];
    expect(chips.map((p) => [p.container, p.port, p.clash])).toEqual([
      ['web', 8080, true],
      ['debug-tool', 8080, true],
    ]);
    expect(container('port-clash', 'web').severity).toBe('warning');
    expect(container('port-clash', 'debug-tool').severity).toBe('warning');
  });

  it('volume-full: only the emptyDir without sizeLimit is flagged', () => {
    expect(rules('volume-full', 'emptydir-no-size-limit').map((f) => f.volumes)).toEqual([
      ['logs'],
    ]);
    expect(volume('volume-full', 'logs-capped').sizeLimit).toBe('500Mi');
  });

  it('shared-pid: one PID namespace for the pod, and the rule explains the cost', () => {
    expect(namespace('shared-pid', 'pid').scope).toBe('pod');
    expect(rules('shared-pid', 'shared-process-namespace')).toHaveLength(1);
    expect(rules('shared-pid', 'shared-process-namespace')[0].severity).toBe('warning');
  });

  it('memory-cache: a 1Gi tmpfs below a 2Gi limit is bounded', () => {
    const cache = volume('memory-cache', 'cache');
    expect([cache.medium, cache.sizeLimit]).toEqual(['Memory', '1Gi']);
    expect(ruleIds('memory-cache')).not.toContain('memory-volume-unbounded');
    expect(load('memory-cache').findings).toEqual([]);
  });

  it('unix-socket: both containers mount the socket directory under /var/run', () => {
    expect(mounts('unix-socket', 'sockets').map((m) => m.path)).toEqual([
      '/var/run/app',
      '/var/run/app',
    ]);
    expect(rules('unix-socket', 'socket-volume')[0].containers).toEqual(['server', 'client']);
    expect(ruleIds('unix-socket')).not.toContain('port-clash');
  });

  it('resources-qos: requests 1 CPU/1Gi under limits 2 CPU/2Gi make the pod Burstable', () => {
    expect(load('resources-qos').result.workloads[0].qosClass).toBe('Burstable');
    expect(pod('resources-qos').requests).toEqual({ cpu: '1', memory: '1Gi' });
    expect(pod('resources-qos').limits).toEqual({ cpu: '2', memory: '2Gi' });
  });

  it('native-sidecar: the sidecar starts after the init container and counts with the app', () => {
    const roles = ['wait-for-db', 'log-shipper', 'report'].map(
      (n) => container('native-sidecar', n).role,
    );
    expect(roles).toEqual(['init', 'sidecar', 'app']);
    expect(ruleIds('native-sidecar')).not.toContain('probe-on-init-container');
    // Pod requests: max(init 10m/16Mi, sidecar + app = 20m+500m / 32Mi+512Mi).
    expect(pod('native-sidecar').requests).toEqual({ cpu: '520m', memory: '544Mi' });
  });

  it('hostnetwork-daemonset: network, UTS and PID belong to the node', () => {
    expect(namespace('hostnetwork-daemonset', 'network').scope).toBe('host');
    expect(namespace('hostnetwork-daemonset', 'uts').scope).toBe('host');
    expect(namespace('hostnetwork-daemonset', 'pid').scope).toBe('host');
    expect(namespace('hostnetwork-daemonset', 'ipc').scope).toBe('pod');
    expect(rules('hostnetwork-daemonset', 'host-path-volume').map((f) => f.volumes)).toEqual([
      ['proc'],
      ['sys'],
    ]);
  });

  it('istio-mesh: the proxy is labelled, only istio-init adds network capabilities', () => {
    expect(container('istio-mesh', 'istio-proxy').wellKnown).toBe('service-mesh');
    expect(container('istio-mesh', 'istio-init').role).toBe('init');
    const caps = rules('istio-mesh', 'dangerous-capabilities');
    expect(caps.length).toBeGreaterThan(0);
    expect(new Set(caps.flatMap((f) => f.containers))).toEqual(new Set(['istio-init']));
  });

  it('cronjob: the pod spec is found under jobTemplate and init requests dominate', () => {
    expect(load('cronjob').result.workloads[0].podSpecPath).toBe(
      'spec.jobTemplate.spec.template.spec',
    );
    expect(container('cronjob', 'dump').role).toBe('init');
    // Pod requests: max(init dump 250m/256Mi, app upload 100m/128Mi).
    expect(pod('cronjob').requests).toEqual({ cpu: '250m', memory: '256Mi' });
    expect(load('cronjob').findings).toEqual([]);
  });

  it('debug-ephemeral: a debug container and a sidecar OOM-killed three times', () => {
    const debuggerNode = container('debug-ephemeral', 'debugger');
    expect([debuggerNode.role, debuggerNode.targetContainerName]).toEqual([
      'ephemeral',
      'checkout',
    ]);
    const [oom] = rules('debug-ephemeral', 'oom-killed');
    expect(oom.containers).toEqual(['log-shipper']);
    expect(container('debug-ephemeral', 'log-shipper').restartCount).toBe(3);
    // kubectl get output: ephemeral containers are worth knowing, not an error.
    expect(rules('debug-ephemeral', 'ephemeral-container-on-create')[0].severity).toBe('info');
    expect(pod('debug-ephemeral').podIP).toBe('10.244.3.52');
  });

  it('gpu: each container gets its own GPU', () => {
    const gpus = rules('gpu', 'extended-resource-per-container');
    expect(gpus.map((f) => f.containers)).toEqual([['trainer'], ['evaluator']]);
  });
});

/** The manifest's data, document by document. */
const data = (text: string): unknown[] =>
  parseAllDocuments(text).map((d): unknown => d.toJS() as unknown);
/** The manifest without its comments: what is left of every line that is not only a comment. */
const code = (text: string): string[] =>
  text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .map((line) => line.replace(/\s+#\s.*$/, ''));
/** Every comment's text. */
const comments = (text: string): string[] =>
  text.split('\n').flatMap((line) => line.match(/(?:^|\s)#\s?(.*)$/)?.[1] ?? []);

describe('the Chinese comments', () => {
  it('open a first visit in Chinese once fetched, and only then', async () => {
    expect(defaultExampleText('zh-CN')).toBe(DEFAULT_EXAMPLE.text);
    await preloadDefaultExample('zh-CN');
    expect(defaultExampleText('zh-CN')).toBe(await exampleText('default', 'zh-CN'));
    expect(defaultExampleText('zh-CN')).not.toBe(DEFAULT_EXAMPLE.text);
    expect(defaultExampleText('en')).toBe(DEFAULT_EXAMPLE.text);
  });

  describe.each(CATALOG.map((meta) => meta.id))('%s', (id) => {
    it('is the English manifest, comments aside', async () => {
      const en = await exampleText(id);
      const zh = await exampleText(id, 'zh-CN');
      expect(zh).not.toBe(en);
      expect(data(zh)).toEqual(data(en));
      expect(code(zh)).toEqual(code(en));
    });

    it('comments in Chinese, in the glossary’s words', async () => {
      const zh = await exampleText(id, 'zh-CN');
      expect(zh.startsWith('#')).toBe(true);
      // A comment that is only a command stays as typed; every other one is Chinese prose.
      const prose = comments(zh).filter((c) => !/^\s*kubectl /.test(c));
      expect(prose.length).toBeGreaterThan(0);
      for (const c of prose) {
        expect(c, id).toMatch(/[\u4e00-\u9fff]/);
        expect(glossaryMisses(c), c).toEqual([]);
      }
    });
  });
});
