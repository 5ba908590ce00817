// AnalysisResult → the pod graph of one workload (the CONTRACT `graph --format json` shape).
import type { AnalysisResult } from '../analysis/result';
import { findReference } from '../model/inventory';
import type { PodModel } from '../model/types';
import { formatPath } from '../parse/path';
import { edgesOf } from './edges';
import { chipKey, Marks, workloadFindings } from './marks';
import { hostUses, namespaceNodes } from './namespaces';
import { containerNode, podNode, volumeNode } from './nodes';
import { portChips } from './ports';
import { serviceGraph } from './services';
import { nodesTouchedBy } from './touched';
import type { GraphNode, HostNode, NamespaceNode, ObjectNode, PodGraph } from './types';

/** Builds the graph of `result.workloads[workload]`, with findings marked on the nodes. */
export function buildGraph(result: AnalysisResult, workload: number): PodGraph {
  const w = result.workloads[workload];
  if (!w)
    throw new RangeError(`no workload ${workload} (the input has ${result.workloads.length})`);
  const { model } = w;
  const ids = new Ids();
  const containerIds = model.containers.map((c) => ids.take(`container:${c.name}`));
  const volumeIds = model.volumes.map((v) => ids.take(`volume:${v.name}`));

  const namespaces = namespaceNodes(model);
  const network = namespaces.find((n) => n.name === 'network');
  if (network) network.ports = portChips(model.containers);
  const volumes = model.volumes.map((v, i) =>
    volumeNode(v, volumeIds[i], mountersOf(model, v.name)),
  );
  const host = hostNode(model);
  const objects = objectNodes(result, model);
  const services = serviceGraph(result.inventory.services, model, containerIds, network?.id);

  const nodes: GraphNode[] = [
    podNode(w),
    ...model.containers.map((c, i) => containerNode(c, containerIds[i])),
    ...volumes,
    ...namespaces,
    ...(host ? [host] : []),
    ...objects,
    ...services.nodes,
  ];
  markFindings(result, workload, model, nodes);
  return {
    workload: {
      document: model.workload.document,
      kind: model.workload.kind,
      name: model.workload.name,
    },
    nodes,
    edges: [
      ...edgesOf(model, { containerIds, volumeIds, namespaces, host, objects }),
      ...services.edges,
    ],
  };
}

// Names can repeat in an invalid manifest; later duplicates get `#2`, `#3` so ids stay unique.
class Ids {
  private readonly taken = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}#${n}`;
    this.taken.add(id);
    return id;
  }
}

function mountersOf(model: PodModel, volume: string): string[] {
  const names: string[] = [];
  for (const c of model.containers) {
    if (c.mounts.some((m) => m.name === volume) && !names.includes(c.name)) names.push(c.name);
  }
  return names;
}

function hostNode(model: PodModel): HostNode | undefined {
  const uses = hostUses(model);
  if (uses.length === 0) return undefined;
  return {
    id: 'host',
    kind: 'host',
    name: 'node',
    path: formatPath(model.workload.podSpecPath),
    uses,
  };
}

function objectNodes(result: AnalysisResult, model: PodModel): ObjectNode[] {
  const out: ObjectNode[] = [];
  for (const v of model.volumes) {
    for (const ref of v.objects) {
      const entry = findReference(result.inventory, ref.kind, ref.name);
      const id = `object:${ref.kind}/${ref.name}`;
      if (entry && !out.some((o) => o.id === id)) {
        out.push({
          id,
          kind: 'object',
          name: ref.name,
          objectKind: ref.kind,
          document: entry.document,
        });
      }
    }
  }
  return out;
}

function markFindings(
  result: AnalysisResult,
  workload: number,
  model: PodModel,
  nodes: GraphNode[],
): void {
  const marks = new Marks();
  const ref = model.workload;
  const graph = { workload: { document: ref.document, kind: ref.kind, name: ref.name }, nodes };
  for (const { finding: f, index } of workloadFindings(
    result.findings,
    workload,
    ref.document,
    formatPath(ref.podSpecPath),
  )) {
    for (const chip of f.ports ?? []) marks.add(`port:${chip}`, index, f.severity);
    for (const id of nodesTouchedBy(f, graph)) marks.add(id, index, f.severity);
  }
  for (const node of nodes) {
    const mark = marks.get(node.id);
    if (mark) Object.assign(node, { severity: mark.severity, findings: mark.count });
    if (node.kind === 'namespace') markChips(node, marks);
  }
}

function markChips(node: NamespaceNode, marks: Marks): void {
  for (const chip of node.ports ?? []) {
    const mark = marks.get(chipKey(chip.container, chip.port, chip.protocol));
    if (mark) chip.severity = mark.severity;
  }
}
