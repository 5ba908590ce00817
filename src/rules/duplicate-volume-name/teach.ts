import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Mounts refer to volumes by name, so every volume of a pod needs its own.',
    why: 'With two volumes of one name a mount could mean either, so the API server rejects the pod (Duplicate value).',
    analogy:
      'Two storage cupboards with the same label: nobody knows which one “cupboard B” means.',
  },
  'zh-CN': {
    what: '挂载是按名字引用卷的，所以 Pod 里每个卷都需要一个独有的名字。',
    why: '两个卷同名时，挂载无法确定指的是哪一个，所以 API Server 会拒绝这个 Pod（Duplicate value）。',
    analogy: '两个储物柜贴着同一个标签：没人知道“B 柜”指的是哪一个。',
  },
  commands: rejected('volumes'),
};
