import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Port numbers run from 1 to 65535: containerPort, a hostPort (0 or unset means none) and a probe’s port alike.',
    why: 'The API server rejects anything else. Whether a non-root process may bind a port below 1024 is not a property of the image: the net.ipv4.ip_unprivileged_port_start sysctl of the pod’s network namespace decides. containerd 2.x sets it to 0 for pods, so any user may bind any port; where the runtime leaves the kernel default of 1024, the process needs the NET_BIND_SERVICE capability.',
    analogy: 'An extension number the telephone system does not have: calls to it go nowhere.',
  },
  'zh-CN': {
    what: '端口号范围是 1 到 65535：containerPort、hostPort（0 或不设置表示没有）以及探针的端口都一样。',
    why: 'API Server 会拒绝超出范围的值。非 root 进程能否绑定 1024 以下的端口，与镜像无关，而是由 Pod 网络命名空间里的 net.ipv4.ip_unprivileged_port_start 这个 sysctl 决定。containerd 2.x 会把 Pod 的这个值设为 0，任何用户都能绑定任何端口；如果运行时保留内核默认值 1024，进程就需要 NET_BIND_SERVICE 权能。',
    analogy: '电话系统里根本不存在的分机号：打过去哪儿也接不通。',
  },
  commands: rejected('containers.ports'),
};
