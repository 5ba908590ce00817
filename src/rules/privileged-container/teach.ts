import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { listDevices, showStatus } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'privileged: true gives the container every Linux capability and every device of the node, and turns off seccomp and AppArmor confinement.',
    why: 'A process in it can mount the node’s disk, load kernel modules and take over the node; only a few node agents ever need this.',
    analogy: 'A master key to the whole building, handed to one flatmate.',
  },
  'zh-CN': {
    what: 'privileged: true 让容器拥有全部 Linux 权能和节点的所有设备，并关闭 seccomp 和 AppArmor 限制。',
    why: '其中的进程可以挂载节点磁盘、加载内核模块、接管整个节点；只有极少数节点 Agent 真正需要它。',
    analogy: '把整栋楼的万能钥匙交给了一个室友。',
  },
  commands: (s) => {
    const c = live(s);
    return [
      cmd(L(`The node’s devices, visible in ${c}`, `${c} 里能看到节点的设备`), listDevices(s, c)),
      cmd(
        L(
          `The capability sets a process in ${c} gets (CapEff all ones = everything)`,
          `${c} 里的进程拿到的权能集合（CapEff 全为 1 表示拥有全部权能）`,
        ),
        showStatus(s, c, 'Cap'),
      ),
    ];
  },
};
