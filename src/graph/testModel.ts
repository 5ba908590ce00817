// Test helpers: PodModel and AnalysisResult values from a compact description, so graph tests
// do not depend on the parser. Only tests import this file.
import type { AnalysisResult } from '../analysis/result';
import { buildInventory } from '../model/inventory';
import { volumeObjects } from '../model/volume';
import type {
  ContainerList,
  ContainerModel,
  NamespaceModel,
  PodModel,
  VolumeModel,
} from '../model/types';
import type { Finding, Severity } from '../types';

export interface ContainerSpec {
  name: string;
  image?: string;
  /** `8080` (TCP) or `'53/UDP'`. */
  ports?: (number | string)[];
  /** volume name → mountPath, or [mountPath, readOnly, subPath?]. */
  mounts?: Record<string, string | [string, boolean, string?]>;
  sidecar?: boolean;
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

export interface PodSpec {
  name?: string;
  kind?: string;
  initContainers?: ContainerSpec[];
  containers?: ContainerSpec[];
  ephemeralContainers?: ContainerSpec[];
  /** volume name → source: `{ emptyDir: {} }`, `{ configMap: { name: 'x' } }`, … */
  volumes?: Record<string, Record<string, unknown>>;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  shareProcessNamespace?: boolean;
  hostname?: string;
}

const BASE = ['spec'];

function container(
  spec: ContainerSpec,
  list: ContainerList,
  index: number,
  runOrder: number,
): ContainerModel {
  const path = [...BASE, list, index];
  const role =
    list === 'initContainers'
      ? spec.sidecar
        ? 'sidecar'
        : 'init'
      : list === 'containers'
        ? 'app'
        : 'ephemeral';
  return {
    name: spec.name,
    role,
    list,
    index,
    runOrder,
    path,
    image: spec.image ?? 'busybox:1.36',
    imageTag: (spec.image ?? 'busybox:1.36').split(':')[1],
    ports: (spec.ports ?? []).map((p, i) => {
      const [port, protocol] = String(p).split('/');
      return {
        path: [...path, 'ports', i],
        index: i,
        containerPort: Number(port),
        hostPortDefaulted: false,
        protocol: protocol ?? 'TCP',
      };
    }),
    mounts: Object.entries(spec.mounts ?? {}).map(([name, m], i) => {
      const [mountPath, readOnly, subPath] = typeof m === 'string' ? [m, false, undefined] : m;
      return { path: [...path, 'volumeMounts', i], index: i, name, mountPath, readOnly, subPath };
    }),
    resources: {
      requests: { ...spec.requests },
      limits: { ...spec.limits },
      defaultedRequests: [],
    },
    probes: [],
    privileged: false,
    capabilitiesAdd: [],
    restartPolicy: spec.sidecar ? 'Always' : undefined,
    envValues: [],
  };
}

function volume(name: string, source: Record<string, unknown>, index: number): VolumeModel {
  const type = Object.keys(source)[0] ?? 'emptyDir';
  const body = (source[type] ?? {}) as Record<string, unknown>;
  const reference = [body.name, body.secretName, body.claimName, body.path].find(
    (x) => typeof x === 'string',
  );
  return {
    name,
    index,
    path: [...BASE, 'volumes', index],
    type,
    sources: [type],
    defaulted: false,
    medium: typeof body.medium === 'string' ? body.medium : undefined,
    sizeLimit: typeof body.sizeLimit === 'string' ? body.sizeLimit : undefined,
    reference,
    fromClaimTemplate: false,
    objects: volumeObjects(type, body),
  };
}

/** A PodModel for `kind: Pod` (or `spec.kind`) from a compact description. */
export function podModel(spec: PodSpec): PodModel {
  const containers: ContainerModel[] = [];
  const lists: [ContainerList, ContainerSpec[]][] = [
    ['initContainers', spec.initContainers ?? []],
    ['containers', spec.containers ?? []],
    ['ephemeralContainers', spec.ephemeralContainers ?? []],
  ];
  for (const [list, items] of lists)
    items.forEach((c, i) => containers.push(container(c, list, i, containers.length)));
  const namespaces: NamespaceModel[] = [
    { name: 'network', scope: spec.hostNetwork ? 'host' : 'pod', path: BASE },
    { name: 'ipc', scope: spec.hostIPC ? 'host' : 'pod', path: BASE },
    { name: 'uts', scope: spec.hostNetwork ? 'host' : 'pod', path: BASE },
  ];
  if (spec.hostPID || spec.shareProcessNamespace)
    namespaces.push({ name: 'pid', scope: spec.hostPID ? 'host' : 'pod', path: BASE });
  const name = spec.name ?? 'demo';
  return {
    workload: {
      document: 0,
      kind: spec.kind ?? 'Pod',
      name,
      objectPath: [],
      podSpecPath: BASE,
      metadataPaths: [['metadata']],
    },
    isPod: (spec.kind ?? 'Pod') === 'Pod',
    containers,
    volumes: Object.entries(spec.volumes ?? {}).map(([n, s], i) => volume(n, s, i)),
    namespaces,
    hostNetwork: spec.hostNetwork ?? false,
    hostPID: spec.hostPID ?? false,
    hostIPC: spec.hostIPC ?? false,
    shareProcessNamespace: spec.shareProcessNamespace ?? false,
    restartPolicy: 'Always',
    dnsPolicy: 'ClusterFirst',
    hostname: spec.hostname ?? name,
    overhead: {},
    annotations: {},
    fromCluster: false,
  };
}

/** A finding of workload 0 about the given elements. */
export function finding(ruleId: string, severity: Severity, about: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity,
    message: ruleId,
    messageId: `${ruleId}.default`,
    params: {},
    document: 0,
    path: 'spec',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    offset: 0,
    endOffset: 1,
    suppressed: false,
    workload: 0,
    ...about,
  };
}

/** An AnalysisResult holding one workload, its findings and the other objects of the input. */
export function analysisOf(
  model: PodModel,
  findings: Finding[] = [],
  objects: { kind: string; name: string; document: number }[] = [],
): AnalysisResult {
  return {
    text: '',
    pieces: [],
    documents: [],
    workloads: [
      {
        ref: model.workload,
        model,
        qosClass: 'BestEffort',
        effective: { requests: {}, limits: {}, unboundedLimits: [] },
        podSpecPath: 'spec',
        podSecurity: { level: 'restricted', failures: [] },
        securityContexts: { pod: {}, containers: model.containers.map(() => ({})) },
      },
    ],
    findings,
    inventory: buildInventory(objects),
  };
}
