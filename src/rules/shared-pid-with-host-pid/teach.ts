import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'shareProcessNamespace gives the pod one PID namespace of its own; hostPID puts the containers into the node’s. The two exclude each other.',
    why: 'With hostPID there is no pod PID namespace left to share, so the API server rejects the pair.',
    analogy:
      'Asking for an open-plan flat and for a window into every flat of the building at once: the second makes the first meaningless.',
  },
  'zh-CN': {
    what: 'shareProcessNamespace 让 Pod 拥有一个自己的 PID 命名空间；hostPID 把容器放进节点的 PID 命名空间。两者互斥。',
    why: '用了 hostPID，就不存在可共享的 Pod PID 命名空间了，所以 API Server 会拒绝这种组合。',
    analogy:
      '同时要求打通自家的大开间，又要一扇能看进整栋楼每一户的窗户：有了后者，前者就没有意义了。',
  },
  commands: rejected('shareProcessNamespace'),
};
