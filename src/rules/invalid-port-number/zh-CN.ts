import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'containerPort、非零的 hostPort 或探针端口超出了 1–65535 的范围。',
  fix: '使用 1 到 65535 之间的端口号。非 root 进程要监听 1024 以下的端口，先看 Pod 的 net.ipv4.ip_unprivileged_port_start（containerd 2.x 下为 0），或者添加 NET_BIND_SERVICE 权能；8080 这类端口在哪里都能用。',
  messages: {
    containerPort:
      '容器 {container} 的 containerPort {port} 不合法：必须在 1 到 65535 之间（含两端）',
    hostPort:
      '容器 {container} 的 hostPort {port} 不合法：必须在 1 到 65535 之间（含两端）（0 或不设置表示不占用主机端口）',
    probe: '容器 {container} 的 {probe} 指向端口 {port}：端口必须在 1 到 65535 之间（含两端）',
  },
};
