import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { showStatus } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'Linux capabilities split root’s powers into pieces. Container runtimes grant a small default set; SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, BPF or ALL add powers over the kernel, the network or other processes.',
    why: 'Each is a known path from a compromised container to the node or to its neighbours: mounting filesystems, rewriting the pod’s traffic, reading other processes’ memory, loading kernel code.',
    analogy: 'Handing a flatmate the keys to the fuse box, the phone lines or everyone’s post.',
  },
  'zh-CN': {
    what: 'Linux 权能把 root 的权力拆成了很多份。容器运行时默认只给一小组；SYS_ADMIN、NET_ADMIN、SYS_PTRACE、SYS_MODULE、BPF 或 ALL 则额外授予了操控内核、网络或其他进程的能力。',
    why: '每一项都是从被攻破的容器通往节点或邻居的已知路径：挂载文件系统、篡改 Pod 的流量、读取其他进程的内存、加载内核代码。',
    analogy: '把配电箱、电话线路或者所有人信箱的钥匙交给了一个室友。',
  },
  commands: (s) => {
    const c = live(s);
    return [
      cmd(
        L(
          `The capability sets a process started in ${c} gets, as bit masks`,
          `在 ${c} 里启动的进程拿到的权能集合（位掩码）`,
        ),
        showStatus(s, c, 'Cap'),
      ),
      cmd(
        L('What each container adds and drops', '每个容器添加和去掉的权能'),
        podField(
          s,
          '{range .spec.containers[*]}{.name}{": "}{.securityContext.capabilities}{"\\n"}{end}',
        ),
      ),
    ];
  },
};
