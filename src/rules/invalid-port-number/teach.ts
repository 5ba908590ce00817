import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Port numbers run from 1 to 65535: containerPort, a hostPort (0 or unset means none) and a probe’s port alike.',
    why: 'The API server rejects anything else. Ports below 1024 are also privileged inside most images: a non-root process cannot bind them without the NET_BIND_SERVICE capability.',
    analogy: 'An extension number the telephone system does not have: calls to it go nowhere.',
  },
  'zh-CN': {
    what: '端口号范围是 1 到 65535：containerPort、hostPort（0 或不设置表示没有）以及探针的端口都一样。',
    why: 'API Server 会拒绝超出范围的值。另外在大多数镜像里，1024 以下的端口是特权端口：非 root 进程没有 NET_BIND_SERVICE 权能就绑定不了。',
    analogy: '电话系统里根本不存在的分机号：打过去哪儿也接不通。',
  },
  commands: rejected('containers.ports'),
};
