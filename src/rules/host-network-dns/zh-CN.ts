import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '使用 hostNetwork 且 dnsPolicy 为 ClusterFirst 的 Pod 会退回使用节点的解析器，解析不了 Service 名称。',
  fix: '设置 dnsPolicy: ClusterFirstWithHostNet；如果 Pod 确实只想用节点的解析器（节点 Agent，如 CNI 插件、kube-proxy、节点导出器，通常如此），就设置 dnsPolicy: Default。',
  messages: {
    default:
      '启用 hostNetwork 时 dnsPolicy 为 ClusterFirst：kubelet 会退回使用节点的 resolv.conf（相当于 Default 策略），集群里的 Service 名称解析不了；请用 ClusterFirstWithHostNet',
    defaulted:
      '启用了 hostNetwork 却没有设置 dnsPolicy：它默认为 ClusterFirst，对 hostNetwork Pod 来说会退回使用节点的 resolv.conf（相当于 Default 策略），集群里的 Service 名称解析不了；请设置 dnsPolicy: ClusterFirstWithHostNet',
    agentDaemonSet:
      '使用 hostNetwork 的 DaemonSet，dnsPolicy 为 ClusterFirst（显式设置或默认值）：它的 Pod 通过节点的 resolv.conf 解析名称，而不是集群 DNS。对节点 Agent（CNI 插件、kube-proxy、节点导出器）来说这通常正是想要的，因为它必须在集群 DNS 可用之前就能工作：请设置 dnsPolicy: Default 明确表达这一点。只有必须解析 Service 名称的 Agent 才需要 ClusterFirstWithHostNet',
    agentDaemonSetPod:
      'DaemonSet {owner} 的 Pod 使用 hostNetwork，dnsPolicy 为 ClusterFirst（显式设置或默认值）：它通过节点的 resolv.conf 解析名称，而不是集群 DNS。对节点 Agent（CNI 插件、kube-proxy、节点导出器）来说这通常正是想要的，因为它必须在集群 DNS 可用之前就能工作：请在 DaemonSet 中设置 dnsPolicy: Default 明确表达这一点。只有必须解析 Service 名称的 Agent 才需要 ClusterFirstWithHostNet',
    agentContainer:
      '容器 {container} 是使用 hostNetwork 的节点 Agent，dnsPolicy 为 ClusterFirst（显式设置或默认值）：它通过节点的 resolv.conf 解析名称，而不是集群 DNS。对节点 Agent 来说这通常正是想要的，因为它必须在集群 DNS 可用之前就能工作：请设置 dnsPolicy: Default 明确表达这一点。只有必须解析 Service 名称的 Agent 才需要 ClusterFirstWithHostNet',
  },
};
