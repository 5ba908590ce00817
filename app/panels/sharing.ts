// Who shares what with whom: namespaces, volumes and ports, for the inspector's tables.
import type { NamespaceNode, PodGraph, PortChip } from '../../src/graph/types';
import type { ContainerModel, MountModel, PodModel } from '../../src/model/types';

export interface MountRow {
  container: string;
  volume: string;
  mountPath: string;
  readOnly: boolean;
  /** subPath, or subPathExpr written as `$(expr)`. */
  subPath?: string;
  /** False when no volume of that name exists (volume-not-found). */
  found: boolean;
}

function subPathOf(m: MountModel): string | undefined {
  return m.subPath ?? (m.subPathExpr !== undefined ? `expr: ${m.subPathExpr}` : undefined);
}

function row(model: PodModel, c: ContainerModel, m: MountModel): MountRow {
  const r: MountRow = {
    container: c.name,
    volume: m.name ?? '',
    mountPath: m.mountPath ?? '',
    readOnly: m.readOnly,
    found: model.volumes.some((v) => v.name === m.name),
  };
  const sub = subPathOf(m);
  if (sub !== undefined) r.subPath = sub;
  return r;
}

/** The container's volumeMounts, in manifest order. */
export function containerMounts(model: PodModel, c: ContainerModel): MountRow[] {
  return c.mounts.map((m) => row(model, c, m));
}

/** Every mount of one volume, across the pod's containers in container order. */
export function volumeMounts(model: PodModel, volume: string): MountRow[] {
  return model.containers.flatMap((c) =>
    c.mounts.filter((m) => m.name === volume).map((m) => row(model, c, m)),
  );
}

export interface SharedVolume {
  volume: string;
  /** The other containers that mount it, with where. */
  others: MountRow[];
}

/** The volumes this container mounts that other containers mount too. */
export function sharedVolumes(model: PodModel, c: ContainerModel): SharedVolume[] {
  const names = [...new Set(c.mounts.map((m) => m.name).filter((n) => n !== undefined))];
  return names.flatMap((volume) => {
    const others = volumeMounts(model, volume).filter((r) => r.container !== c.name);
    return others.length > 0 ? [{ volume, others }] : [];
  });
}

export interface SharedNamespace {
  hub: NamespaceNode;
  /** The other containers in it. */
  others: string[];
}

/** The namespace hubs the container is a member of, with the other members. */
export function sharedNamespaces(graph: PodGraph, containerId: string): SharedNamespace[] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const hubs = graph.nodes.filter((n): n is NamespaceNode => n.kind === 'namespace');
  const members = (hub: string): string[] =>
    graph.edges.filter((e) => e.kind === 'member' && e.target === hub).map((e) => e.source);
  return hubs
    .filter((hub) => members(hub.id).includes(containerId))
    .map((hub) => ({
      hub,
      others: members(hub.id)
        .filter((id) => id !== containerId)
        .map((id) => names.get(id) ?? id),
    }));
}

/** The members of a namespace hub, by container name. */
export function namespaceMembers(graph: PodGraph, hubId: string): string[] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.kind === 'member' && e.target === hubId)
    .map((e) => names.get(e.source) ?? e.source);
}

/** Other chips with the same port and protocol: whom a clash is with. */
export function portPartners(hub: NamespaceNode, chip: PortChip): PortChip[] {
  return (hub.ports ?? []).filter(
    (c) => c !== chip && c.port === chip.port && c.protocol === chip.protocol,
  );
}
