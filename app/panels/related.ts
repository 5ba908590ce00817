// Which findings touch an inspected element. Mirrors how the graph badges nodes (src/graph/build):
// a finding is about the containers, volumes, namespaces and ports it names, else about the
// element its path lies in, else about the pod.
import type { AnalysisResult } from '../../src/analysis';
import { pathWithin } from '../../src/graph/marks';
import type { GraphNode, PodGraph } from '../../src/graph/types';
import type { Finding } from '../../src/types';
import type { FindingEntry } from './findingGroups';
import type { Target } from './target';

/** The ids of the graph nodes one finding is about. */
export function touchedIds(f: Finding, graph: PodGraph): Set<string> {
  const ids = new Set<string>();
  const named = (kind: 'container' | 'volume', names: readonly string[] | undefined): void => {
    for (const n of graph.nodes) if (n.kind === kind && names?.includes(n.name)) ids.add(n.id);
  };
  named('container', f.containers);
  named('volume', f.volumes);
  for (const name of f.namespaces ?? []) ids.add(`namespace:${name}`);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  if ([...ids].some((id) => hostScoped(byId.get(id)))) ids.add('host');
  if ((f.ports ?? []).length > 0) ids.add('namespace:network');
  if (ids.size === 0) ids.add(ownerByPath(f.path, graph));
  return new Set([...ids].filter((id) => byId.has(id)));
}

function hostScoped(n: GraphNode | undefined): boolean {
  return (
    (n?.kind === 'namespace' && n.scope === 'host') ||
    (n?.kind === 'volume' && n.type === 'hostPath')
  );
}

function ownerByPath(path: string, graph: PodGraph): string {
  for (const kind of ['container', 'volume'] as const) {
    const owner = graph.nodes.find(
      (n) => n.kind === kind && n.path !== undefined && pathWithin(path, n.path),
    );
    if (owner) return owner.id;
  }
  return 'pod';
}

/** True when the finding belongs to the workload (its document, and its pod spec). */
function ofWorkload(f: Finding, result: AnalysisResult, workload: number): boolean {
  const w = result.workloads[workload];
  if (!w || f.document !== w.ref.document) return false;
  return f.workload === workload || (f.workload === undefined && pathWithin(f.path, w.podSpecPath));
}

function touches(f: Finding, target: Target, graph: PodGraph): boolean {
  switch (target.kind) {
    case 'node':
      return touchedIds(f, graph).has(target.node.id);
    case 'port': {
      const { container, port, protocol } = target.chip;
      return (f.ports ?? []).includes(`${container}:${port}/${protocol}`);
    }
    case 'mount': {
      const container = graph.nodes.find((n) => n.id === target.edge.source)?.name;
      const volume = graph.nodes.find((n) => n.id === target.edge.target)?.name;
      return (
        pathWithin(f.path, target.edge.path) ||
        (container !== undefined &&
          volume !== undefined &&
          (f.containers ?? []).includes(container) &&
          (f.volumes ?? []).includes(volume))
      );
    }
    case 'edge':
    case 'finding':
      return false;
  }
}

/** The findings (suppressed ones too) of the workload that touch the target, in list order. */
export function relatedFindings(
  result: AnalysisResult,
  workload: number,
  graph: PodGraph,
  target: Target,
): FindingEntry[] {
  const out: FindingEntry[] = [];
  result.findings.forEach((finding, index) => {
    if (ofWorkload(finding, result, workload) && touches(finding, target, graph))
      out.push({ finding, index });
  });
  return out;
}
