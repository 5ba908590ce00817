import type { RuleLesson } from '../../teach/lesson';
import { cgroupLimit } from '../../teach/ruleCommands';
import { verdict } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'In a quantity, m means thousandths. Memory measured in m is a fraction of a byte: 512m is half a byte, not 512 mebibytes.',
    why: 'Kubernetes rounds the value up to whole bytes, so the container gets a limit or request of a few bytes: it cannot start, or the reservation is meaningless. The API server only warns.',
    analogy:
      'Asking for 512 thousandths of a cupboard when you meant 512 cupboards’ worth of space.',
  },
  'zh-CN': {
    what: '在 quantity 里，m 表示千分之一。用 m 表示的内存是零点几个字节：512m 是半个字节，而不是 512 MiB。',
    why: 'Kubernetes 会向上取整到整字节，容器拿到的限制（limit）或请求（request）只有几个字节：要么根本起不来，要么预留毫无意义。API Server 只给出警告。',
    analogy: '本想要 512 个柜子的空间，却写成了千分之五百一十二个柜子。',
  },
  commands: (s) => [verdict(s), cgroupLimit(s, 'memory.max')],
};
