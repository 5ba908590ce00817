// How rules name containers and ports in messages and graph badges, the same way in every rule.
import type { ContainerModel, PortModel } from '../model/types';

/** How a container is named in messages: its name, else its place in the spec. */
export function containerLabel(c: ContainerModel): string {
  return c.name || `${c.list}[${c.index}]`;
}

/** A port chip id as the graph draws it (`container:8080/TCP`), when the port has a number. */
export function portChip(c: ContainerModel, p: PortModel): string[] | undefined {
  return p.containerPort === undefined
    ? undefined
    : [`${c.name}:${p.containerPort}/${p.protocol || 'TCP'}`];
}
