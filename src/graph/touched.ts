// Which graph nodes a finding is about: the one answer behind the badges on the graph, the
// highlight of a selected finding and the inspector's "touches" list, so all three point at
// the same elements.
import type { Finding } from '../types';
import { pathWithin } from './marks';
import type { GraphNode, PodGraph } from './types';

/** What the answer reads of a graph; the graph builder asks before the edges exist. */
export type TouchableGraph = Pick<PodGraph, 'workload' | 'nodes'>;

interface Index {
  byKindName: Map<string, string[]>;
  byId: Map<string, GraphNode>;
  host: string | undefined;
  /** Containers, then volumes, in graph order: the elements a field path can lie in. */
  owners: GraphNode[];
}

// Findings are asked about one graph many times (every finding while building it): index the
// nodes once per node list. Graphs are not changed after they are built.
const indexes = new WeakMap<readonly GraphNode[], Index>();

function indexOf(nodes: readonly GraphNode[]): Index {
  const known = indexes.get(nodes);
  if (known) return known;
  const byKindName = new Map<string, string[]>();
  for (const n of nodes) {
    const key = `${n.kind}\0${n.name}`;
    byKindName.set(key, [...(byKindName.get(key) ?? []), n.id]);
  }
  const index: Index = {
    byKindName,
    byId: new Map(nodes.map((n) => [n.id, n])),
    host: nodes.find((n) => n.kind === 'host')?.id,
    owners: [
      ...nodes.filter((n) => n.kind === 'container'),
      ...nodes.filter((n) => n.kind === 'volume'),
    ],
  };
  indexes.set(nodes, index);
  return index;
}

// The node is drawn for what ties the pod to it: host namespaces and hostPath volumes.
function hostScoped(n: GraphNode | undefined): boolean {
  return (
    (n?.kind === 'namespace' && n.scope === 'host') ||
    (n?.kind === 'volume' && n.type === 'hostPath')
  );
}

/** The container of a port chip as findings write it (`web:8080/TCP`). */
function chipContainer(chip: string): string {
  const colon = chip.lastIndexOf(':');
  return colon === -1 ? chip : chip.slice(0, colon);
}

/**
 * The ids of the graph nodes `finding` is about, in graph order:
 * - every container and volume it names (duplicate names: every node of that name) and the
 *   namespace hubs it names;
 * - the node, when one of those is a host namespace or a hostPath volume;
 * - for each port chip it names, the container that declares the port and the network hub the
 *   chip sits on (a port alone does not reach the node, even on hostNetwork);
 * - when none of that is drawn: the container or volume whose field path holds the finding's
 *   path, else the pod.
 * Nothing for a finding of another document.
 */
export function nodesTouchedBy(finding: Finding, graph: TouchableGraph): string[] {
  if (finding.document !== graph.workload.document) return [];
  const { byKindName, byId, host, owners } = indexOf(graph.nodes);
  const ids = new Set<string>();
  const add = (kind: GraphNode['kind'], name: string): void => {
    for (const id of byKindName.get(`${kind}\0${name}`) ?? []) ids.add(id);
  };
  for (const name of finding.containers ?? []) add('container', name);
  for (const name of finding.volumes ?? []) add('volume', name);
  for (const name of finding.namespaces ?? []) add('namespace', name);
  if (host !== undefined && [...ids].some((id) => hostScoped(byId.get(id)))) ids.add(host);
  for (const chip of finding.ports ?? []) {
    add('container', chipContainer(chip));
    add('namespace', 'network');
  }
  if (ids.size === 0) {
    const owner = owners.find((n) => n.path !== undefined && pathWithin(finding.path, n.path));
    ids.add(owner?.id ?? 'pod');
  }
  return graph.nodes.filter((n) => ids.has(n.id)).map((n) => n.id);
}
