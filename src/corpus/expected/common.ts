// Values many expectations share.
import type { NamespaceScopes } from './types';

/** Without host namespaces or shareProcessNamespace: network, IPC and UTS hubs of pod scope. */
export const POD_NAMESPACES: NamespaceScopes = { network: 'pod', ipc: 'pod', uts: 'pod' };

/** The pod spec of a Deployment, StatefulSet, DaemonSet, Job or ReplicaSet. */
export const TEMPLATE = 'spec.template.spec';
