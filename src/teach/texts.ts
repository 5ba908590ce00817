// Titles of the verification commands, in every language. The commands themselves are shell.
import type { Lang } from '../i18n/lang';

export interface CommandTitles {
  hostname(container: string): string;
  sharedMemory(container: string): string;
  semaphores(container: string): string;
  localhost(port: number, owner: string, from: string): string;
  listMount(path: string, container: string): string;
  processes(container: string): string;
  debug(container: string): string;
}

const EN: CommandTitles = {
  hostname: (c) => `Hostname that ${c} sees (UTS namespace: the same in every container)`,
  sharedMemory: (c) => `Shared memory segments visible in ${c} (IPC namespace)`,
  semaphores: (c) => `Semaphores visible in ${c} (IPC namespace)`,
  localhost: (port, owner, from) =>
    owner === from
      ? `Reach ${owner}’s port ${port} over localhost`
      : `Reach ${owner}’s port ${port} from ${from} over localhost (one network namespace)`,
  listMount: (path, c) => `List ${path} in ${c}`,
  processes: (c) => `Processes that ${c} sees (shared PID namespace)`,
  debug: (c) => `Open a debug shell next to ${c} (shares its processes)`,
};

const ZH_CN: CommandTitles = {
  hostname: (c) => `${c} 看到的主机名（UTS 命名空间：每个容器都一样）`,
  sharedMemory: (c) => `${c} 里能看到的共享内存段（IPC 命名空间）`,
  semaphores: (c) => `${c} 里能看到的信号量（IPC 命名空间）`,
  localhost: (port, owner, from) =>
    owner === from
      ? `通过 localhost 访问 ${owner} 的 ${port} 端口`
      : `从 ${from} 通过 localhost 访问 ${owner} 的 ${port} 端口（同一个网络命名空间）`,
  listMount: (path, c) => `列出 ${c} 里的 ${path}`,
  processes: (c) => `${c} 看到的进程（共享的 PID 命名空间）`,
  debug: (c) => `在 ${c} 旁边打开一个调试 shell（共享它的进程）`,
};

/** Command titles in `lang`. */
export function commandTitles(lang: Lang): CommandTitles {
  return lang === 'zh-CN' ? ZH_CN : EN;
}
