import type { RuleLesson } from '../../teach/lesson';
import { verdict } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'hostIP chooses which of the node’s addresses a hostPort is bound to. Without a hostPort nothing is bound on the node, so hostIP does nothing.',
    why: 'Whatever was meant — publishing the port on one node address — silently does not happen; the API server only warns.',
    analogy:
      'Choosing which of the building’s entrances your buzzer should appear at, without ordering a buzzer.',
  },
  'zh-CN': {
    what: 'hostIP 用来选择 hostPort 绑定在节点的哪个地址上。没有 hostPort，节点上什么也不会绑定，hostIP 也就毫无作用。',
    why: '本来想做的事——在节点的某个地址上发布端口——悄无声息地没有发生；API Server 只给出警告。',
    analogy: '选好了门铃装在大楼的哪个入口，却根本没订门铃。',
  },
  commands: (s) => [verdict(s)],
};
