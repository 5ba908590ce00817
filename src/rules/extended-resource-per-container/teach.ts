import { exec } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { shellQuote } from '../../teach/shell';

export const lesson: RuleLesson = {
  en: {
    what: 'GPUs and other extended resources are advertised by a device plugin and handed as whole units to one container; the request must equal the limit and nothing is overcommitted.',
    why: 'The other containers of the pod cannot use the device, even though they share the pod’s network and volumes: two containers cannot split one GPU by their requests.',
    analogy:
      'A parking space assigned to one flatmate’s car: the others may not park there, even when it is empty.',
  },
  'zh-CN': {
    what: 'GPU 等扩展资源由设备插件上报，以整数单位分配给某一个容器；request 必须等于 limit，不允许超卖。',
    why: 'Pod 里的其他容器用不了这个设备，尽管它们共享 Pod 的网络和卷：两个容器无法通过 requests 分用一块 GPU。',
    analogy: '分配给某个室友的车位：即使空着，其他人也不能停。',
  },
  commands: (s) => {
    const r = s.extended[0] ?? 'nvidia.com/gpu';
    const column = `custom-columns=NODE:.metadata.name,ALLOCATABLE:.status.allocatable.${r.replaceAll('.', '\\.')}`;
    return [
      cmd(
        L(`How many ${r} each node offers`, `每个节点能提供多少 ${r}`),
        `kubectl get nodes -o ${shellQuote(column)}`,
      ),
      cmd(
        L(`The GPU as ${live(s)} sees it`, `${live(s)} 看到的 GPU`),
        exec(s, live(s), ['nvidia-smi']),
      ),
    ];
  },
};
