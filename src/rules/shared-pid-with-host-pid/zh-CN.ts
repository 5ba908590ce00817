import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'shareProcessNamespace 和 hostPID 同时为 true。',
  fix: '二选一：想看到其他容器的进程用 shareProcessNamespace；想看到节点的进程（很少需要）用 hostPID。',
  messages: {
    default:
      'shareProcessNamespace 和 hostPID 不能同时启用：hostPID 已经让所有容器进入节点的 PID 命名空间，也就没有可供共享的 Pod 级 PID 命名空间了',
  },
};
