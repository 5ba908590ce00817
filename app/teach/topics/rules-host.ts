// Rules about the wall between pod and node: host namespaces, host paths, privileges.
import { exec, podField } from '../kubectl';
import { cmd, L, live } from '../pick';
import { ipcHost, pidHost } from './process';
import { networkHost } from './network';
import { hostPathVolume } from './volumes-storage';
import type { RuleTopic } from './verdict';

const from = (t: RuleTopic): RuleTopic => ({ en: t.en, 'zh-CN': t['zh-CN'], commands: t.commands });

export const hostRules: Readonly<Record<string, RuleTopic>> = {
  'host-network': from(networkHost),
  'host-pid': from(pidHost),
  'host-ipc': from(ipcHost),
  'host-path-volume': from(hostPathVolume),
  'host-network-dns': {
    en: {
      what: 'A hostNetwork pod with dnsPolicy ClusterFirst (the default) does not get the cluster’s DNS: the kubelet falls back to the node’s own resolv.conf.',
      why: 'Service names such as my-db.default.svc do not resolve from the pod, while external names still do — a confusing half-working state.',
      analogy:
        'Using the building’s switchboard, you lose the flat’s own address book: calls to the outside work, calls to the neighbours do not.',
      fix: 'Set dnsPolicy: ClusterFirstWithHostNet, or dnsPolicy: Default if the pod really wants only the node’s resolver.',
    },
    'zh-CN': {
      what: 'dnsPolicy 为 ClusterFirst（默认值）的 hostNetwork Pod 用不上集群 DNS：kubelet 会退回使用节点自己的 resolv.conf。',
      why: 'Pod 里解析不了 my-db.default.svc 这样的 Service 名称，外部域名却还能解析——一种让人困惑的“半好半坏”状态。',
      analogy: '改用大楼总机后，自家的通讯录没了：打外线没问题，找邻居却打不通。',
      fix: '设置 dnsPolicy: ClusterFirstWithHostNet；如果 Pod 确实只想用节点的解析器，就设置 dnsPolicy: Default。',
    },
    commands: (s) => {
      const c = live(s);
      return [
        cmd(
          L(`The resolver ${c} uses: the node’s`, `${c} 使用的 DNS 配置：是节点的`),
          exec(s, c, ['cat', '/etc/resolv.conf']),
        ),
        cmd(
          L(
            'A Service name that should resolve, and does not',
            '本应能解析、却解析不了的 Service 名称',
          ),
          exec(s, c, ['nslookup', 'kubernetes.default.svc']),
        ),
      ];
    },
  },
  'privileged-container': {
    en: {
      what: 'privileged: true gives the container every Linux capability and every device of the node, and turns off seccomp and AppArmor confinement.',
      why: 'A process in it can mount the node’s disk, load kernel modules and take over the node; only a few node agents ever need this.',
      analogy: 'A master key to the whole building, handed to one flatmate.',
      fix: 'Remove privileged: true and add only the capabilities the process needs (securityContext.capabilities.add), starting from drop: [ALL].',
    },
    'zh-CN': {
      what: 'privileged: true 让容器拥有全部 Linux 权能和节点的所有设备，并关闭 seccomp 和 AppArmor 限制。',
      why: '其中的进程可以挂载节点磁盘、加载内核模块、接管整个节点；只有极少数节点 Agent 真正需要它。',
      analogy: '把整栋楼的万能钥匙交给了一个室友。',
      fix: '删掉 privileged: true，从 drop: [ALL] 开始，只添加进程需要的权能（securityContext.capabilities.add）。',
    },
    commands: (s) => {
      const c = live(s);
      return [
        cmd(
          L(`The node’s devices, visible in ${c}`, `${c} 里能看到节点的设备`),
          exec(s, c, ['ls', '/dev']),
        ),
        cmd(
          L(
            `${c}’s capability sets (CapEff all ones = everything)`,
            `${c} 的权能集合（CapEff 全为 1 表示拥有全部权能）`,
          ),
          exec(s, c, ['grep', 'Cap', '/proc/1/status']),
        ),
      ];
    },
  },
  'dangerous-capabilities': {
    en: {
      what: 'Linux capabilities split root’s powers into pieces. Container runtimes grant a small default set; SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, BPF or ALL add powers over the kernel, the network or other processes.',
      why: 'Each is a known path from a compromised container to the node or to its neighbours: mounting filesystems, rewriting the pod’s traffic, reading other processes’ memory, loading kernel code.',
      analogy: 'Handing a flatmate the keys to the fuse box, the phone lines or everyone’s post.',
      fix: 'Start from drop: [ALL] and add back only the narrow capability the process needs (NET_BIND_SERVICE to bind a low port, for instance).',
    },
    'zh-CN': {
      what: 'Linux 权能把 root 的权力拆成了很多份。容器运行时默认只给一小组；SYS_ADMIN、NET_ADMIN、SYS_PTRACE、SYS_MODULE、BPF 或 ALL 则额外授予了操控内核、网络或其他进程的能力。',
      why: '每一项都是从被攻破的容器通往节点或邻居的已知路径：挂载文件系统、篡改 Pod 的流量、读取其他进程的内存、加载内核代码。',
      analogy: '把配电箱、电话线路或者所有人信箱的钥匙交给了一个室友。',
      fix: '从 drop: [ALL] 开始，只加回进程确实需要的那一项权能（比如绑定低端口用 NET_BIND_SERVICE）。',
    },
    commands: (s) => {
      const c = live(s);
      return [
        cmd(
          L(`${c}’s capability sets, as bit masks`, `${c} 的权能集合（位掩码）`),
          exec(s, c, ['grep', 'Cap', '/proc/1/status']),
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
  },
  'privilege-escalation': {
    en: {
      what: 'allowPrivilegeEscalation: false sets the kernel’s no_new_privs flag: a process can never gain more privileges than its parent, whatever setuid binaries or file capabilities the image contains.',
      why: 'Left unset, it stays on for most containers, so a setuid binary in the image can raise an attacker’s privileges; the restricted Pod Security Standard requires false.',
      analogy: 'A spare master key taped under the doormat: harmless until someone looks there.',
      fix: 'Set securityContext.allowPrivilegeEscalation: false on every container (it cannot be combined with privileged: true or CAP_SYS_ADMIN).',
    },
    'zh-CN': {
      what: 'allowPrivilegeEscalation: false 会设置内核的 no_new_privs 标志：无论镜像里有什么 setuid 程序或文件权能，进程都不可能获得比父进程更多的权限。',
      why: '不设置时，大多数容器里它是开着的，镜像里的 setuid 程序就可能帮攻击者提权；Pod 安全标准的 restricted 级别要求设为 false。',
      analogy: '门垫下面粘着一把备用万能钥匙：没人去翻之前都相安无事。',
      fix: '在每个容器上设置 securityContext.allowPrivilegeEscalation: false（它不能和 privileged: true 或 CAP_SYS_ADMIN 同时使用）。',
    },
    commands: (s) => {
      const c = live(s);
      return [
        cmd(
          L(
            `NoNewPrivs in ${c}: 1 when escalation is blocked`,
            `${c} 的 NoNewPrivs：为 1 表示已禁止提权`,
          ),
          exec(s, c, ['grep', 'NoNewPrivs', '/proc/1/status']),
        ),
      ];
    },
  },
};
