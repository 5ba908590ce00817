import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '容器端口设置了 hostPort：Pod 安全标准的 baseline 级别禁止这样做，而且每个节点上只放得下一个这样的 Pod。',
  fix: '删掉 hostPort，通过 Service 访问 Pod（集群外的客户端需要访问时用 NodePort 或 LoadBalancer 类型的 Service）。只有必须在节点自身地址上应答的节点 Agent 才保留 hostPort，并以 DaemonSet 的形式运行在 Pod 安全级别允许它的命名空间里。',
  messages: {
    default:
      '容器 {container} 把 containerPort {port}/{protocol} 以 hostPort {hostPort} 发布在它所在的每个节点上：Pod 安全标准的 baseline 级别会拒绝这个 Pod；调度器在每个节点上最多放一个使用 {hostPort}/{protocol} 的 Pod，超出可用节点数的副本会一直处于 Pending',
  },
};
