// What the engine says about a corpus file, in the same shapes as the expectations, so a
// mismatch shows as a small readable diff.
import type { AnalysisResult } from '../analysis/result';
import { buildGraph } from '../graph/build';
import type { ContainerNode, NamespaceNode, VolumeNode } from '../graph/types';
import { formatQuantity, parseQuantity, type Quantity } from '../k8s/quantity';
import type {
  CpuMemory,
  ExpectedDocument,
  ExpectedWorkload,
  NamespaceScopes,
} from './expected/types';

/** The documents of a result, reduced to kind, name and the workload/empty flags. */
export function observedDocuments(result: AnalysisResult): ExpectedDocument[] {
  return result.documents.map((d) => ({
    ...(d.kind !== undefined ? { kind: d.kind } : {}),
    ...(d.name !== undefined ? { name: d.name } : {}),
    workload: d.workload,
    ...(d.empty ? { empty: true } : {}),
  }));
}

function cpuMemory(map: Record<string, Quantity>): CpuMemory {
  const out: CpuMemory = {};
  for (const name of ['cpu', 'memory'] as const) {
    if (map[name] !== undefined) out[name] = formatQuantity(map[name], name);
  }
  return out;
}

/** Expected quantities in the engine's canonical formatting (`0.1` and `100m` compare equal). */
export function canonical(values: CpuMemory): CpuMemory {
  const out: CpuMemory = {};
  for (const name of ['cpu', 'memory'] as const) {
    const raw = values[name];
    if (raw === undefined) continue;
    const parsed = parseQuantity(raw);
    if (!parsed.ok) throw new Error(`expectation ${name}: ${raw} is not a quantity`);
    out[name] = formatQuantity(parsed.value, name);
  }
  return out;
}

/** One workload of a result, through the graph, in the shape of ExpectedWorkload. */
export function observedWorkload(result: AnalysisResult, index: number): ExpectedWorkload {
  const w = result.workloads[index];
  const graph = buildGraph(result, index);
  const containers = graph.nodes
    .filter((n): n is ContainerNode => n.kind === 'container')
    .sort((a, b) => a.runOrder - b.runOrder);
  const volumes = graph.nodes.filter((n): n is VolumeNode => n.kind === 'volume');
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const namespaces: NamespaceScopes = {};
  let network: NamespaceNode | undefined;
  for (const n of graph.nodes) {
    if (n.kind !== 'namespace') continue;
    namespaces[n.name] = n.scope;
    if (n.name === 'network') network = n;
  }
  return {
    document: w.ref.document,
    kind: w.ref.kind,
    name: w.ref.name,
    podSpecPath: w.podSpecPath,
    qosClass: w.qosClass,
    podSecurity: w.podSecurity.level,
    requests: cpuMemory(w.effective.requests),
    limits: cpuMemory(w.effective.limits),
    unboundedLimits: w.effective.unboundedLimits.filter(
      (r): r is 'cpu' | 'memory' => r === 'cpu' || r === 'memory',
    ),
    containers: containers.map((c) => [c.name, c.role]),
    volumes: volumes.map((v) => [v.name, v.type]),
    mounts: graph.edges.flatMap((e) =>
      e.kind === 'mount'
        ? [
            [
              names.get(e.source) ?? e.source,
              names.get(e.target) ?? e.target,
              e.mountPath,
              e.readOnly,
            ] as ExpectedWorkload['mounts'][number],
          ]
        : [],
    ),
    shared: volumes.filter((v) => v.shared).map((v) => v.name),
    ports: (network?.ports ?? []).map((p) => [p.container, `${p.port}/${p.protocol}`, p.clash]),
    namespaces,
  };
}

/** Sort key for unordered comparisons of tuples. */
export function sorted<T>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
