import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器共享同一个 PID 命名空间：进程、信号和 /proc/<pid>/root 在容器之间互相可见。',
  fix: '只有某个容器确实需要另一个容器的进程时才共享 PID 命名空间；临时看一眼，用带 --target 的 kubectl debug 就够了。发信号要按进程名或真实 PID（pkill -HUP nginx），不要用 `kill -HUP 1`。',
  messages: {
    default:
      'shareProcessNamespace 为 true：每个容器都能看到其他容器的进程，能给它们发信号（同一用户或拥有 CAP_KILL），还能通过 /proc/<pid>/root 读取它们的文件；pause 进程成为 PID 1，负责回收成了孤儿的僵尸进程（父进程还活着却从不 wait 的子进程仍会是僵尸），原本期望自己是 PID 1 的应用也不再是了',
  },
};
