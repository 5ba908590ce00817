// The real names around an inspected element: which containers, mounts and ports the
// commands should name. Pure: reads the workload's model and the graph.
import type { WorkloadAnalysis } from '../../src/analysis/result';
import type { PodGraph, PortChip } from '../../src/graph/types';
import type { ContainerModel, PodModel } from '../../src/model/types';
import type { Finding } from '../../src/types';
import type { Target } from '../state/target';
import type { Scene, SceneMount, ScenePort } from '../../src/teach/lesson';

const BUILT_IN = /^(cpu|memory|ephemeral-storage|hugepages-.*)$/;

const isRunning = (c: ContainerModel): boolean => c.role === 'app' || c.role === 'sidecar';

function mountsOf(model: PodModel, keep: (c: ContainerModel, volume: string) => boolean) {
  return model.containers.flatMap((c) =>
    c.mounts
      .filter((m) => m.name !== undefined && m.mountPath && keep(c, m.name))
      .map((m): SceneMount => ({
        container: c.name,
        volume: m.name ?? '',
        path: m.mountPath ?? '',
        readOnly: m.readOnly,
      })),
  );
}

function portsOf(model: PodModel, names: readonly string[]): ScenePort[] {
  return model.containers
    .filter((c) => names.includes(c.name))
    .flatMap((c) =>
      c.ports.flatMap((p) =>
        p.containerPort === undefined
          ? []
          : [{ container: c.name, port: p.containerPort, protocol: p.protocol }],
      ),
    );
}

// `web:8080/TCP` as findings and graph marks write a port chip.
function parseChip(chip: string): ScenePort | undefined {
  const m = /^(.*):(\d+)\/([A-Za-z]+)$/.exec(chip);
  return m ? { container: m[1] ?? '', port: Number(m[2]), protocol: m[3] ?? 'TCP' } : undefined;
}

const fromChip = (c: PortChip): ScenePort => ({
  container: c.container,
  port: c.port,
  protocol: c.protocol,
});

function volumeOf(model: PodModel, name: string | undefined): Scene['volume'] {
  const v = model.volumes.find((x) => x.name === name);
  if (!v) return undefined;
  return v.reference !== undefined
    ? { name: v.name, type: v.type, reference: v.reference }
    : { name: v.name, type: v.type };
}

function base(w: WorkloadAnalysis, focus: readonly string[]): Scene {
  const { model } = w;
  const inFocus = model.containers.filter((c) => focus.includes(c.name));
  const extended = [
    ...new Set(
      inFocus.flatMap((c) =>
        [...Object.keys(c.resources.requests), ...Object.keys(c.resources.limits)].filter(
          (r) => !BUILT_IN.test(r),
        ),
      ),
    ),
  ];
  return {
    ref: model.workload,
    running: model.containers.filter(isRunning).map((c) => c.name),
    focus,
    mounts: [],
    ports: [],
    extended,
  };
}

function nameOf(graph: PodGraph, id: string): string | undefined {
  return graph.nodes.find((n) => n.id === id)?.name;
}

function findingScene(w: WorkloadAnalysis, f: Finding): Scene {
  const { model } = w;
  const volumes = f.volumes ?? [];
  const chips = (f.ports ?? []).map(parseChip).filter((p): p is ScenePort => p !== undefined);
  const focus = [...new Set([...(f.containers ?? []), ...chips.map((p) => p.container)])].filter(
    (n) => model.containers.some((c) => c.name === n),
  );
  const s = base(w, focus);
  const touchesVolume = (c: ContainerModel, v: string) =>
    volumes.includes(v) && (focus.length === 0 || focus.includes(c.name));
  return {
    ...s,
    mounts:
      volumes.length > 0
        ? mountsOf(model, touchesVolume)
        : mountsOf(model, (c) => focus.includes(c.name)),
    ports: chips.length > 0 ? chips : portsOf(model, focus),
    volume: volumeOf(model, volumes[0]),
  };
}

/** The scene for an inspected target: the containers, mounts and ports its commands name. */
export function sceneFor(w: WorkloadAnalysis, graph: PodGraph, target: Target): Scene {
  const { model } = w;
  switch (target.kind) {
    case 'finding':
      return findingScene(w, target.finding);
    case 'port': {
      const partners = (target.hub.ports ?? []).filter(
        (p) => p.port === target.chip.port && p.protocol === target.chip.protocol,
      );
      const ports = partners.length > 0 ? partners.map(fromChip) : [fromChip(target.chip)];
      return { ...base(w, [...new Set(ports.map((p) => p.container))]), ports };
    }
    case 'mount':
    case 'edge': {
      const source = nameOf(graph, target.edge.source) ?? '';
      const targetName = nameOf(graph, target.edge.target) ?? '';
      if (target.kind === 'mount') {
        const mounts: SceneMount[] = [
          {
            container: source,
            volume: targetName,
            path: target.edge.mountPath,
            readOnly: target.edge.readOnly,
          },
        ];
        return { ...base(w, [source]), mounts, volume: volumeOf(model, targetName) };
      }
      if (target.edge.kind === 'targets') {
        const reached = model.containers.some((c) => c.name === targetName) ? [targetName] : [];
        return { ...base(w, reached), ports: portsOf(model, reached), service: source };
      }
      const node = graph.nodes.find((n) => n.id === target.edge.target);
      const focus = model.containers.some((c) => c.name === source) ? [source] : [];
      const s = { ...base(w, focus), ports: portsOf(model, focus) };
      return node?.kind === 'volume' || target.edge.kind === 'reference'
        ? { ...s, volume: volumeOf(model, target.edge.kind === 'reference' ? source : targetName) }
        : s;
    }
    case 'node':
      return nodeScene(w, graph, target.node);
  }
}

function nodeScene(
  w: WorkloadAnalysis,
  graph: PodGraph,
  node: Extract<Target, { kind: 'node' }>['node'],
): Scene {
  const { model } = w;
  switch (node.kind) {
    case 'container': {
      const c = model.containers.find((x) => x.name === node.name);
      const s = base(w, [node.name]);
      return {
        ...s,
        mounts: mountsOf(model, (x) => x.name === node.name),
        ports: portsOf(model, [node.name]),
        ...(c?.targetContainerName !== undefined ? { target: c.targetContainerName } : {}),
      };
    }
    case 'volume':
      return {
        ...base(w, node.mountedBy),
        mounts: mountsOf(model, (_, v) => v === node.name),
        volume: volumeOf(model, node.name),
      };
    case 'object': {
      const v = model.volumes.find((x) => x.reference === node.name);
      const mountedBy = v
        ? model.containers.filter((c) => c.mounts.some((m) => m.name === v.name))
        : [];
      return {
        ...base(
          w,
          mountedBy.map((c) => c.name),
        ),
        mounts: v ? mountsOf(model, (_, name) => name === v.name) : [],
        volume: volumeOf(model, v?.name),
      };
    }
    case 'service': {
      const reached = graph.edges
        .filter((e) => e.kind === 'targets' && e.source === node.id)
        .map((e) => nameOf(graph, e.target))
        .filter((n): n is string => n !== undefined && model.containers.some((c) => c.name === n));
      const focus = [...new Set(reached)];
      return { ...base(w, focus), ports: portsOf(model, focus), service: node.name };
    }
    case 'namespace': {
      const members = graph.edges
        .filter((e) => e.kind === 'member' && e.target === node.id)
        .map((e) => nameOf(graph, e.source))
        .filter((n): n is string => n !== undefined);
      return { ...base(w, members), ports: (node.ports ?? []).map(fromChip) };
    }
    case 'host': {
      const hostPaths = model.volumes.filter((v) => v.type === 'hostPath').map((v) => v.name);
      const s = base(
        w,
        model.containers.filter(isRunning).map((c) => c.name),
      );
      return {
        ...s,
        mounts: mountsOf(model, (_, v) => hostPaths.includes(v)),
        ports: portsOf(model, s.focus),
      };
    }
    case 'pod': {
      const s = base(
        w,
        model.containers.map((c) => c.name),
      );
      return { ...s, mounts: mountsOf(model, () => true), ports: portsOf(model, s.focus) };
    }
  }
}
