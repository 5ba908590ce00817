// One workload in two versions → the elements, edges and port chips that differ, by graph id.
import type { AnalysisResult } from '../analysis/result';
import { buildGraph } from '../graph/build';
import type { ContainerNode, GraphEdge, GraphNode, PodGraph } from '../graph/types';
import { compareFields } from './compareFields';
import { fieldsOf, type FieldSources } from './fields';
import { movedInStartOrder } from './startOrder';
import type { EdgeDiff, ElementDiff, FieldChange, PortDiff } from './types';

/** What differs between workload `ia` of A and workload `ib` of B. */
export interface WorkloadChanges {
  elements: ElementDiff[];
  edges: EdgeDiff[];
  ports: PortDiff[];
}

/** One side: the result, the workload's index and its graph. */
interface Side {
  result: AnalysisResult;
  index: number;
  graph: PodGraph;
  byId: Map<string, GraphNode>;
  sources: Map<string, FieldSources>;
}

/** Compares the graphs of workload `ia` of A and `ib` of B, element by element. */
export function diffWorkload(
  a: AnalysisResult,
  ia: number,
  b: AnalysisResult,
  ib: number,
): WorkloadChanges {
  const sa = side(a, ia);
  const sb = side(b, ib);
  const moved = movedInStartOrder(containersOf(sa.graph), containersOf(sb.graph));
  const elements: ElementDiff[] = [];
  for (const node of sb.graph.nodes) {
    const before = sa.byId.get(node.id);
    if (!before) {
      elements.push({ id: node.id, kind: node.kind, name: node.name, change: 'added' });
      continue;
    }
    const fields = compareFields(
      fieldsOf(before, sourcesOf(sa, before)),
      fieldsOf(node, sourcesOf(sb, node)),
    );
    const order = moved.get(node.id);
    if (order) fields.unshift(order);
    if (fields.length > 0)
      elements.push({ id: node.id, kind: node.kind, name: node.name, change: 'changed', fields });
  }
  for (const node of sa.graph.nodes) {
    if (sb.byId.has(node.id)) continue;
    elements.push({
      id: node.id,
      kind: node.kind,
      name: node.name,
      change: 'removed',
      before: node,
      formerEdges: sa.graph.edges.filter((e) => e.source === node.id || e.target === node.id),
    });
  }
  return { elements, edges: diffEdges(sa.graph, sb.graph), ports: diffPorts(sa.graph, sb.graph) };
}

function side(result: AnalysisResult, index: number): Side {
  const graph = buildGraph(result, index);
  const w = result.workloads[index];
  const sources = new Map<string, FieldSources>();
  // Container nodes follow the model's containers one for one (graph/build.ts).
  let c = 0;
  for (const node of graph.nodes) {
    if (node.kind !== 'container') continue;
    sources.set(node.id, {
      workload: w,
      container: w.model.containers[c],
      securityContext: w.securityContexts.containers[c],
    });
    c++;
  }
  return { result, index, graph, byId: new Map(graph.nodes.map((n) => [n.id, n])), sources };
}

function sourcesOf(s: Side, node: GraphNode): FieldSources {
  return s.sources.get(node.id) ?? { workload: s.result.workloads[s.index] };
}

function containersOf(graph: PodGraph): ContainerNode[] {
  return graph.nodes.filter((n): n is ContainerNode => n.kind === 'container');
}

// Edges mean the same when they join the same elements the same way: a mount by its mount path,
// whatever its index in the list.
function edgeKey(e: GraphEdge): string {
  return e.kind === 'mount'
    ? `mount\0${e.source}\0${e.target}\0${e.mountPath}`
    : `${e.kind}\0${e.source}\0${e.target}`;
}

// An edge's own values: a mount's mode and subPath, a Service port's numbers.
const NOT_EDGE_VALUES = new Set(['id', 'kind', 'source', 'target', 'path', 'mountPath']);

// Edges that only join two elements have no values of their own.
const PLAIN_EDGES: ReadonlySet<string> = new Set(['member', 'order', 'uses-host', 'reference']);

function edgeFields(e: GraphEdge): Map<string, string> {
  const out = new Map<string, string>();
  if (PLAIN_EDGES.has(e.kind)) return out;
  for (const [key, value] of Object.entries(e))
    if (!NOT_EDGE_VALUES.has(key) && value !== undefined) out.set(key, String(value));
  return out;
}

function diffEdges(a: PodGraph, b: PodGraph): EdgeDiff[] {
  const left = new Map<string, GraphEdge[]>();
  for (const e of a.edges) {
    const k = edgeKey(e);
    const list = left.get(k);
    if (list) list.push(e);
    else left.set(k, [e]);
  }
  const out: EdgeDiff[] = [];
  const base = (e: GraphEdge) => ({ id: e.id, kind: e.kind, source: e.source, target: e.target });
  for (const e of b.edges) {
    const before = left.get(edgeKey(e))?.shift();
    if (!before) {
      out.push({ ...base(e), change: 'added' });
      continue;
    }
    const fields: FieldChange[] = compareFields(edgeFields(before), edgeFields(e));
    if (fields.length > 0) out.push({ ...base(e), change: 'changed', fields });
  }
  for (const list of left.values())
    for (const e of list) out.push({ ...base(e), change: 'removed', before: e });
  return out;
}

function chips(graph: PodGraph): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of containersOf(graph))
    for (const p of c.ports)
      out.set(`${c.name}:${p.port}/${p.protocol}`, `${p.name ?? ''}\0${p.hostPort ?? ''}`);
  return out;
}

function diffPorts(a: PodGraph, b: PodGraph): PortDiff[] {
  const before = chips(a);
  const after = chips(b);
  const out: PortDiff[] = [];
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) out.push({ key, change: 'added' });
    else if (old !== value) out.push({ key, change: 'changed' });
  }
  for (const key of before.keys()) if (!after.has(key)) out.push({ key, change: 'removed' });
  return out;
}
