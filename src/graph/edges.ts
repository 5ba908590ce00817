// The edges of the pod graph: mounts, namespace membership, start order, host use, references.
import { formatPath } from '../parse/path';
import type { PodModel } from '../model/types';
import type { GraphEdge, HostNode, MountEdge, NamespaceNode, ObjectNode } from './types';

export interface EdgeContext {
  /** Node ids, index-aligned with model.containers and model.volumes. */
  containerIds: string[];
  volumeIds: string[];
  namespaces: NamespaceNode[];
  host?: HostNode;
  objects: ObjectNode[];
}

// `container:web` → `web`: edge ids reuse the part of node ids that is unique.
function local(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/** All edges, grouped by kind in a fixed order; ids are derived from names and indexes only. */
export function edgesOf(model: PodModel, ctx: EdgeContext): GraphEdge[] {
  return [
    ...mountEdges(model, ctx),
    ...memberEdges(ctx),
    ...orderEdges(model, ctx),
    ...usesHostEdges(model, ctx),
    ...referenceEdges(model, ctx),
  ];
}

function mountEdges(model: PodModel, ctx: EdgeContext): GraphEdge[] {
  const edges: GraphEdge[] = [];
  model.containers.forEach((c, ci) => {
    for (const m of c.mounts) {
      // A mount that names no volume is a volume-not-found finding on the container, not an edge.
      const vi = model.volumes.findIndex((v) => v.name === m.name);
      if (vi === -1 || m.mountPath === undefined) continue;
      const source = ctx.containerIds[ci];
      const target = ctx.volumeIds[vi];
      const edge: MountEdge = {
        id: `mount:${local(source)}:${local(target)}:${m.index}`,
        kind: 'mount',
        source,
        target,
        mountPath: m.mountPath,
        readOnly: m.readOnly,
        path: formatPath(m.path),
      };
      if (m.subPath !== undefined) edge.subPath = m.subPath;
      if (m.subPathExpr !== undefined) edge.subPathExpr = m.subPathExpr;
      if (m.mountPropagation !== undefined) edge.mountPropagation = m.mountPropagation;
      edges.push(edge);
    }
  });
  return edges;
}

// Ephemeral containers join the pod's namespaces too: that is what makes `kubectl debug` useful.
function memberEdges(ctx: EdgeContext): GraphEdge[] {
  return ctx.containerIds.flatMap((source) =>
    ctx.namespaces.map((ns): GraphEdge => ({
      id: `member:${local(source)}:${ns.name}`,
      kind: 'member',
      source,
      target: ns.id,
    })),
  );
}

/**
 * Init containers (native sidecars included) start one after another in declaration order;
 * the app containers start only once the last of them has completed (or, for a sidecar, started).
 */
function orderEdges(model: PodModel, ctx: EdgeContext): GraphEdge[] {
  const inits = model.containers
    .map((c, i) => ({ c, id: ctx.containerIds[i] }))
    .filter(({ c }) => c.list === 'initContainers')
    .sort((a, b) => a.c.index - b.c.index)
    .map(({ id }) => id);
  if (inits.length === 0) return [];
  const apps = model.containers.flatMap((c, i) =>
    c.list === 'containers' ? [ctx.containerIds[i]] : [],
  );
  const pairs: [string, string][] = [];
  for (let i = 1; i < inits.length; i++) pairs.push([inits[i - 1], inits[i]]);
  for (const app of apps) pairs.push([inits[inits.length - 1], app]);
  return pairs.map(([source, target]) => ({
    id: `order:${local(source)}:${local(target)}`,
    kind: 'order',
    source,
    target,
  }));
}

function usesHostEdges(model: PodModel, ctx: EdgeContext): GraphEdge[] {
  const host = ctx.host;
  if (!host) return [];
  const sources = [
    ...ctx.namespaces.filter((n) => n.scope === 'host').map((n) => n.id),
    ...model.volumes.flatMap((v, i) => (v.type === 'hostPath' ? [ctx.volumeIds[i]] : [])),
  ];
  return sources.map((source) => ({
    id: `uses-host:${source}`,
    kind: 'uses-host',
    source,
    target: host.id,
  }));
}

function referenceEdges(model: PodModel, ctx: EdgeContext): GraphEdge[] {
  const edges: GraphEdge[] = [];
  model.volumes.forEach((v, i) => {
    for (const ref of v.objects) {
      const target = `object:${ref.kind}/${ref.name}`;
      if (!ctx.objects.some((o) => o.id === target)) continue;
      const source = ctx.volumeIds[i];
      edges.push({
        id: `reference:${local(source)}:${ref.kind}/${ref.name}`,
        kind: 'reference',
        source,
        target,
      });
    }
  });
  return edges;
}
