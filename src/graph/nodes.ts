// Model elements → graph nodes (without finding marks; build.ts adds those).
import { formatQuantity, type Quantity } from '../k8s/quantity';
import type { ContainerModel, VolumeModel } from '../model/types';
import { formatPath } from '../parse/path';
import type { WorkloadAnalysis } from '../analysis/result';
import type { ContainerNode, ContainerPort, PodNode, VolumeNode } from './types';

/** The pod frame: workload identity, QoS and the pod's effective requests and limits. */
export function podNode(w: WorkloadAnalysis): PodNode {
  const { model } = w;
  const node: PodNode = {
    id: 'pod',
    kind: 'pod',
    name: model.workload.name,
    path: w.podSpecPath,
    workloadKind: model.workload.kind,
    qosClass: w.qosClass,
    podSecurity: w.podSecurity.level,
    restartPolicy: model.restartPolicy,
    requests: formatAll(w.effective.requests),
    limits: formatAll(w.effective.limits),
    unboundedLimits: [...w.effective.unboundedLimits],
  };
  if (model.workload.namespace !== undefined) node.namespace = model.workload.namespace;
  if (model.status?.podIP !== undefined) node.podIP = model.status.podIP;
  if (model.status?.phase !== undefined) node.phase = model.status.phase;
  if (model.workload.completedBy === 'partial') node.partial = true;
  return node;
}

function formatAll(map: Record<string, Quantity>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(map).sort()) out[name] = formatQuantity(map[name], name);
  return out;
}

/** One container card. */
export function containerNode(c: ContainerModel, id: string): ContainerNode {
  const node: ContainerNode = {
    id,
    kind: 'container',
    name: c.name,
    path: formatPath(c.path),
    role: c.role,
    runOrder: c.runOrder,
    ports: c.ports.flatMap((p): ContainerPort[] => {
      if (p.containerPort === undefined) return [];
      const port: ContainerPort = { port: p.containerPort, protocol: p.protocol };
      if (p.name !== undefined) port.name = p.name;
      if (p.hostPort !== undefined) port.hostPort = p.hostPort;
      return [port];
    }),
    resources: { requests: { ...c.resources.requests }, limits: { ...c.resources.limits } },
    probes: c.probes.map((p) => p.kind),
    security: securityFlags(c),
    mounts: c.mounts.length,
  };
  if (c.list === 'initContainers') node.initStep = c.index + 1;
  if (c.image !== undefined) node.image = c.image;
  if (c.imageTag !== undefined) node.imageTag = c.imageTag;
  if (c.imageDigest !== undefined) node.imageDigest = c.imageDigest;
  if (c.wellKnown !== undefined) node.wellKnown = c.wellKnown;
  if (c.targetContainerName !== undefined) node.targetContainerName = c.targetContainerName;
  if (c.status?.restartCount !== undefined) node.restartCount = c.status.restartCount;
  if (c.status?.lastTerminationReason !== undefined)
    node.lastTerminationReason = c.status.lastTerminationReason;
  return node;
}

// Named after the securityContext fields, so the card reads like the manifest.
function securityFlags(c: ContainerModel): string[] {
  const flags: string[] = [];
  if (c.privileged) flags.push('privileged');
  if (c.allowPrivilegeEscalation === true) flags.push('allowPrivilegeEscalation');
  for (const cap of c.capabilitiesAdd) flags.push(`capabilities.add:${cap}`);
  if (c.runAsNonRoot === true) flags.push('runAsNonRoot');
  if (c.readOnlyRootFilesystem === true) flags.push('readOnlyRootFilesystem');
  return flags;
}

/** One volume; `mountedBy` lists the distinct containers that mount it. */
export function volumeNode(v: VolumeModel, id: string, mountedBy: string[]): VolumeNode {
  const node: VolumeNode = {
    id,
    kind: 'volume',
    name: v.name,
    path: formatPath(v.path),
    type: v.type,
    shared: mountedBy.length >= 2,
    mountedBy,
  };
  if (v.type === 'emptyDir' && v.medium !== undefined) node.medium = v.medium;
  // A claim template's size is its storage request, not an emptyDir limit.
  if (v.sizeLimit !== undefined) {
    if (v.fromClaimTemplate) node.storage = v.sizeLimit;
    else node.sizeLimit = v.sizeLimit;
  }
  if (v.reference !== undefined && v.reference !== '') node.reference = v.reference;
  if (v.hostPathType !== undefined) node.hostPathType = v.hostPathType;
  if (v.fromClaimTemplate) node.fromClaimTemplate = true;
  return node;
}
