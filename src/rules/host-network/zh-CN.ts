import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'Pod 使用节点的网络命名空间。',
  fix: 'hostNetwork 只留给节点基础设施（CNI 插件、节点监控、部分 Ingress 控制器）。其他情况去掉它，通过 Service 暴露 Pod。如果必须保留，设置 dnsPolicy: ClusterFirstWithHostNet，并选用节点守护进程不用的端口。',
  messages: {
    default:
      'hostNetwork 为 true：容器使用节点的网络（以及 UTS）命名空间，因此能看到节点的所有网卡，能访问绑定在节点 localhost 上的服务，会和节点上的守护进程以及其他 hostNetwork Pod 抢端口，NetworkPolicy 也隔离不了它们',
  },
};
