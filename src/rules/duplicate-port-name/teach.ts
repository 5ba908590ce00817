import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Within one container, each port name must be unique: Services (targetPort: http) and probes (port: http) select ports by name.',
    why: 'A name that stands for two ports would be ambiguous, so the API server rejects the pod (Duplicate value).',
    analogy:
      'Two intercom extensions in one room with the same name: the caller cannot say which one to ring.',
  },
  'zh-CN': {
    what: '同一个容器里，每个端口名必须唯一：Service（targetPort: http）和探针（port: http）都是按名字选端口的。',
    why: '一个名字对应两个端口就会产生歧义，所以 API Server 会拒绝这个 Pod（Duplicate value）。',
    analogy: '同一个房间里两部分机叫同一个名字：打电话的人说不清要找哪一部。',
  },
  commands: rejected('containers.ports'),
};
