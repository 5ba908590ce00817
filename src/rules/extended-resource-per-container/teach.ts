import { nodeAllocatable } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { showGpus } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'GPUs and other extended resources are advertised by a device plugin and handed as whole units to one container; the request must equal the limit and nothing is overcommitted.',
    why: 'The other containers of the pod cannot use the device, even though they share the pod’s network and volumes: two containers cannot split one GPU by their requests.',
    analogy:
      'A parking space assigned to one flatmate’s car: the others may not park there, even when it is empty.',
  },
  'zh-CN': {
    what: 'GPU 等扩展资源由设备插件上报，以整数单位分配给某一个容器；请求（request）必须等于限制（limit），不允许超售。',
    why: 'Pod 里的其他容器用不了这个设备，尽管它们共享 Pod 的网络和卷：两个容器无法通过各自的请求分用一块 GPU。',
    analogy: '分配给某个室友的车位：即使空着，其他人也不能停。',
  },
  commands: (s) => {
    const r = s.extended[0] ?? 'nvidia.com/gpu';
    return [
      cmd(L(`How many ${r} each node offers`, `每个节点能提供多少 ${r}`), nodeAllocatable(r)),
      cmd(L(`The GPU as ${live(s)} sees it`, `${live(s)} 看到的 GPU`), showGpus(s, live(s))),
    ];
  },
};
