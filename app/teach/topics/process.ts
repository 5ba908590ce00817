// The IPC and PID namespaces, at pod scope and at host scope (hostIPC, hostPID).
import { debug, exec, podField } from '../kubectl';
import { cmd, few, L, live, liveFocus, otherThan } from '../pick';
import type { Topic } from '../types';

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
        exec(s, a, ['ipcs', '-m']),
      ),
      cmd(
        L(`The same segments, seen from ${b}`, `从 ${b} 看到的是同样的共享内存段`),
        exec(s, b, ['ipcs', '-m']),
      ),
      cmd(L(`Semaphores, seen from ${a}`, `从 ${a} 查看信号量`), exec(s, a, ['ipcs', '-s'])),
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

export const ipcHost: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  en: {
    what: 'hostIPC: true — the containers join the node’s IPC namespace: the System V shared memory, semaphores and message queues of node daemons and of every other hostIPC pod.',
    why: 'A container can read, attach to or destroy shared memory that belongs to other workloads, and its own leaks fill the node. The baseline Pod Security Standard forbids it.',
    analogy:
      'The whiteboard moves from your living room to the building’s lobby: any tenant can read your notes, wipe them or scribble over them.',
    fix: 'Remove hostIPC. Containers of one pod already share an IPC namespace with each other; nothing else is needed for them to cooperate.',
  },
  'zh-CN': {
    what: 'hostIPC: true —— 容器加入节点的 IPC 命名空间：能看到节点守护进程以及所有其他 hostIPC Pod 的 System V 共享内存、信号量和消息队列。',
    why: '容器可以读取、挂接甚至删除属于其他工作负载的共享内存，它自己泄漏的共享内存也会占满节点。Pod 安全标准的 baseline 级别禁止这样做。',
    analogy: '白板从自家客厅搬到了整栋楼的大堂：任何住户都能看你的便签、擦掉或者乱涂。',
    fix: '去掉 hostIPC。同一个 Pod 的容器之间本来就共享 IPC 命名空间，协作不需要它。',
  },
  commands: (s) => {
    const a = live(s);
    return [
      cmd(
        L(`The node’s shared memory segments, seen from ${a}`, `从 ${a} 看到的节点共享内存段`),
        exec(s, a, ['ipcs', '-m']),
      ),
      cmd(L('The node’s message queues', '节点上的消息队列'), exec(s, a, ['ipcs', '-q'])),
    ];
  },
};

export const pidPod: Topic = {
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  en: {
    what: 'shareProcessNamespace: true — the containers share one PID namespace. The pod’s pause process is PID 1; every container sees every process of the pod (ps), can signal those of the same user (or with CAP_KILL), and can read another container’s files through /proc/PID/root.',
    why: 'It lets a sidecar reload the app (send it SIGHUP), a debugging container inspect it, and the pause process reap zombie processes. It also weakens isolation: passwords in command lines and environments become readable, and an application that expects to be PID 1 no longer is.',
    analogy:
      'An open-plan flat with the room doors taken out: everyone sees what everyone is doing and can tap anyone on the shoulder. The caretaker who lives at number 1 (pause) tidies up after guests who have left (zombies).',
    fix: 'Share the PID namespace only when a container really needs another’s processes; for a one-off look use kubectl debug with --target instead. Signal processes by name or real PID (pkill -HUP nginx), never `kill -HUP 1`.',
    notes: [
      {
        title: 'Trap: zombies',
        text: 'A zombie is a finished child process its parent never collected; it keeps its PID. Enough of them exhaust the pod’s PID limit and every fork fails. With a shared PID namespace the pause process reaps orphans; without one, the entrypoint must do it (use a small init such as tini).',
      },
      {
        title: 'Careful with kill -HUP 1',
        text: 'With a shared PID namespace, PID 1 is the pause process, not your application: `kill -HUP 1` no longer reloads the app. Find the real PID first (ps, pgrep).',
      },
    ],
  },
  'zh-CN': {
    what: 'shareProcessNamespace: true —— 容器共享一个 PID 命名空间。Pod 的 pause 进程是 1 号进程；每个容器都能看到 Pod 内所有进程（ps），能给同一用户（或有 CAP_KILL）的进程发信号，还能通过 /proc/PID/root 读取另一个容器的文件。',
    why: '这样 sidecar 可以让主应用重新加载（发 SIGHUP），调试容器可以直接查看主应用，pause 进程也能回收僵尸进程。但隔离也变弱了：命令行和环境变量里的密码能被读到，期望自己是 1 号进程的应用也不再是了。',
    analogy:
      '把房门全拆掉的大开间：谁在干什么一目了然，还能拍拍任何人的肩膀。住在 1 号房的管家（pause）负责收拾已经离开的客人留下的摊子（僵尸进程）。',
    fix: '只有某个容器确实需要另一个容器的进程时才共享 PID 命名空间；临时看一眼，用带 --target 的 kubectl debug 就够了。发信号要按进程名或真实 PID（pkill -HUP nginx），不要用 `kill -HUP 1`。',
    notes: [
      {
        title: '陷阱：僵尸进程',
        text: '僵尸进程是已经结束、但父进程没有回收的子进程，它仍然占着 PID。积累多了会耗尽 Pod 的 PID 上限，之后任何 fork 都会失败。共享 PID 命名空间时由 pause 回收孤儿进程；不共享时，入口进程必须自己回收（可以用 tini 这样的小型 init）。',
      },
      {
        title: '慎用 kill -HUP 1',
        text: '共享 PID 命名空间后，1 号进程是 pause，而不是你的应用：`kill -HUP 1` 不会再让应用重新加载。先用 ps 或 pgrep 找到真实的 PID。',
      },
    ],
  },
  commands: (s) => {
    const a = live(s);
    return [
      ...few(liveFocus(s)).map((c) =>
        cmd(
          L(
            `Every process of the pod, seen from ${c} (STAT Z marks a zombie)`,
            `从 ${c} 看到 Pod 里的所有进程（STAT 为 Z 的是僵尸进程）`,
          ),
          exec(s, c, ['ps', '-o', 'pid,ppid,stat,comm']),
        ),
      ),
      cmd(
        L('Who is PID 1: the pause process', '谁是 1 号进程：pause'),
        exec(s, a, ['cat', '/proc/1/cmdline']),
      ),
    ];
  },
};

export const pidHost: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  en: {
    what: 'hostPID: true — the containers join the node’s PID namespace: they see every process on the node, including the kubelet, the container runtime and other pods’ containers.',
    why: 'Command lines and environments of other workloads become readable through /proc, and processes of the same user can be signalled or traced. A compromised container can stop node services. The baseline Pod Security Standard forbids it.',
    analogy: 'A window into every flat of the building, and a key that lets you knock on any door.',
    fix: 'Remove hostPID unless the pod is a node-level monitoring or debugging agent. For a one-off look at a node, use kubectl debug node/NAME instead of a permanent hostPID pod.',
  },
  'zh-CN': {
    what: 'hostPID: true —— 容器加入节点的 PID 命名空间：能看到节点上的所有进程，包括 kubelet、容器运行时以及其他 Pod 的容器。',
    why: '其他工作负载的命令行和环境变量可以通过 /proc 读到，同一用户的进程可以被发信号或跟踪。被攻破的容器能停掉节点服务。Pod 安全标准的 baseline 级别禁止这样做。',
    analogy: '一扇能看进整栋楼每一户的窗户，外加一把能敲响任何一扇门的钥匙。',
    fix: '除非是节点级的监控或调试 Agent，否则去掉 hostPID。临时排查节点问题，用 kubectl debug node/节点名，而不是长期运行一个 hostPID 的 Pod。',
  },
  commands: (s) => {
    const a = live(s);
    return [
      cmd(
        L(`Every process on the node, seen from ${a}`, `从 ${a} 看到的节点上所有进程`),
        exec(s, a, ['ps', '-o', 'pid,user,comm']),
      ),
      cmd(L('The node the pod runs on', 'Pod 所在的节点'), podField(s, '{.spec.nodeName}')),
    ];
  },
};
