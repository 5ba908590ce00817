import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { readOnlyCheck, seeMounts } from '../../teach/mounts';
import { cmd, L } from '../../teach/pick';

// The graph's element for a hostPath volume is what this rule is about: the
// inspector teaches this lesson for both (app/teach/topics/).
export const lesson: RuleLesson = {
  en: {
    what: 'A hostPath volume mounts a file or directory of the node itself. What the container sees depends on the node the pod lands on, and what it writes stays on that node after the pod is gone.',
    why: 'Node agents need it (the node’s logs, the container runtime socket), but it breaks the wall between pod and node: a writable mount can change the node, sensitive paths expose credentials and other pods’ data, and the baseline Pod Security Standard forbids it.',
    analogy: 'A door from your flat straight into the building’s basement and boiler room.',
  },
  'zh-CN': {
    what: 'hostPath 卷挂载的是节点本身的文件或目录。容器看到什么取决于 Pod 落在哪个节点，写进去的东西在 Pod 删除后仍留在那个节点上。',
    why: '节点 Agent 需要它（节点日志、容器运行时的 socket），但它打破了 Pod 与节点之间的隔离：可写的挂载能修改节点，敏感路径会暴露凭据和其他 Pod 的数据，Pod 安全标准的 baseline 级别也禁止它。',
    analogy: '一扇从自家屋里直通大楼地下室和锅炉房的暗门。',
  },
  commands: (s) => [
    cmd(
      L('The node whose files these are', '这些文件属于哪个节点'),
      podField(s, '{.spec.nodeName}'),
    ),
    ...seeMounts(s),
    readOnlyCheck(s),
  ],
};
