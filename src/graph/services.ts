// The Services of the input that select the pod, drawn at the ports they target: a targetPort by
// number arrives at that port of the pod's IP (the container that declares it, if one does), a
// targetPort by name at the container port of that name (the endpoints controller looks in
// `containers` only), and an unset targetPort is the Service port itself.
import type { InventoryService } from '../model/inventory';
import { formatSelector, selectsPod } from '../model/selector';
import type { ServicePort } from '../model/serviceObject';
import type { ContainerModel, PodModel } from '../model/types';
import type { ServiceNode, ServicePortLine, TargetsEdge } from './types';

/** The Services of `services` that select the pod of `model`, as nodes, with their edges. */
export function serviceGraph(
  services: readonly InventoryService[],
  model: PodModel,
  containerIds: readonly string[],
  network: string | undefined,
): { nodes: ServiceNode[]; edges: TargetsEdge[] } {
  const nodes: ServiceNode[] = [];
  const edges: TargetsEdge[] = [];
  // An operator adds labels podscope cannot see: only what the template writes is matched.
  if (model.workload.completedBy !== undefined) return { nodes, edges };
  for (const s of services) {
    const id = `service:${s.name}`;
    if (!selectsPod(s, model) || nodes.some((n) => n.id === id)) continue;
    const ports = s.ports.map((p) => portLine(p, model));
    nodes.push({
      id,
      kind: 'service',
      name: s.name,
      document: s.document,
      type: s.type,
      selector: formatSelector(s.selector),
      ports,
    });
    ports.forEach((line, i) => {
      const ci = model.containers.findIndex((c) => c.name === line.container);
      const target =
        ci >= 0 ? containerIds[ci] : typeof line.containerPort === 'number' ? network : undefined;
      if (!target) return;
      const edge: TargetsEdge = {
        id: `targets:${s.name}:${s.ports[i].index}`,
        kind: 'targets',
        source: id,
        target,
        protocol: line.protocol,
      };
      if (line.port !== undefined) edge.port = line.port;
      if (line.targetPort !== undefined) edge.targetPort = line.targetPort;
      if (line.containerPort !== undefined) edge.containerPort = line.containerPort;
      edges.push(edge);
    });
  }
  return { nodes, edges };
}

function portLine(p: ServicePort, model: PodModel): ServicePortLine {
  const line: ServicePortLine = { protocol: p.protocol };
  if (p.port !== undefined) line.port = p.port;
  if (p.name !== undefined) line.name = p.name;
  if (p.targetPort !== undefined) line.targetPort = p.targetPort;
  const target = numeric(p.targetPort ?? p.port);
  // A named port is looked up in `containers` only; a number reaches whoever listens on it.
  const regular = model.containers.filter((c) =>
    typeof target === 'number' ? c.role === 'app' || c.role === 'sidecar' : c.list === 'containers',
  );
  const declares = (c: ContainerModel): number | undefined =>
    c.ports.find(
      (cp) =>
        cp.protocol === p.protocol &&
        (typeof target === 'number' ? cp.containerPort === target : cp.name === target),
    )?.containerPort;
  for (const c of regular) {
    const port = declares(c);
    if (port !== undefined) return { ...line, container: c.name, containerPort: port };
  }
  if (typeof target === 'number') line.containerPort = target;
  return line;
}

// A targetPort written as a string of digits is a number to the reader (the API server asks
// for a name with a letter in it).
function numeric(v: number | string | undefined): number | string | undefined {
  return typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
}
