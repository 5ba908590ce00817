import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '容器添加了超出基线集合的 Linux 权能（capability），例如 SYS_ADMIN、NET_ADMIN、SYS_PTRACE 或 ALL。',
  fix: '从 drop: [ALL] 开始，只加回进程确实需要的那一项权能（比如 Pod 的 net.ipv4.ip_unprivileged_port_start 仍为 1024 时，要绑定 1024 以下的端口就用 NET_BIND_SERVICE）。',
  messages: {
    ALL: '容器 {container} 添加了 ALL（全部权能）：这几乎等于特权模式（挂载文件系统、加载内核模块、跟踪任意进程），足以接管节点',
    SYS_ADMIN:
      '容器 {container} 添加了权能 {cap}：它能挂载文件系统、使用命名空间和许多内核管理调用，这是逃逸到节点的常见途径',
    NET_ADMIN:
      '容器 {container} 添加了权能 {cap}：它能改写 Pod 的网卡、路由和 iptables 规则，绕过服务网格，或者嗅探、重定向其他容器的流量',
    SYS_PTRACE:
      '容器 {container} 添加了权能 {cap}：它能跟踪它看得到的其他进程并向其注入代码（启用 shareProcessNamespace 时是 Pod 里的所有容器，启用 hostPID 时是节点上的所有进程），读取它们的内存和密钥',
    SYS_MODULE: '容器 {container} 添加了权能 {cap}：它能往节点内核里加载内核模块，也就是接管节点',
    NET_RAW:
      '容器 {container} 添加了权能 {cap}：它能构造原始数据包（对节点网络上的邻居做 ARP 和 DNS 欺骗）',
    BPF: '容器 {container} 添加了权能 {cap}：它能加载 eBPF 程序，观察或改变整个节点内核的行为',
    DAC_READ_SEARCH:
      '容器 {container} 添加了权能 {cap}：它能绕过文件的读权限，还能按文件句柄打开文件，从而跳出挂载的目录读取节点的文件系统',
    SYS_RAWIO: '容器 {container} 添加了权能 {cap}：它能对设备和内核内存端口做原始 I/O',
    default:
      '容器 {container} 添加了权能 {cap}，超出了 Pod 安全标准的基线集合：进程一旦被攻破，对节点的控制力就更大',
  },
};
