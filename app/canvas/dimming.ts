// What a hovered container shares, for dimming everything else: its volumes and the containers
// that mount them too, its namespaces, and what those lead to (the node, referenced objects).
import type { PodGraph } from '../../src/graph/types';

export interface Bright {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The nodes and edges that stay bright while `containerId` is hovered. */
export function sharedWith(graph: PodGraph, containerId: string): Bright {
  const nodes = new Set<string>(['pod', containerId]);
  const volumes = new Set<string>();
  for (const e of graph.edges) {
    if (e.source !== containerId) continue;
    if (e.kind === 'mount') volumes.add(e.target);
    if (e.kind === 'member') nodes.add(e.target);
  }
  for (const v of volumes) nodes.add(v);
  for (const e of graph.edges) {
    if (e.kind === 'mount' && volumes.has(e.target)) nodes.add(e.source);
  }
  // The node and the referenced objects hang off the volumes and hubs found so far.
  for (const e of graph.edges) {
    if ((e.kind === 'uses-host' || e.kind === 'reference') && nodes.has(e.source))
      nodes.add(e.target);
  }
  const edges = new Set<string>();
  for (const e of graph.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    // Every container is in every hub: only the hovered one's membership says anything.
    if (e.kind === 'member' && e.source !== containerId) continue;
    edges.add(e.id);
  }
  return { nodes, edges };
}
