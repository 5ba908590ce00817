// The lines of a container or volume card, one entry per 18px line. The engine sized each box
// from the same line counts (src/graph/sizes.ts); deriving the lines here, in one pure place,
// keeps every card exactly as tall as its box.
import { MAX_LIST_LINES } from '../../src/graph/sizes';
import type { ContainerNode, ContainerPort, VolumeNode } from '../../src/graph/types';
import type { MountLine } from './flowTypes';
import type { BarResource } from './resourceBars';

export type ContainerLine =
  | { kind: 'image'; image?: string }
  | { kind: 'bar'; resource: BarResource }
  | { kind: 'port'; port: ContainerPort }
  | { kind: 'mount'; mount: MountLine }
  | { kind: 'missing-mount' }
  | { kind: 'more'; count: number }
  | { kind: 'probes'; probes: string[] }
  | { kind: 'security'; flags: string[] }
  | { kind: 'identity'; wellKnown?: string; target?: string }
  | { kind: 'status'; restartCount?: number; reason?: string };

/** At most MAX_LIST_LINES entries; past that, the last line says how many are left out. */
function listed<T>(items: readonly T[], total: number, line: (item: T) => ContainerLine) {
  const out: ContainerLine[] = [];
  const shown = total > MAX_LIST_LINES ? MAX_LIST_LINES : total;
  for (let i = 0; i < shown; i++)
    out.push(i < items.length ? line(items[i]) : { kind: 'missing-mount' });
  if (total > MAX_LIST_LINES) out.push({ kind: 'more', count: total - MAX_LIST_LINES });
  return out;
}

/** The lines under a container card's title. */
export function containerLines(n: ContainerNode, mounts: readonly MountLine[]): ContainerLine[] {
  const lines: ContainerLine[] = [{ kind: 'image', image: n.image }];
  if (n.role !== 'ephemeral')
    lines.push({ kind: 'bar', resource: 'cpu' }, { kind: 'bar', resource: 'memory' });
  lines.push(...listed(n.ports, n.ports.length, (port) => ({ kind: 'port', port })));
  // A mount naming no volume has no edge, so there can be fewer mount lines than mounts.
  lines.push(...listed(mounts, n.mounts, (mount) => ({ kind: 'mount', mount })));
  if (n.probes.length > 0) lines.push({ kind: 'probes', probes: n.probes });
  if (n.security.length > 0) lines.push({ kind: 'security', flags: n.security });
  if (n.wellKnown !== undefined || n.targetContainerName !== undefined)
    lines.push({ kind: 'identity', wellKnown: n.wellKnown, target: n.targetContainerName });
  if (n.restartCount !== undefined || n.lastTerminationReason !== undefined)
    lines.push({ kind: 'status', restartCount: n.restartCount, reason: n.lastTerminationReason });
  return lines;
}

export type VolumeLine =
  | { kind: 'type'; text: string }
  | { kind: 'reference'; text: string }
  | { kind: 'shared'; by: string[] };

/** The lines under a volume card's title: source type, what it refers to, who shares it. */
export function volumeLines(n: VolumeNode): VolumeLine[] {
  const size = n.sizeLimit ?? n.storage;
  const lines: VolumeLine[] = [
    { kind: 'type', text: [n.type, n.medium, size].filter(Boolean).join(' · ') },
  ];
  if (n.reference !== undefined) lines.push({ kind: 'reference', text: n.reference });
  if (n.shared) lines.push({ kind: 'shared', by: n.mountedBy });
  return lines;
}
