import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Resource amounts are Kubernetes quantities: a number with an optional suffix — k, M, G (powers of 1000), Ki, Mi, Gi (powers of 1024) or m (thousandths, for CPU) — with no space and the exact case.',
    why: 'The API server cannot decode anything else (1KB, 1 Gi, 500mi) and rejects the object.',
    analogy: 'Writing “about a bucketful” on the meter reading card.',
  },
  'zh-CN': {
    what: '资源数量是 Kubernetes 的 quantity：一个数字加可选后缀——k、M、G（1000 的幂）、Ki、Mi、Gi（1024 的幂）或 m（千分之一，用于 CPU）——中间不能有空格，大小写必须准确。',
    why: 'API Server 解析不了其他写法（1KB、1 Gi、500mi），会拒绝整个对象。',
    analogy: '在抄表卡上写“大概一桶”。',
  },
  commands: rejected('containers.resources'),
};
