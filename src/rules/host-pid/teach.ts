import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { listProcesses, listProcessesFromDebug } from '../../teach/probes';

// The graph's element for the host PID namespace is what this rule is about: the
// inspector teaches this lesson for both (app/teach/topics/).
export const lesson: RuleLesson = {
  en: {
    what: 'hostPID: true — the containers join the node’s PID namespace: they see every process on the node, including the kubelet, the container runtime and other pods’ containers.',
    why: 'Command lines and environments of other workloads become readable through /proc, and processes of the same user can be signalled or traced. A compromised container can stop node services. The baseline Pod Security Standard forbids it.',
    analogy: 'A window into every flat of the building, and a key that lets you knock on any door.',
  },
  'zh-CN': {
    what: 'hostPID: true —— 容器加入节点的 PID 命名空间：能看到节点上的所有进程，包括 kubelet、容器运行时以及其他 Pod 的容器。',
    why: '其他工作负载的命令行和环境变量可以通过 /proc 读到，同一用户的进程可以被发信号或跟踪。被攻破的容器能停掉节点服务。Pod 安全标准的 baseline 级别禁止这样做。',
    analogy: '一扇能看进整栋楼每一户的窗户，外加一把能敲响任何一扇门的钥匙。',
  },
  commands: (s) => {
    const a = live(s);
    return [
      cmd(
        L(`Every process on the node, seen from ${a}`, `从 ${a} 看到的节点上所有进程`),
        listProcesses(s, a),
      ),
      cmd(
        L(
          `The same list from a debug container next to ${a} (for images without ps)`,
          `镜像里没有 ps 时，在 ${a} 旁边用调试容器查看同样的进程列表`,
        ),
        listProcessesFromDebug(s, a),
      ),
      cmd(L('The node the pod runs on', 'Pod 所在的节点'), podField(s, '{.spec.nodeName}')),
    ];
  },
};
