import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Some fields must be there: at least one container, and each container’s name and image; a port’s containerPort; a volume’s name; a mount’s name and mountPath.',
    why: 'The API server answers “Required value” and creates nothing. For a Deployment the error shows only when the template is checked, so the rollout never starts.',
    analogy: 'A lease without the tenant’s name: it cannot be signed.',
  },
  'zh-CN': {
    what: '有些字段必须有：至少一个容器，每个容器要有 name 和 image；端口要有 containerPort；卷要有 name；挂载要有 name 和 mountPath。',
    why: 'API Server 返回 “Required value”，什么都不会创建。对 Deployment 来说，检查模板时才会报错，于是发布根本不会开始。',
    analogy: '一份没写租客姓名的租约：签不了。',
  },
  commands: rejected('containers'),
};
