import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '使用 hostNetwork 且 dnsPolicy 为 ClusterFirst 的 Pod 会退回使用节点的解析器，解析不了 Service 名称。',
  fix: '设置 dnsPolicy: ClusterFirstWithHostNet；如果 Pod 确实只想用节点的解析器，就设置 dnsPolicy: Default。',
  messages: {
    default:
      '启用 hostNetwork 时 dnsPolicy 为 ClusterFirst：kubelet 会退回使用节点的 resolv.conf（相当于 Default 策略），集群里的 Service 名称解析不了；请用 ClusterFirstWithHostNet',
    defaulted:
      '启用了 hostNetwork 却没有设置 dnsPolicy：它默认为 ClusterFirst，对 hostNetwork Pod 来说会退回使用节点的 resolv.conf（相当于 Default 策略），集群里的 Service 名称解析不了；请设置 dnsPolicy: ClusterFirstWithHostNet',
  },
};
