import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器端口设置了 hostIP，却没有设置 hostPort，所以 hostIP 不起作用。',
  fix: '加上你想在这个节点地址上发布的 hostPort，或者去掉 hostIP。',
  messages: {
    default:
      '容器 {container} 的端口 {port}/{protocol} 设置了 hostIP {hostIP}，却没有 hostPort：hostIP 只决定 hostPort 绑定在节点的哪个地址上，所以那里什么也不会绑定（API server 会警告 "hostIP set without hostPort"）',
  },
};
