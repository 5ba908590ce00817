// Every user-visible string of the canvas, in both languages of the page (Chinese in
// canvasTextZh.ts, with the same shape). Names from the manifest are interpolated as text,
// never as markup. Components read the strings with `useTexts(canvasTexts)`; the builders
// below take them as a parameter, so they stay pure.
import type { AriaLabelConfig } from '@xyflow/react';
import type { WellKnownKind } from '../../src/k8s/wellknown';
import type { ContainerRole, NamespaceName } from '../../src/model/types';
import type { GraphEdge, GraphNode, NamespaceNode } from '../../src/graph/types';
import type { Severity } from '../../src/types';
import type { Bilingual } from '../i18n/bilingual';
import { lazyBilingual } from '../i18n/zhTexts';

const en = {
  role: {
    init: 'init container',
    sidecar: 'sidecar',
    app: 'app container',
    ephemeral: 'ephemeral container',
  } as Record<ContainerRole, string>,
  lane: {
    init: { title: 'Init containers', hint: 'run to completion, in order' },
    sidecar: { title: 'Sidecars', hint: 'start first, run alongside' },
    app: { title: 'App containers', hint: 'start together' },
    ephemeral: { title: 'Ephemeral', hint: 'debug, joined later' },
  } as Record<ContainerRole, { title: string; hint: string }>,
  wellKnown: {
    'service-mesh': 'service mesh',
    'log-shipper': 'log shipper',
    'metrics-agent': 'metrics agent',
    'secret-agent': 'secret agent',
    'sql-proxy': 'SQL proxy',
  } as Record<WellKnownKind, string>,
  namespaceTitle: { network: 'Network', ipc: 'IPC', uts: 'UTS', pid: 'PID' } as Record<
    NamespaceName,
    string
  >,
  hostScope: {
    network: 'the node’s network',
    ipc: 'the node’s IPC',
    uts: 'the node’s hostname',
    pid: 'the node’s processes',
  } as Record<NamespaceName, string>,
  hub: {
    network: 'one IP, one localhost',
    networkWithIp: (ip: string) => `one IP (${ip}), one localhost`,
    ipc: 'shared memory, semaphores',
    uts: (hostname: string | undefined) => `hostname: ${hostname ?? 'the pod’s name'}`,
    pid: 'one process tree',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
  findings: (count: number, worst: string) =>
    `${count} ${count === 1 ? 'finding' : 'findings'}, worst: ${worst}`,
  aria: {
    pod: (kind: string, name: string, qos: string) => `${kind} ${name}, QoS ${qos}`,
    container: (
      step: string,
      name: string,
      role: string,
      image: string | undefined,
      ports: number,
    ) =>
      `${step}${name}, ${role}${image ? `, image ${image}` : ''}${ports > 0 ? `, ${ports} ${ports === 1 ? 'port' : 'ports'}` : ''}`,
    namespace: (title: string, explanation: string) => `${title} namespace, ${explanation}`,
    volume: (name: string, type: string, sharedBy: number) =>
      `${name}, ${type} volume${sharedBy > 0 ? `, shared by ${sharedBy} containers` : ''}`,
    host: (uses: string[]) => `Node (host): ${uses.join(', ')}`,
    object: (name: string, kind: string, document: number) =>
      `${name}, ${kind}, document ${document}`,
    /** Appended to a node's label when findings touch it. */
    findings: (text: string) => `; ${text}`,
  },
  edge: {
    mount: (source: string, target: string, path: string, readOnly: boolean, subPath?: string) =>
      `${source} mounts ${target} at ${path}, ${readOnly ? 'read-only' : 'read-write'}${subPath !== undefined ? `, subPath ${subPath}` : ''}`,
    member: (source: string, target: string) => `${source} is in the ${target} namespace`,
    order: (source: string, target: string) => `${target} starts after ${source}`,
    usesHost: (source: string) => `${source} uses the node`,
    reference: (source: string, target: string) => `${source} refers to ${target}`,
  },
  ui: {
    region: 'Pod graph canvas',
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
    namespaceShort: (ns: string) => `ns ${ns}`,
    noImage: 'no image',
    port: 'port',
    probes: 'probes',
    probe: {
      livenessProbe: 'liveness',
      readinessProbe: 'readiness',
      startupProbe: 'startup',
    } as Record<string, string>,
    resourceShort: { cpu: 'cpu', memory: 'mem' },
    bar: (resource: string, request: string, limit: string) =>
      `${resource} request ${request}, limit ${limit}`,
  },
  legend: {
    mount: 'mount (rw / ro)',
    sharedMount: 'shared volume mount',
    order: 'start order',
    usesHost: 'uses the node',
    reference: 'refers to object',
    member: 'namespace member (hover)',
    disk: 'emptyDir on disk',
    memory: 'emptyDir in memory',
  },
  /** What React Flow tells screen readers a node or an edge is (its default is English). */
  roleDescription: { node: 'node', edge: 'edge' },
  /** React Flow's own strings: the keyboard help of nodes and edges, the minimap. */
  flow: {
    // React Flow's defaults speak of deleting nodes, which this graph does not do. Its node
    // help is read for the node titles, the buttons that take the focus (NodeTitle).
    'node.a11yDescription.default':
      'Press Enter or Space to select this node. Drag the card to move it.',
    'node.a11yDescription.keyboardDisabled':
      'Press Enter or Space to select this node; once it is selected, the arrow keys move it (with Shift, further). Drag the card to move it with the mouse.',
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      `Moved selected node ${direction}. New position, x: ${x}, y: ${y}`,
    'edge.a11yDescription.default': 'A mount is selected with the label on its edge.',
    'controls.ariaLabel': 'Control Panel',
    'controls.zoomIn.ariaLabel': 'Zoom In',
    'controls.zoomOut.ariaLabel': 'Zoom Out',
    'controls.fitView.ariaLabel': 'Fit View',
    'controls.interactive.ariaLabel': 'Toggle Interactivity',
    'minimap.ariaLabel': 'Mini Map',
    'handle.ariaLabel': 'Handle',
  } satisfies AriaLabelConfig,
};

export type CanvasTexts = typeof en;

export const canvasTexts: Bilingual<CanvasTexts> = lazyBilingual('canvas', en);

/** The English strings: the default of the pure builders, for tests and callers outside React. */
export const canvasTextEn: CanvasTexts = en;

export function wellKnownLabel(kind: string, T: CanvasTexts = en): string {
  return (T.wellKnown as Record<string, string>)[kind] ?? kind.replace(/-/g, ' ');
}

/** The line under a hub's title: what its containers share. */
export function hubExplanation(n: NamespaceNode, T: CanvasTexts = en): string {
  if (n.scope === 'host') return T.hostScope[n.name];
  switch (n.name) {
    case 'network':
      return T.hub.network;
    case 'ipc':
      return T.hub.ipc;
    case 'uts':
      return T.hub.uts(n.hostname);
    case 'pid':
      return T.hub.pid;
  }
}

export function findingsLabel(count: number, severity: Severity, T: CanvasTexts = en): string {
  return T.findings(count, T.severity[severity]);
}

/**
 * What a screen reader says for a node; the card shows the same facts. Each starts with the
 * card's visible title, so speaking the title finds the node.
 */
export function nodeAriaLabel(n: GraphNode, T: CanvasTexts = en): string {
  const findings = n.severity ? T.aria.findings(findingsLabel(n.findings ?? 1, n.severity, T)) : '';
  switch (n.kind) {
    case 'pod':
      return T.aria.pod(n.workloadKind, n.name, n.qosClass) + findings;
    case 'container': {
      const step = n.initStep !== undefined ? `${n.initStep} ` : '';
      return T.aria.container(step, n.name, T.role[n.role], n.image, n.ports.length) + findings;
    }
    case 'namespace':
      return T.aria.namespace(T.namespaceTitle[n.name], hubExplanation(n, T)) + findings;
    case 'volume':
      return T.aria.volume(n.name, n.type, n.shared ? n.mountedBy.length : 0) + findings;
    case 'host':
      return T.aria.host(n.uses) + findings;
    case 'object':
      return T.aria.object(n.name, n.objectKind, n.document + 1);
  }
}

export function edgeAriaLabel(
  e: GraphEdge,
  source: string,
  target: string,
  T: CanvasTexts = en,
): string {
  switch (e.kind) {
    case 'mount':
      return T.edge.mount(source, target, e.mountPath, e.readOnly, e.subPath);
    case 'member':
      // The hub's name is its id (`network`); listeners hear its title, as on the card.
      return T.edge.member(source, (T.namespaceTitle as Record<string, string>)[target] ?? target);
    case 'order':
      return T.edge.order(source, target);
    case 'uses-host':
      return T.edge.usesHost(source);
    case 'reference':
      return T.edge.reference(source, target);
  }
}
