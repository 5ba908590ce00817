// The IPC and PID namespaces, at pod scope and at host scope (hostIPC, hostPID).
import {
  listIpcFromDebug,
  listPosixShm,
  listSemaphores,
  listSharedMemory,
} from '../../../src/teach/probes';
import { cmd, L, live, otherThan } from '../../../src/teach/pick';
import type { Topic } from '../../../src/teach/lesson';
import { ruleAsElement } from '../ruleTopics';

export const ipcPod: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/#resource-sharing-and-communication',
  en: {
    what: 'The containers share one IPC namespace: System V shared memory segments, semaphores and message queues (what `ipcs` lists), and POSIX message queues. A segment one container creates, another can attach to. POSIX shared memory is files in /dev/shm instead, which `ipcs` does not list: the container runtime (containerd, CRI-O) mounts one /dev/shm tmpfs, made for the pod, into every container, so `ls /dev/shm` shows the same files in each.',
    why: 'Shared memory is the fastest way for two processes to exchange data, used by databases, video pipelines and ML workers. But a segment outlives the process that made it until someone removes it, each of its pages is charged to the memory cgroup of the container that first touched it, and the pod’s default /dev/shm is only 64 MiB.',
    analogy:
      'The whiteboard in the living room (shared memory), where anyone can leave a note for the others, and the “occupied” sign on the bathroom door (a semaphore) that tells the next flatmate whether to wait.',
    fix: 'Share memory only between containers built to cooperate, and remove segments when done (ipcrm). When 64 MiB of /dev/shm is too little, mount an emptyDir with medium: Memory and a sizeLimit at /dev/shm in every container that uses it: it only resizes and bounds what is already shared (a container without that mount keeps the runtime’s /dev/shm). Leave room for it in the memory limits.',
    notes: [
      {
        title: 'Watch shared memory',
        text: 'Shared memory in use is one of the three numbers worth watching in a multi-container pod (with TCP retransmissions and volume inodes): `ipcs -m` shows each System V segment’s size and how many processes are attached; `df -h /dev/shm` shows how full the POSIX side is.',
      },
    ],
  },
  'zh-CN': {
    what: '容器共享一个 IPC 命名空间：System V 共享内存段、信号量、消息队列（就是 `ipcs` 列出的东西），以及 POSIX 消息队列。一个容器创建的共享内存段，另一个容器可以直接挂接。POSIX 共享内存则是 /dev/shm 里的文件，`ipcs` 不会列出它：容器运行时（containerd、CRI-O）为 Pod 创建一个 /dev/shm tmpfs，并挂载到每个容器里，所以在每个容器里 `ls /dev/shm` 看到的都是同一批文件。',
    why: '共享内存是两个进程交换数据最快的方式，数据库、视频处理、机器学习 worker 都在用。但共享内存段会比创建它的进程活得更久，直到有人删除；它的每个内存页都计入最先访问该页的那个容器的内存 cgroup；而 Pod 默认的 /dev/shm 只有 64 MiB。',
    analogy:
      '客厅里的白板（共享内存），谁都可以给别人留便签；卫生间门口“有人/无人”的牌子（信号量），告诉下一个室友要不要等一等。',
    fix: '只在专门设计成协作的容器之间共享内存，用完及时删除（ipcrm）。/dev/shm 的 64 MiB 不够用时，在每个用到它的容器的 /dev/shm 挂载同一个 medium: Memory 且带 sizeLimit 的 emptyDir：它只是给本来就共享的空间换个大小、加个上限（没有这个挂载的容器仍使用运行时提供的 /dev/shm）。并在内存限制（limit）里给它留出空间。',
    notes: [
      {
        title: '监控共享内存',
        text: '共享内存用量是多容器 Pod 值得盯的三个指标之一（另外两个是 TCP 重传率和卷的 inode 用量）：`ipcs -m` 会列出每个 System V 段的大小和挂接的进程数；`df -h /dev/shm` 显示 POSIX 这一侧用了多少。',
      },
    ],
  },
  commands: (s) => {
    const a = live(s);
    const b = otherThan(s, a);
    return [
      cmd(
        L(`Shared memory segments, seen from ${a}`, `从 ${a} 查看共享内存段`),
        listSharedMemory(s, a),
      ),
      cmd(
        L(`The same segments, seen from ${b}`, `从 ${b} 看到的是同样的共享内存段`),
        listSharedMemory(s, b),
      ),
      cmd(L(`Semaphores, seen from ${a}`, `从 ${a} 查看信号量`), listSemaphores(s, a)),
      cmd(
        L(
          `POSIX shared memory, seen from ${a}: files in /dev/shm, which ipcs does not list`,
          `从 ${a} 查看 POSIX 共享内存：/dev/shm 下的文件，ipcs 不会列出`,
        ),
        listPosixShm(s, a),
      ),
      cmd(
        L(`The same /dev/shm, seen from ${b}`, `从 ${b} 看到的是同一个 /dev/shm`),
        listPosixShm(s, b),
      ),
      cmd(
        L(
          'The same, from a debug container (when the image has no ipcs)',
          '镜像里没有 ipcs 时，用调试容器查看',
        ),
        listIpcFromDebug(s, a),
      ),
    ];
  },
};

// What the host-ipc rule teaches (src/rules/host-ipc/teach.ts), with this element's docs.
export const ipcHost: Topic = ruleAsElement(
  'host-ipc',
  'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
);

// What the shared-process-namespace rule teaches (src/rules/shared-process-namespace/
// teach.ts), with this element's docs.
export const pidPod: Topic = ruleAsElement(
  'shared-process-namespace',
  'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
);

// What the host-pid rule teaches (src/rules/host-pid/teach.ts), with this element's docs.
export const pidHost: Topic = ruleAsElement(
  'host-pid',
  'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
);
