// Every user-visible string of the canvas in one place, so the page's language switch has one
// file to reach. Names from the manifest are interpolated as text, never as markup.
import type { ContainerRole, NamespaceName } from '../../src/model/types';
import type { GraphEdge, GraphNode, NamespaceNode } from '../../src/graph/types';
import type { Severity } from '../../src/types';

export const ROLE_LABEL: Record<ContainerRole, string> = {
  init: 'init container',
  sidecar: 'sidecar',
  app: 'app container',
  ephemeral: 'ephemeral container',
};

export const LANE_LABEL: Record<ContainerRole, { title: string; hint: string }> = {
  init: { title: 'Init containers', hint: 'run to completion, in order' },
  sidecar: { title: 'Sidecars', hint: 'start first, run alongside' },
  app: { title: 'App containers', hint: 'start together' },
  ephemeral: { title: 'Ephemeral', hint: 'debug, joined later' },
};

const WELL_KNOWN: Record<string, string> = {
  'service-mesh': 'service mesh',
  'log-shipper': 'log shipper',
  'metrics-agent': 'metrics agent',
  'secret-agent': 'secret agent',
  'sql-proxy': 'SQL proxy',
};

export function wellKnownLabel(kind: string): string {
  return WELL_KNOWN[kind] ?? kind.replace(/-/g, ' ');
}

export const NAMESPACE_TITLE: Record<NamespaceName, string> = {
  network: 'Network',
  ipc: 'IPC',
  uts: 'UTS',
  pid: 'PID',
};

const HOST_SCOPE: Record<NamespaceName, string> = {
  network: 'node’s network (hostNetwork)',
  ipc: 'node’s IPC (hostIPC)',
  uts: 'node’s hostname (hostNetwork)',
  pid: 'node’s processes (hostPID)',
};

/** The line under a hub's title: what its containers share. */
export function hubExplanation(n: NamespaceNode): string {
  if (n.scope === 'host') return HOST_SCOPE[n.name];
  switch (n.name) {
    case 'network':
      return 'one IP, one localhost';
    case 'ipc':
      return 'shared memory, semaphores';
    case 'uts':
      return `hostname: ${n.hostname ?? 'the pod’s name'}`;
    case 'pid':
      return 'one process tree';
  }
}

export function findingsLabel(count: number, severity: Severity): string {
  return `${count} ${count === 1 ? 'finding' : 'findings'}, worst: ${severity}`;
}

/**
 * What a screen reader says for a node; the card shows the same facts. Each starts with the
 * card's visible title, so speaking the title finds the node.
 */
export function nodeAriaLabel(n: GraphNode): string {
  const findings = n.severity ? `; ${findingsLabel(n.findings ?? 1, n.severity)}` : '';
  switch (n.kind) {
    case 'pod':
      return `${n.workloadKind} ${n.name}, QoS ${n.qosClass}${findings}`;
    case 'container': {
      const step = n.initStep !== undefined ? `${n.initStep} ` : '';
      return `${step}${n.name}, ${ROLE_LABEL[n.role]}${n.image ? `, image ${n.image}` : ''}${findings}`;
    }
    case 'namespace':
      return `${NAMESPACE_TITLE[n.name]} namespace, ${hubExplanation(n)}${findings}`;
    case 'volume':
      return `${n.name}, ${n.type} volume${n.shared ? `, shared by ${n.mountedBy.length} containers` : ''}${findings}`;
    case 'host':
      return `Node (host): ${n.uses.join(', ')}${findings}`;
    case 'object':
      return `${n.name}, ${n.objectKind}, document ${n.document + 1}`;
  }
}

export function edgeAriaLabel(e: GraphEdge, source: string, target: string): string {
  switch (e.kind) {
    case 'mount': {
      const sub = e.subPath !== undefined ? `, subPath ${e.subPath}` : '';
      return `${source} mounts ${target} at ${e.mountPath}, ${e.readOnly ? 'read-only' : 'read-write'}${sub}`;
    }
    case 'member':
      return `${source} is in the ${target} namespace`;
    case 'order':
      return `${target} starts after ${source}`;
    case 'uses-host':
      return `${source} uses the node`;
    case 'reference':
      return `${source} refers to ${target}`;
  }
}

export const CANVAS_TEXT = {
  region: 'Pod graph',
  toolbar: 'Graph view',
  stale: 'Stale — showing the last valid manifest',
  fit: 'Fit',
  fitLabel: 'Fit the whole graph in view',
  relayout: 'Re-layout',
  relayoutLabel: 'Drop dragged positions and lay the graph out again',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  legend: 'Legend',
  minimap: 'Overview of the pod graph',
  nodeHost: 'Node (host)',
  namespace: 'namespace',
  requests: 'requests',
  limits: 'limits',
  unbounded: 'unbounded',
  none: 'none',
  restartPolicy: 'restartPolicy',
  hostname: 'hostname',
  qos: (c: string) => `QoS ${c}`,
  risk: 'breaks isolation',
  sharedBy: (n: number) => `shared by ${n} containers`,
  noPorts: 'no ports declared',
  noLimit: 'no limit',
  moreItems: (n: number) => `+${n} more`,
  missingVolume: 'mount of a missing volume',
  restarts: (n: number) => `${n} ${n === 1 ? 'restart' : 'restarts'}`,
  lastReason: (r: string) => `last: ${r}`,
  target: (name: string) => `target: ${name}`,
  document: (i: number) => `document ${i + 1}`,
  clashes: 'clashes with another container',
  chipLabel: (port: string, container: string, clash: boolean) =>
    `Port ${port} of ${container}${clash ? ', clashes with another container' : ''}`,
} as const;

/** The legend's entries that are not role or severity names. */
export const LEGEND_TEXT = {
  mount: 'mount (rw / ro)',
  sharedMount: 'shared volume mount',
  order: 'start order',
  usesHost: 'uses the node',
  reference: 'refers to object',
  member: 'namespace member (hover)',
  disk: 'emptyDir on disk',
  memory: 'emptyDir in memory',
  severity: { error: 'error', warning: 'warning', info: 'info' },
} as const;
