// The "verify it" commands for an inspected element: a few kubectl lines that show on a live
// cluster what the inspector explains.
import type { WorkloadAnalysis } from '../../src/analysis';
import type {
  ContainerNode,
  GraphNode,
  MountEdge,
  NamespaceNode,
  PodGraph,
  PortChip,
} from '../../src/graph/types';
import type { ContainerModel } from '../../src/model/types';
import { debugCommand, execCommand, logsCommand, podArgument, podFieldCommand } from './commands';
import type { Target } from './target';
import { verifyText as T } from './texts';

export interface VerifyCommand {
  label: string;
  command: string;
}

const MAX = 4;

// Only containers that keep running can be exec'd into: init containers have exited.
function running(c: ContainerModel): boolean {
  return c.role === 'app' || c.role === 'sidecar';
}

function containerModel(w: WorkloadAnalysis, name: string): ContainerModel | undefined {
  return w.model.containers.find((c) => c.name === name);
}

function containerCommands(w: WorkloadAnalysis, node: ContainerNode): VerifyCommand[] {
  const ref = w.model.workload;
  const c = containerModel(w, node.name);
  if (!c) return [];
  if (c.role === 'ephemeral')
    return [
      {
        label: T.addedWith,
        command: debugCommand(ref, c.targetContainerName ?? '<container>', c.image),
      },
    ];
  const out: VerifyCommand[] = [{ label: T.logs, command: logsCommand(ref, c.name) }];
  if (!running(c)) return out;
  for (const m of c.mounts.slice(0, 2)) {
    if (m.mountPath)
      out.push({
        label: T.listMount(m.mountPath),
        command: execCommand(ref, c.name, ['ls', '-l', m.mountPath]),
      });
  }
  if (c.resources.limits.memory !== undefined)
    out.push({
      label: T.memoryMax,
      command: execCommand(ref, c.name, ['cat', '/sys/fs/cgroup/memory.max']),
    });
  out.push({ label: T.debug, command: debugCommand(ref, c.name) });
  return out;
}

function mountersOf(w: WorkloadAnalysis, volume: string) {
  return w.model.containers.flatMap((c) =>
    running(c)
      ? c.mounts.filter((m) => m.name === volume && m.mountPath).map((m) => ({ c, m }))
      : [],
  );
}

function volumeCommands(w: WorkloadAnalysis, name: string, type: string): VerifyCommand[] {
  const ref = w.model.workload;
  const mounts = mountersOf(w, name);
  const out = mounts.slice(0, 2).map(({ c, m }) => ({
    label: `${c.name}: ${T.listMount(m.mountPath ?? '')}`,
    command: execCommand(ref, c.name, ['ls', '-l', m.mountPath ?? '']),
  }));
  const first = mounts[0];
  if (first && type === 'emptyDir')
    out.push({
      label: T.volumeFill(first.m.mountPath ?? ''),
      command: execCommand(ref, first.c.name, ['df', '-h', first.m.mountPath ?? '']),
    });
  return out;
}

function namespaceCommands(w: WorkloadAnalysis, node: NamespaceNode): VerifyCommand[] {
  const ref = w.model.workload;
  const live = w.model.containers.filter(running);
  const first = live[0];
  if (!first) return [];
  switch (node.name) {
    case 'network': {
      const chip = node.ports?.find((p) => p.protocol === 'TCP');
      const out = [
        { label: T.podIp(first.name), command: execCommand(ref, first.name, ['hostname', '-i']) },
      ];
      if (chip) {
        const from = live.find((c) => c.name !== chip.container) ?? first;
        out.push({
          label: T.localhost(chip.port, from.name),
          command: execCommand(ref, from.name, ['curl', '-s', `localhost:${chip.port}`]),
        });
      }
      return out;
    }
    case 'ipc':
      return [
        {
          label: T.sharedMemory(first.name),
          command: execCommand(ref, first.name, ['ipcs', '-m']),
        },
        { label: T.semaphores(first.name), command: execCommand(ref, first.name, ['ipcs', '-s']) },
      ];
    case 'uts':
      return live.slice(0, 3).map((c) => ({
        label: T.hostname(c.name),
        command: execCommand(ref, c.name, ['hostname']),
      }));
    case 'pid':
      return [{ label: T.processes(first.name), command: execCommand(ref, first.name, ['ps']) }];
  }
}

function portCommands(w: WorkloadAnalysis, chip: PortChip): VerifyCommand[] {
  const ref = w.model.workload;
  const out: VerifyCommand[] = [];
  const from = w.model.containers.find((c) => running(c) && c.name !== chip.container);
  if (from && chip.protocol === 'TCP')
    out.push({
      label: T.localhost(chip.port, from.name),
      command: execCommand(ref, from.name, ['curl', '-s', `localhost:${chip.port}`]),
    });
  if (podArgument(ref) !== '<pod>' && chip.protocol === 'TCP')
    out.push({
      label: T.portForward(chip.port),
      command: `kubectl port-forward ${podArgument(ref)} ${chip.port}`,
    });
  return out;
}

function mountCommands(w: WorkloadAnalysis, graph: PodGraph, edge: MountEdge): VerifyCommand[] {
  const ref = w.model.workload;
  const container = graph.nodes.find((n) => n.id === edge.source);
  const c = container && containerModel(w, container.name);
  if (!c || !running(c)) return [];
  const out = [
    {
      label: T.listMount(edge.mountPath),
      command: execCommand(ref, c.name, ['ls', '-l', edge.mountPath]),
    },
  ];
  if (edge.readOnly)
    out.push({
      label: T.readOnly(edge.mountPath),
      command: execCommand(ref, c.name, ['touch', `${edge.mountPath.replace(/\/$/, '')}/.probe`]),
    });
  return out;
}

function nodeCommands(w: WorkloadAnalysis, node: GraphNode): VerifyCommand[] {
  switch (node.kind) {
    case 'pod': {
      const qos = podFieldCommand(w.model.workload, '{.status.qosClass}');
      return qos ? [{ label: T.qosClass, command: qos }] : [];
    }
    case 'container':
      return containerCommands(w, node);
    case 'volume':
      return volumeCommands(w, node.name, node.type);
    case 'namespace':
      return namespaceCommands(w, node);
    default:
      return [];
  }
}

/** At most a handful of commands for the target; none for findings and plain edges. */
export function verifyCommands(
  w: WorkloadAnalysis,
  graph: PodGraph,
  target: Target,
): VerifyCommand[] {
  const all =
    target.kind === 'node'
      ? nodeCommands(w, target.node)
      : target.kind === 'port'
        ? portCommands(w, target.chip)
        : target.kind === 'mount'
          ? mountCommands(w, graph, target.edge)
          : [];
  return all.slice(0, MAX);
}
