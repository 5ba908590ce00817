// 简体中文: shared and host namespaces, hostPath, privileges and capabilities.
import type { RuleTranslations } from '../types';
import { lists } from './details';

const ESCALATE =
  '所以 no_new_privs 没有开启，镜像里的 setuid 程序或带文件 capability 的程序可以提升进程的权限（restricted Pod 安全标准要求设为 false）';

export const ISOLATION: RuleTranslations = {
  'shared-pid-with-host-pid': {
    summary: 'shareProcessNamespace 和 hostPID 同时为 true。',
    fix: '二选一：hostPID: true 用来查看节点上的进程（很少需要），shareProcessNamespace: true 用来查看其他容器的进程。',
    messages: {
      default:
        'shareProcessNamespace 和 hostPID 不能同时启用：hostPID 已经让所有容器进入节点的 PID 命名空间，也就没有可供共享的 Pod 级 PID 命名空间了',
    },
  },
  'shared-process-namespace': {
    summary: '容器共享同一个 PID 命名空间：进程、信号和 /proc/<pid>/root 在容器之间互相可见。',
    fix: '只有当某个容器确实需要查看另一个容器或给它发信号时（调试、负责重载配置的 sidecar）才保留 shareProcessNamespace；否则去掉它。',
    messages: {
      default:
        'shareProcessNamespace 为 true：每个容器都能看到其他容器的进程，能给它们发信号（同一用户或拥有 CAP_KILL），还能通过 /proc/<pid>/root 读取它们的文件；pause 进程成为 PID 1 并负责回收僵尸进程，所以原本期望自己是 PID 1 的应用就不再是了',
    },
  },
  'host-network': {
    summary: 'Pod 使用节点的网络命名空间。',
    fix: '除非 Pod 是节点基础设施（CNI 或节点代理），否则去掉 hostNetwork；改用 Service 暴露端口。',
    messages: {
      default:
        'hostNetwork 为 true：容器使用节点的网络（以及 UTS）命名空间，因此能看到节点的所有网卡，能访问绑定在节点 localhost 上的服务，会和节点上的守护进程以及其他 hostNetwork Pod 抢端口，NetworkPolicy 也隔离不了它们',
    },
  },
  'host-pid': {
    summary: 'Pod 使用节点的 PID 命名空间。',
    fix: '除非 Pod 是确实需要它的节点级监控或调试代理，否则去掉 hostPID。',
    messages: {
      default:
        'hostPID 为 true：容器能看到节点上的每个进程（包括其他 Pod 的容器），能通过 /proc 读取它们的命令行和环境变量，还能给以相同用户运行的进程发信号或 ptrace 它们',
    },
  },
  'host-ipc': {
    summary: 'Pod 使用节点的 IPC 命名空间。',
    fix: '去掉 hostIPC；同一个 Pod 里的容器本来就共享一个 IPC 命名空间。',
    messages: {
      default:
        'hostIPC 为 true：容器与节点以及其他所有 hostIPC Pod 共享 System V IPC 对象和 POSIX 共享内存，因此能读取或破坏不属于自己的共享内存段',
    },
  },
  'host-network-dns': {
    summary:
      '使用 hostNetwork 且 dnsPolicy 为 ClusterFirst 的 Pod 会退回使用节点的解析器，解析不了 Service 名称。',
    fix: '设置 dnsPolicy: ClusterFirstWithHostNet（如果 Pod 确实要用节点的解析器，就设 dnsPolicy: Default）。',
    messages: {
      default:
        '启用 hostNetwork 时 dnsPolicy 为 ClusterFirst：kubelet 会退回使用节点的 resolv.conf（相当于 Default 策略），集群里的 Service 名称解析不了；请用 ClusterFirstWithHostNet',
      defaulted:
        '启用了 hostNetwork 却没有设置 dnsPolicy：它默认为 ClusterFirst，对 hostNetwork Pod 来说会退回使用节点的 resolv.conf（相当于 Default 策略），集群里的 Service 名称解析不了；请设置 dnsPolicy: ClusterFirstWithHostNet',
    },
  },
  'host-path-volume': {
    summary: 'hostPath 卷挂载了节点上的路径；敏感路径和可写挂载会被特别指出。',
    fix: '优先用 Secret、ConfigMap、emptyDir 或 PVC；节点代理确实需要主机路径时，只挂载尽量小的路径，设为只读，并指定 hostPath 的 type（File、Directory、Socket）。',
    messages: {
      default:
        'hostPath 卷 {volume} 挂载了节点的 {path}：Pod 从此依赖每个节点在这个路径下有什么，换到别的节点上看到的文件也不一样',
      writable:
        'hostPath 卷 {volume} 以可写方式挂载了节点的 {path}（在 {writers} 中）：写到那里的文件比 Pod 活得更久，会与节点上用这个路径的其他任何东西共享，而且不受任何 Pod limit 约束',
      sensitive:
        'hostPath 卷 {volume} 暴露了节点的 {path}：即使只读，容器也能在那里读到节点配置、凭据或其他 Pod 的数据',
      sensitiveWritable:
        'hostPath 卷 {volume} 以可写方式挂载了节点的 {path}（在 {writers} 中）：容器可以修改节点本身（配置、可执行文件、内核参数或其他 Pod 的数据），进而接管整个节点',
      runtime:
        'hostPath 卷 {volume} 挂载了容器运行时的端点 {path}：谁能连上它，谁就能在节点上启动特权容器，也就等于拿到了节点的 root（readOnly 挡不住对 socket 的连接）',
    },
    params: lists('writers'),
  },
  'privileged-container': {
    summary:
      '容器以特权模式运行：拥有全部 capabilities 和所有主机设备，不受 seccomp 或 AppArmor 约束。',
    fix: '去掉 privileged: true，只添加进程真正需要的 capabilities（securityContext.capabilities.add）。',
    messages: {
      default:
        '容器 {container} 以特权模式运行：它拥有节点的全部 capabilities 和所有设备，seccomp/AppArmor 约束也被关掉，里面的进程可以接管节点',
      ephemeral:
        '临时容器 {container} 以特权模式运行：调试期间它拥有节点的全部 capabilities 和所有设备，用它的人可以接管节点',
    },
  },
  'dangerous-capabilities': {
    summary:
      '容器添加了超出基线集合的 Linux capabilities，例如 SYS_ADMIN、NET_ADMIN、SYS_PTRACE 或 ALL。',
    fix: '去掉这个 capability，或者只添加进程需要的那一项；从 drop: [ALL] 开始，再按需加回（例如 NET_BIND_SERVICE）。',
    messages: {
      ALL: '容器 {container} 添加了 ALL capabilities：这几乎等于特权模式（挂载文件系统、加载内核模块、跟踪任意进程），足以接管节点',
      SYS_ADMIN:
        '容器 {container} 添加了 {capability}：它能挂载文件系统、使用命名空间和许多内核管理调用，这是逃逸到节点的常见途径',
      NET_ADMIN:
        '容器 {container} 添加了 {capability}：它能改写 Pod 的网卡、路由和 iptables 规则，绕过服务网格，或者嗅探、重定向其他容器的流量',
      SYS_PTRACE:
        '容器 {container} 添加了 {capability}：它能跟踪它看得到的其他进程并向其注入代码（启用 shareProcessNamespace 时是 Pod 里的所有容器，启用 hostPID 时是节点上的所有进程），读取它们的内存和密钥',
      SYS_MODULE:
        '容器 {container} 添加了 {capability}：它能往节点内核里加载内核模块，也就是接管节点',
      NET_RAW:
        '容器 {container} 添加了 {capability}：它能构造原始数据包（对节点网络上的邻居做 ARP 和 DNS 欺骗）',
      BPF: '容器 {container} 添加了 {capability}：它能加载 eBPF 程序，观察或改变整个节点内核的行为',
      DAC_READ_SEARCH:
        '容器 {container} 添加了 {capability}：它能绕过文件的读权限，还能按文件句柄打开文件，从而跳出挂载的目录读取节点的文件系统',
      SYS_RAWIO: '容器 {container} 添加了 {capability}：它能对设备和内核内存端口做原始 I/O',
      default:
        '容器 {container} 添加了 {capability}，超出了 Pod 安全标准的基线集合：进程一旦被攻破，对节点的控制力就更大',
    },
  },
  'privilege-escalation': {
    summary: '容器没有设置 allowPrivilegeEscalation: false。',
    fix: '设置 securityContext.allowPrivilegeEscalation: false（它不能与 privileged: true 或 CAP_SYS_ADMIN 同时使用）。',
    messages: {
      unset: `容器 {container} 没有设置 allowPrivilegeEscalation: false，${ESCALATE}`,
      explicit: `容器 {container} 设置了 allowPrivilegeEscalation: true，${ESCALATE}`,
    },
  },
};
