// The values of one graph element that a change can touch, as `path → value` in a fixed order:
// what the element means (image, resources, probe timings with Kubernetes' defaults, written
// securityContext, …), never where it is written. Two versions that mean the same give the same
// values, whatever their key order, style or comments.
import type { WorkloadAnalysis } from '../analysis/result';
import type {
  ContainerNode,
  GraphNode,
  HostNode,
  NamespaceNode,
  PodNode,
  VolumeNode,
} from '../graph/types';
import type { SecurityContextValues } from '../k8s/securityContext';
import { mainContainerOf } from '../model/mainContainer';
import type { ContainerModel, ProbeModel, ProbeTimingField } from '../model/types';

/** An element's values by path; a path that is absent is not set. */
export type Fields = Map<string, string>;

/** What an element's values are read from besides its node. */
export interface FieldSources {
  workload: WorkloadAnalysis;
  /** The model of a container node. */
  container?: ContainerModel;
  /** The written securityContext of a container node. */
  securityContext?: SecurityContextValues;
}

/** The values of `node` (see Fields). */
export function fieldsOf(node: GraphNode, sources: FieldSources): Fields {
  const out: Fields = new Map();
  switch (node.kind) {
    case 'pod':
      podFields(node, sources.workload, out);
      break;
    case 'container':
      containerFields(node, sources, out);
      break;
    case 'volume':
      volumeFields(node, out);
      break;
    case 'namespace':
      namespaceFields(node, out);
      break;
    case 'host':
      hostFields(node, out);
      break;
    case 'object':
      break;
    default:
      otherFields(node, out);
  }
  return out;
}

function set(out: Fields, path: string, value: string | number | boolean | undefined): void {
  if (value !== undefined && value !== '') out.set(path, String(value));
}

function podFields(node: PodNode, w: WorkloadAnalysis, out: Fields): void {
  const { model } = w;
  set(out, 'namespace', model.workload.namespace);
  set(out, 'qosClass', node.qosClass);
  set(out, 'podSecurity', node.podSecurity);
  set(out, 'restartPolicy', node.restartPolicy);
  // The container the pod is for (model/mainContainer.ts): without the default-container
  // annotation the order of app containers decides it, so a reorder that changes it is a change.
  set(out, 'mainContainer', mainContainerOf(model)?.container.name);
  set(out, 'dnsPolicy', model.dnsPolicy);
  set(out, 'hostNetwork', model.hostNetwork);
  set(out, 'hostPID', model.hostPID);
  set(out, 'hostIPC', model.hostIPC);
  set(out, 'shareProcessNamespace', model.shareProcessNamespace);
  for (const [r, v] of Object.entries(node.requests)) set(out, `effective.requests[${r}]`, v);
  // A resource some container leaves unlimited has no pod limit: not set, like an absent one.
  for (const [r, v] of Object.entries(node.limits))
    if (!node.unboundedLimits.includes(r)) set(out, `effective.limits[${r}]`, v);
  for (const [r, v] of Object.entries(model.overhead)) set(out, `overhead[${r}]`, v);
  securityFields(w.securityContexts.pod, out);
}

function containerFields(node: ContainerNode, sources: FieldSources, out: Fields): void {
  const c = sources.container;
  set(out, 'role', node.role);
  set(out, 'image', node.image);
  set(out, 'restartPolicy', c?.restartPolicy);
  set(out, 'targetContainerName', node.targetContainerName);
  for (const [r, v] of Object.entries(node.resources.requests))
    set(out, `resources.requests[${r}]`, v);
  for (const [r, v] of Object.entries(node.resources.limits)) set(out, `resources.limits[${r}]`, v);
  for (const p of node.ports) {
    const text = [
      `${p.port}/${p.protocol}`,
      p.name,
      p.hostPort !== undefined ? `hostPort ${p.hostPort}` : undefined,
    ];
    set(out, `ports[${p.port}/${p.protocol}]`, text.filter(Boolean).join(' '));
  }
  for (const m of c?.mounts ?? []) {
    if (m.mountPath === undefined) continue;
    const text = [
      m.name ?? '',
      m.readOnly ? 'ro' : 'rw',
      m.subPath !== undefined ? `subPath ${m.subPath}` : undefined,
      m.subPathExpr !== undefined ? `subPathExpr ${m.subPathExpr}` : undefined,
      m.mountPropagation !== undefined ? `mountPropagation ${m.mountPropagation}` : undefined,
    ];
    set(out, `volumeMounts[${m.mountPath}]`, text.filter(Boolean).join(' '));
  }
  for (const p of c?.probes ?? []) probeFields(p, out);
  if (sources.securityContext) securityFields(sources.securityContext, out);
}

// The kubelet's defaults (pkg/apis/core/v1/defaults.go: SetDefaults_Probe): a probe that writes
// `periodSeconds: 10` means what one that leaves it out means.
const PROBE_DEFAULTS: Record<Exclude<ProbeTimingField, 'terminationGracePeriodSeconds'>, number> = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
};

function probeFields(p: ProbeModel, out: Fields): void {
  const handler = p.handlers.join('+') || '—';
  set(out, p.kind, p.port !== undefined ? `${handler} port ${p.port}` : handler);
  for (const [field, value] of Object.entries(PROBE_DEFAULTS))
    set(out, `${p.kind}.${field}`, p.timing?.[field as ProbeTimingField] ?? value);
  set(out, `${p.kind}.terminationGracePeriodSeconds`, p.timing?.terminationGracePeriodSeconds);
}

function securityFields(sc: SecurityContextValues, out: Fields): void {
  set(out, 'securityContext.privileged', sc.privileged);
  set(out, 'securityContext.allowPrivilegeEscalation', sc.allowPrivilegeEscalation);
  set(out, 'securityContext.runAsNonRoot', sc.runAsNonRoot);
  set(out, 'securityContext.runAsUser', sc.runAsUser);
  set(out, 'securityContext.runAsGroup', sc.runAsGroup);
  set(out, 'securityContext.fsGroup', sc.fsGroup);
  set(out, 'securityContext.readOnlyRootFilesystem', sc.readOnlyRootFilesystem);
  if (sc.seccompProfile) {
    const { type, localhostProfile } = sc.seccompProfile;
    set(
      out,
      'securityContext.seccompProfile',
      localhostProfile ? `${type} ${localhostProfile}` : type,
    );
  }
  if (sc.capabilities) {
    set(out, 'securityContext.capabilities.add', [...sc.capabilities.add].sort().join(', '));
    set(out, 'securityContext.capabilities.drop', [...sc.capabilities.drop].sort().join(', '));
  }
}

function volumeFields(node: VolumeNode, out: Fields): void {
  set(out, 'type', node.type);
  set(out, 'medium', node.medium);
  set(out, 'sizeLimit', node.sizeLimit);
  set(out, 'storage', node.storage);
  set(out, 'reference', node.reference);
  set(out, 'hostPathType', node.hostPathType);
}

function namespaceFields(node: NamespaceNode, out: Fields): void {
  set(out, 'scope', node.scope);
  set(out, 'hostname', node.hostname);
}

function hostFields(node: HostNode, out: Fields): void {
  set(out, 'uses', node.uses.join(', '));
}

// Nodes of kinds this file does not know yet: their own scalar values, by name.
// `document` is where the object is written, not what it is.
const NOT_VALUES = new Set(['id', 'kind', 'name', 'path', 'severity', 'findings', 'document']);

function otherFields(node: GraphNode, out: Fields): void {
  for (const [key, value] of Object.entries(node)) {
    if (NOT_VALUES.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      set(out, key, value);
    else if (value !== undefined && value !== null) set(out, key, JSON.stringify(value));
  }
}
