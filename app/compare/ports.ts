// Compare mode's port chips: how each chip of the drawn workload changed from version A, and
// the chips A had and B has not, added to the network hub before layout so the hub is sized for
// them. Pure; reads the engine's PortDiff (`container:port/PROTOCOL`) and nothing else.
import type { WorkloadDiff } from '../../src/diff';
import { chipKey } from '../../src/graph/marks';
import { CHIP_GAP, chipWidth } from '../../src/graph/sizes';
import type { NamespaceNode, PodGraph, PortChip } from '../../src/graph/types';

/** How one chip changed. `from`: the old number of an edited port, and `room` the width its old
 * chip has on the hub; `into`: the key of the chip an old one is drawn in. */
export interface PortChange {
  change: 'added' | 'removed' | 'changed';
  from?: string;
  room?: number;
  into?: string;
}

/** Chips by their key (graph/marks `chipKey`), and A's chips to add to the hub. */
export interface PortChanges {
  marks: ReadonlyMap<string, PortChange>;
  /** Each with the key of the chip it goes after, or its container's last chip. */
  ghosts: { chip: PortChip; after?: string }[];
}

interface Parsed {
  container: string;
  port: number;
  protocol: string;
}

// `app:8080/TCP`: a container's name is a DNS label, so it holds no colon.
function parse(key: string): Parsed | undefined {
  const m = /^([^:]+):(\d+)\/(\w+)$/.exec(key);
  return m ? { container: m[1], port: Number(m[2]), protocol: m[3] } : undefined;
}

/**
 * How each port chip of `w` changed. A container that drops one port and declares another of
 * the same protocol has edited that entry (8080 → 9090): the new chip is `changed`, with the old
 * number, and the old one is no ghost. Every chip of an added workload is added.
 */
export function portChanges(w: WorkloadDiff | undefined, graph: PodGraph | undefined): PortChanges {
  const marks = new Map<string, PortChange>();
  const ghosts: PortChanges['ghosts'] = [];
  if (!w) return { marks, ghosts };
  if (w.change === 'added') {
    for (const chip of networkOf(graph)?.ports ?? [])
      marks.set(chipKey(chip.container, chip.port, chip.protocol), { change: 'added' });
    return { marks, ghosts };
  }
  const added: Parsed[] = [];
  const removed: Parsed[] = [];
  for (const d of w.ports) {
    const p = parse(d.key);
    if (!p) continue;
    if (d.change === 'added') added.push(p);
    else if (d.change === 'removed') removed.push(p);
    else marks.set(chipKey(p.container, p.port, p.protocol), { change: 'changed' });
  }
  for (const p of added) {
    const i = removed.findIndex((r) => r.container === p.container && r.protocol === p.protocol);
    const key = chipKey(p.container, p.port, p.protocol);
    if (i === -1) {
      marks.set(key, { change: 'added' });
      continue;
    }
    const old = removed.splice(i, 1)[0];
    const chip: PortChip = { ...old, clash: false, path: '' };
    // The old chip keeps its room next to the new one, which is drawn across both (old → new).
    const room = chipWidth(chip) + CHIP_GAP;
    marks.set(key, { change: 'changed', from: String(old.port), room });
    marks.set(chipKey(old.container, old.port, old.protocol), { change: 'removed', into: key });
    ghosts.push({ chip, after: key });
  }
  for (const p of removed) {
    marks.set(chipKey(p.container, p.port, p.protocol), { change: 'removed' });
    ghosts.push({ chip: { ...p, clash: false, path: '' } });
  }
  return { marks, ghosts };
}

function networkOf(graph: PodGraph | undefined): NamespaceNode | undefined {
  return graph?.nodes.find(
    (n): n is NamespaceNode => n.kind === 'namespace' && n.name === 'network',
  );
}

/** `graph` with the ghost chips on its network hub, each where `ghosts` says. */
export function withPortGhosts(graph: PodGraph, ghosts: PortChanges['ghosts']): PodGraph {
  const network = networkOf(graph);
  if (!network || ghosts.length === 0) return graph;
  const ports = [...(network.ports ?? [])];
  const key = (c: PortChip) => chipKey(c.container, c.port, c.protocol);
  for (const { chip, after } of ghosts) {
    let at = ports.length;
    for (let i = ports.length - 1; i >= 0; i--)
      if (after !== undefined ? key(ports[i]) === after : ports[i].container === chip.container) {
        at = i + 1;
        break;
      }
    ports.splice(at, 0, chip);
  }
  const hub: NamespaceNode = { ...network, ports };
  return { ...graph, nodes: graph.nodes.map((n) => (n === network ? hub : n)) };
}
