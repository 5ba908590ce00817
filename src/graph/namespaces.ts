// The namespaces a pod's containers share, and whether the node's own ones replace them.
import type { NamespaceName, PodModel } from '../model/types';
import { formatPath } from '../parse/path';
import type { NamespaceNode } from './types';

/**
 * The shared namespaces of a pod, in hub order. hostNetwork also puts the containers in the
 * node's UTS namespace (the runtime drops both namespaces together), so they see the node's
 * hostname. A pid hub exists only when the containers share one: shareProcessNamespace, or
 * the node's with hostPID.
 */
export function namespaceNodes(model: PodModel): NamespaceNode[] {
  const scopes: [NamespaceName, boolean][] = [
    ['network', model.hostNetwork],
    ['ipc', model.hostIPC],
    ['uts', model.hostNetwork],
  ];
  if (model.shareProcessNamespace || model.hostPID) scopes.push(['pid', model.hostPID]);
  return scopes.map(([name, host]) => {
    const declared = model.namespaces.find((n) => n.name === name);
    const node: NamespaceNode = {
      id: `namespace:${name}`,
      kind: 'namespace',
      name,
      scope: host ? 'host' : 'pod',
      path: formatPath(declared?.path ?? model.workload.podSpecPath),
    };
    if (name === 'uts' && !host) node.hostname = model.hostname;
    return node;
  });
}

/** What ties the pod to its node, in the words of the fields that do it. */
export function hostUses(model: PodModel): string[] {
  const uses: string[] = [];
  if (model.hostNetwork) uses.push('hostNetwork');
  if (model.hostPID) uses.push('hostPID');
  if (model.hostIPC) uses.push('hostIPC');
  for (const v of model.volumes) {
    if (v.type === 'hostPath') uses.push(v.reference ? `hostPath:${v.reference}` : 'hostPath');
  }
  return uses;
}
