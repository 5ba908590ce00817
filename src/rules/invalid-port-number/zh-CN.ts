import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'containerPort、非零的 hostPort 或探针端口超出了 1–65535 的范围。',
  fix: '使用 1 到 65535 之间的端口号；应用优先用 8080 这类非特权端口。',
  messages: {
    containerPort:
      '容器 {container} 的 containerPort {port} 不合法：必须在 1 到 65535 之间（含两端）',
    hostPort:
      '容器 {container} 的 hostPort {port} 不合法：必须在 1 到 65535 之间（含两端）（0 或不设置表示不占用主机端口）',
    probe: '容器 {container} 的 {probe} 指向端口 {port}：端口必须在 1 到 65535 之间（含两端）',
  },
};
