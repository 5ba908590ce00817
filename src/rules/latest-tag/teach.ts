import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'An image without a tag means :latest, and latest is a moving label: it points at whatever was pushed last. For such images imagePullPolicy defaults to Always.',
    why: 'Replicas started at different times or on different nodes can run different builds; a rollback redeploys the same tag and changes nothing; every start depends on the registry being reachable.',
    analogy:
      'Ordering “whatever sofa the shop has this week”: each flat in the building ends up with a different one.',
  },
  'zh-CN': {
    what: '不带标签的镜像就是 :latest，而 latest 是一个会移动的标签：它指向最后一次推送的内容。这类镜像的 imagePullPolicy 默认为 Always。',
    why: '不同时间、不同节点上启动的副本可能跑着不同的构建；回滚时重新部署的还是同一个标签，什么也没变；每次启动都依赖镜像仓库可访问。',
    analogy: '家具订单上写着“店里这周有什么沙发就送什么”：楼里每户收到的都不一样。',
  },
  commands: (s) => [
    cmd(
      L('The exact image digest each container is running', '每个容器实际运行的镜像 digest'),
      podField(s, '{range .status.containerStatuses[*]}{.name}{"\\t"}{.imageID}{"\\n"}{end}'),
    ),
  ],
};
