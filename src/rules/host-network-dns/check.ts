import { isNodeAgent } from '../../k8s/wellknown';
import type { PodRule } from '../types';
import { meta } from './meta';

/** hostNetwork with dnsPolicy ClusterFirst (also when defaulted); a note for node agents. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    if (!model.hostNetwork || model.dnsPolicy !== 'ClusterFirst') return;
    const path = [...model.workload.podSpecPath, 'dnsPolicy'];
    // Node agents (CNI plugins, kube-proxy, exporters) often must not depend on cluster DNS,
    // which itself runs in pods that need them: the node's resolver is then what they want.
    const agent = model.containers.find(
      (c) => c.role !== 'ephemeral' && isNodeAgent(c.name, c.image),
    );
    // A pod read back from the cluster names its DaemonSet in its ownerReferences.
    const daemonSetPod = model.owner?.kind === 'DaemonSet';
    if (agent || model.workload.kind === 'DaemonSet' || daemonSetPod) {
      report({
        path,
        messageId: agent ? 'agentContainer' : daemonSetPod ? 'agentDaemonSetPod' : 'agentDaemonSet',
        params: agent
          ? { container: agent.name }
          : daemonSetPod
            ? { owner: model.owner?.name ?? '' }
            : {},
        severity: 'info',
        namespaces: ['network'],
      });
      return;
    }
    report({
      path,
      messageId: typeof model.spec.dnsPolicy === 'string' ? 'default' : 'defaulted',
      namespaces: ['network'],
    });
  },
};
