// The IPC and PID namespaces, at pod scope and at host scope (hostIPC, hostPID).
import { debug } from '../../../src/teach/kubectl';
import { listSemaphores, listSharedMemory } from '../../../src/teach/probes';
import { cmd, L, live, otherThan } from '../../../src/teach/pick';
import type { Topic } from '../../../src/teach/lesson';
import { ruleAsElement } from '../ruleTopics';

export const ipcPod: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/#resource-sharing-and-communication',
  en: {
    what: 'The containers share one IPC namespace: System V shared memory segments, semaphores and message queues (what `ipcs` lists), and POSIX message queues. A segment one container creates, another can attach to.',
    why: 'Shared memory is the fastest way for two processes to exchange data, used by databases, video pipelines and ML workers. But a segment outlives the process that made it until someone removes it, its pages are charged to the memory of whoever touches them, and the default /dev/shm of a container is only 64 MiB.',
    analogy:
      'The whiteboard in the living room (shared memory), where anyone can leave a note for the others, and the “occupied” sign on the bathroom door (a semaphore) that tells the next flatmate whether to wait.',
    fix: 'Share memory only between containers built to cooperate, and remove segments when done (ipcrm). For POSIX shared memory, mount an emptyDir with medium: Memory and a sizeLimit at /dev/shm, and leave room for it in the memory limits.',
    notes: [
      {
        title: 'Watch shared memory',
        text: 'Shared memory in use is one of the three numbers worth watching in a multi-container pod (with TCP retransmissions and volume inodes): `ipcs -m` shows each segment’s size and how many processes are attached.',
      },
    ],
  },
  'zh-CN': {
    what: '容器共享一个 IPC 命名空间：System V 共享内存段、信号量、消息队列（就是 `ipcs` 列出的东西），以及 POSIX 消息队列。一个容器创建的共享内存段，另一个容器可以直接挂接。',
    why: '共享内存是两个进程交换数据最快的方式，数据库、视频处理、机器学习 worker 都在用。但共享内存段会比创建它的进程活得更久，直到有人删除；它的内存页算在访问它的进程头上；而容器默认的 /dev/shm 只有 64 MiB。',
    analogy:
      '客厅里的白板（共享内存），谁都可以给别人留便签；卫生间门口“有人/无人”的牌子（信号量），告诉下一个室友要不要等一等。',
    fix: '只在专门设计成协作的容器之间共享内存，用完及时删除（ipcrm）。POSIX 共享内存可以在 /dev/shm 挂一个 medium: Memory 且带 sizeLimit 的 emptyDir，并在内存 limit 里给它留出空间。',
    notes: [
      {
        title: '监控共享内存',
        text: '共享内存用量是多容器 Pod 值得盯的三个指标之一（另外两个是 TCP 重传率和存储卷 inode 用量）：`ipcs -m` 会列出每个段的大小和挂接的进程数。',
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
          'The same, from a debug container (when the image has no ipcs)',
          '镜像里没有 ipcs 时，用调试容器查看',
        ),
        debug(s, a, undefined, ['ipcs']),
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
