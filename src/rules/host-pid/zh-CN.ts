import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'Pod 使用节点的 PID 命名空间。',
  fix: '除非是节点级的监控或调试 Agent，否则去掉 hostPID。临时排查节点问题，用 kubectl debug node/节点名，而不是长期运行一个 hostPID 的 Pod。',
  messages: {
    default:
      'hostPID 为 true：容器能看到节点上的每个进程（包括其他 Pod 的容器），能通过 /proc 读取它们的命令行和环境变量，还能给以相同用户运行的进程发信号或 ptrace 它们',
  },
};
