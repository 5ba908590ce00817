import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { listIpcFromDebug, listMessageQueues, listSharedMemory } from '../../teach/probes';

// The graph's element for the host IPC namespace is what this rule is about: the
// inspector teaches this lesson for both (app/teach/topics/).
export const lesson: RuleLesson = {
  en: {
    what: 'hostIPC: true — the containers join the node’s IPC namespace: the System V shared memory, semaphores and message queues of node daemons and of every other hostIPC pod.',
    why: 'A container can read, attach to or destroy shared memory that belongs to other workloads, and its own leaks fill the node. The baseline Pod Security Standard forbids it.',
    analogy:
      'The whiteboard moves from your living room to the building’s lobby: any tenant can read your notes, wipe them or scribble over them.',
  },
  'zh-CN': {
    what: 'hostIPC: true —— 容器加入节点的 IPC 命名空间：能看到节点守护进程以及所有其他 hostIPC Pod 的 System V 共享内存、信号量和消息队列。',
    why: '容器可以读取、挂接甚至删除属于其他工作负载的共享内存，它自己泄漏的共享内存也会占满节点。Pod 安全标准的 baseline 级别禁止这样做。',
    analogy: '白板从自家客厅搬到了整栋楼的大堂：任何住户都能看你的便签、擦掉或者乱涂。',
  },
  commands: (s) => {
    const a = live(s);
    return [
      cmd(
        L(`The node’s shared memory segments, seen from ${a}`, `从 ${a} 看到的节点共享内存段`),
        listSharedMemory(s, a),
      ),
      cmd(L('The node’s message queues', '节点上的消息队列'), listMessageQueues(s, a)),
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
