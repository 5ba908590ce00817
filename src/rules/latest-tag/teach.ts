import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'An image without a tag means :latest, and latest is a moving label: it points at whatever was pushed last. For such images imagePullPolicy defaults to Always.',
    why: 'Replicas started at different times or on different nodes can run different builds. A rollback (kubectl rollout undo) does restore the previous ReplicaSet, but its template names the same tag, which may now resolve to a different build, so the old code does not necessarily come back. Every start depends on the registry being reachable.',
    analogy:
      'Ordering “whatever sofa the shop has this week”: each flat in the building ends up with a different one.',
  },
  'zh-CN': {
    what: '不带镜像标签的镜像就是 :latest，而 latest 是一个会移动的镜像标签：它指向最后一次推送的内容。这类镜像的 imagePullPolicy 默认为 Always。',
    why: '不同时间、不同节点上启动的副本可能跑着不同的构建。回滚（kubectl rollout undo）确实会恢复之前的 ReplicaSet，但它的模板里写的还是同一个镜像标签，现在可能指向另一个构建，所以旧代码不一定能回来。每次启动都依赖镜像仓库可访问。',
    analogy: '家具订单上写着“店里这周有什么沙发就送什么”：楼里每户收到的都不一样。',
  },
  commands: (s) => [
    cmd(
      L('The exact image digest each container is running', '每个容器实际运行的镜像 digest'),
      podField(s, '{range .status.containerStatuses[*]}{.name}{"\\t"}{.imageID}{"\\n"}{end}'),
    ),
  ],
};
