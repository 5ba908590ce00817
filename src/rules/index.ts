// The rule catalog (RULES.md), one file per rule. Order here is the catalog's order.
import type { Rule } from './types';
import { rule as yamlSyntax } from './yaml-syntax';
import { rule as unknownField } from './unknown-field';
import { rule as wrongType } from './wrong-type';
import { rule as missingRequired } from './missing-required';
import { rule as invalidName } from './invalid-name';
import { rule as duplicateContainerName } from './duplicate-container-name';
import { rule as duplicateVolumeName } from './duplicate-volume-name';
import { rule as duplicatePortName } from './duplicate-port-name';
import { rule as invalidPortNumber } from './invalid-port-number';
import { rule as invalidProtocol } from './invalid-protocol';
import { rule as hostPortConflict } from './host-port-conflict';
import { rule as hostNetworkPortMismatch } from './host-network-port-mismatch';
import { rule as multipleVolumeSources } from './multiple-volume-sources';
import { rule as volumeNotFound } from './volume-not-found';
import { rule as duplicateMountPath } from './duplicate-mount-path';
import { rule as invalidSubpath } from './invalid-subpath';
import { rule as invalidMountPropagation } from './invalid-mount-propagation';
import { rule as invalidQuantity } from './invalid-quantity';
import { rule as requestExceedsLimit } from './request-exceeds-limit';
import { rule as sharedPidWithHostPid } from './shared-pid-with-host-pid';
import { rule as invalidRestartPolicy } from './invalid-restart-policy';
import { rule as probeOnInitContainer } from './probe-on-init-container';
import { rule as invalidProbe } from './invalid-probe';
import { rule as invalidEmptydirMedium } from './invalid-emptydir-medium';
import { rule as ephemeralContainerOnCreate } from './ephemeral-container-on-create';
import { rule as portClash } from './port-clash';
import { rule as duplicatePortNameAcrossContainers } from './duplicate-port-name-across-containers';
import { rule as probePortNotDeclared } from './probe-port-not-declared';
import { rule as hostIpWithoutHostPort } from './host-ip-without-host-port';
import { rule as emptydirNoSizeLimit } from './emptydir-no-size-limit';
import { rule as memoryVolumeUnbounded } from './memory-volume-unbounded';
import { rule as missingRequests } from './missing-requests';
import { rule as missingMemoryLimit } from './missing-memory-limit';
import { rule as sidecarWithoutLimits } from './sidecar-without-limits';
import { rule as bestEffortPod } from './best-effort-pod';
import { rule as fractionalMemory } from './fractional-memory';
import { rule as sharedProcessNamespace } from './shared-process-namespace';
import { rule as hostNetwork } from './host-network';
import { rule as hostPid } from './host-pid';
import { rule as hostIpc } from './host-ipc';
import { rule as hostNetworkDns } from './host-network-dns';
import { rule as hostPathVolume } from './host-path-volume';
import { rule as privilegedContainer } from './privileged-container';
import { rule as dangerousCapabilities } from './dangerous-capabilities';
import { rule as latestTag } from './latest-tag';
import { rule as oomKilled } from './oom-killed';
import { rule as sharedWritableVolume } from './shared-writable-volume';
import { rule as unusedVolume } from './unused-volume';
import { rule as subpathNoUpdates } from './subpath-no-updates';
import { rule as extendedResourcePerContainer } from './extended-resource-per-container';
import { rule as socketVolume } from './socket-volume';
import { rule as privilegeEscalation } from './privilege-escalation';
import { rule as unresolvedReference } from './unresolved-reference';

/** Every rule, in catalog order. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  unknownField,
  wrongType,
  missingRequired,
  invalidName,
  duplicateContainerName,
  duplicateVolumeName,
  duplicatePortName,
  invalidPortNumber,
  invalidProtocol,
  hostPortConflict,
  hostNetworkPortMismatch,
  multipleVolumeSources,
  volumeNotFound,
  duplicateMountPath,
  invalidSubpath,
  invalidMountPropagation,
  invalidQuantity,
  requestExceedsLimit,
  sharedPidWithHostPid,
  invalidRestartPolicy,
  probeOnInitContainer,
  invalidProbe,
  invalidEmptydirMedium,
  ephemeralContainerOnCreate,
  portClash,
  duplicatePortNameAcrossContainers,
  probePortNotDeclared,
  hostIpWithoutHostPort,
  emptydirNoSizeLimit,
  memoryVolumeUnbounded,
  missingRequests,
  missingMemoryLimit,
  sidecarWithoutLimits,
  bestEffortPod,
  fractionalMemory,
  sharedProcessNamespace,
  hostNetwork,
  hostPid,
  hostIpc,
  hostNetworkDns,
  hostPathVolume,
  privilegedContainer,
  dangerousCapabilities,
  latestTag,
  oomKilled,
  sharedWritableVolume,
  unusedVolume,
  subpathNoUpdates,
  extendedResourcePerContainer,
  socketVolume,
  privilegeEscalation,
  unresolvedReference,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
