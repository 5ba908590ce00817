import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'A container can have one mount at each path.',
    why: 'Two mounts at one path would hide one another, so the API server rejects the pod.',
    analogy: 'Hanging two doors in the same doorway.',
  },
  'zh-CN': {
    what: '同一个容器里，每个路径只能有一个挂载。',
    why: '同一路径上的两个挂载会互相遮挡，所以 API Server 会拒绝这个 Pod。',
    analogy: '在同一个门框里装两扇门。',
  },
  commands: rejected('containers.volumeMounts'),
};
