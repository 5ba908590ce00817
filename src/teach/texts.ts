// Titles of the verification commands, in every language. The commands themselves are shell.
import type { Lang } from '../i18n/lang';

export interface CommandTitles {
  hostname(container: string): string;
  sharedMemory(container: string): string;
  semaphores(container: string): string;
  posixShm(container: string): string;
  ipcFromDebug(container: string): string;
  localhost(port: number, owner: string): string;
  listMount(path: string, container: string): string;
  processes(container: string): string;
  debug(container: string): string;
}

const EN: CommandTitles = {
  hostname: (c) => `Hostname that ${c} sees (UTS namespace: the same in every container)`,
  sharedMemory: (c) => `Shared memory segments visible in ${c} (IPC namespace)`,
  semaphores: (c) => `Semaphores visible in ${c} (IPC namespace)`,
  posixShm: (c) => `POSIX shared memory in ${c}: files in /dev/shm, which ipcs does not list`,
  ipcFromDebug: (c) => `The same IPC objects from a debug container next to ${c} (any image)`,
  localhost: (port, owner) =>
    `Reach ${owner}’s port ${port} over localhost from a debug container (one network namespace)`,
  listMount: (path, c) => `List ${path} in ${c}`,
  processes: (c) =>
    `Every process of the pod, from a debug container next to ${c} (shared PID namespace)`,
  debug: (c) => `Open a debug shell next to ${c} (shares its processes)`,
};

const ZH_CN: CommandTitles = {
  hostname: (c) => `${c} 看到的主机名（UTS 命名空间：每个容器都一样）`,
  sharedMemory: (c) => `${c} 里能看到的共享内存段（IPC 命名空间）`,
  semaphores: (c) => `${c} 里能看到的信号量（IPC 命名空间）`,
  posixShm: (c) => `${c} 里的 POSIX 共享内存：/dev/shm 下的文件，ipcs 不会列出`,
  ipcFromDebug: (c) => `在 ${c} 旁边的调试容器里查看同样的 IPC 对象（适用于任何镜像）`,
  localhost: (port, owner) =>
    `从调试容器通过 localhost 访问 ${owner} 的 ${port} 端口（同一个网络命名空间）`,
  listMount: (path, c) => `列出 ${c} 里的 ${path}`,
  processes: (c) => `从 ${c} 旁边的调试容器查看 Pod 的所有进程（共享的 PID 命名空间）`,
  debug: (c) => `在 ${c} 旁边打开一个调试 shell（共享它的进程）`,
};

/** Command titles in `lang`. */
export function commandTitles(lang: Lang): CommandTitles {
  return lang === 'zh-CN' ? ZH_CN : EN;
}
