// Port chips of the network namespace: every declared containerPort, with its container.
import type { ContainerModel } from '../model/types';
import { formatPath } from '../parse/path';
import type { PortChip } from './types';

// Regular init containers run alone, one after another, so their ports never meet anyone
// else's; every other container runs alongside the app containers in one network namespace.
function runsAlongside(c: ContainerModel): boolean {
  return c.role !== 'init';
}

/** All declared ports as chips, in container order; `clash` marks ports bound twice at once. */
export function portChips(containers: readonly ContainerModel[]): PortChip[] {
  const shared = new Map<string, number>();
  for (const c of containers) {
    if (!runsAlongside(c)) continue;
    for (const p of c.ports) {
      if (p.containerPort === undefined) continue;
      const key = `${p.containerPort}/${p.protocol}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const chips: PortChip[] = [];
  for (const c of containers) {
    const own = new Map<string, number>();
    for (const p of c.ports) {
      if (p.containerPort !== undefined) {
        const key = `${p.containerPort}/${p.protocol}`;
        own.set(key, (own.get(key) ?? 0) + 1);
      }
    }
    for (const p of c.ports) {
      if (p.containerPort === undefined) continue;
      const key = `${p.containerPort}/${p.protocol}`;
      const clash = (own.get(key) ?? 0) > 1 || (runsAlongside(c) && (shared.get(key) ?? 0) > 1);
      const chip: PortChip = {
        port: p.containerPort,
        protocol: p.protocol,
        container: c.name,
        clash,
        path: formatPath(p.path),
      };
      if (p.name !== undefined) chip.name = p.name;
      chips.push(chip);
    }
  }
  return chips;
}
