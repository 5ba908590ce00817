// Every user-visible string of the canvas. Names from the manifest are interpolated as text,
// never as markup; app/canvas/labels.ts builds a node's or an edge's spoken label from these.
import type { AriaLabelConfig } from '@xyflow/react';
import type { WellKnownKind } from '../../../src/k8s/wellknown';
import type { ContainerRole, NamespaceName } from '../../../src/model/types';
import type { Severity } from '../../../src/types';

export const canvas = {
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
    podSecurity: (level: string) => `, Pod Security ${level}`,
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
    service: (name: string, type: string, ports: string[]) =>
      `Service ${name}, ${type}${ports.length > 0 ? `, ports ${ports.join('; ')}` : ''}`,
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
    targets: (source: string, target: string, port: string) =>
      `Service ${source} sends port ${port} to ${target}`,
  },
  ui: {
    region: 'Pod graph canvas',
    toolbar: 'Graph view',
    stale: 'From an earlier text — this document does not parse now; shown as it last parsed',
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
    /** The Pod Security Standards level on the pod frame (level as the policy label writes it). */
    podSecurity: (level: string) => `Pod Security ${level}`,
    podSecurityTitle: 'The most restrictive Pod Security Standards level this pod passes',
    /** Added to the QoS and Pod Security pills of a custom resource the operator completes. */
    partial: ' (partial)',
    partialTitle:
      'A custom resource with its containers in its own spec: the operator builds the pod, and only containers, initContainers and volumes are read here, so this describes only what is written',
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
    /** A Service port whose target no container declares. */
    notDeclared: '(not declared)',
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
    targets: 'Service → target port',
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

export type CanvasTexts = typeof canvas;
