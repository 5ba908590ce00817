import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'dangerous-capabilities',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
  summary:
    'A container adds Linux capabilities beyond the baseline set, such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or ALL.',
  messages: {
    ALL: 'container {container} adds ALL capabilities: that is nearly privileged (mount, load kernel modules, trace any process), enough to take over the node',
    SYS_ADMIN:
      'container {container} adds {cap}: it can mount filesystems, use namespaces and many kernel admin calls, a common path to escaping to the node',
    NET_ADMIN:
      'container {container} adds {cap}: it can rewrite the pod’s interfaces, routes and iptables rules, bypassing a service mesh or sniffing and redirecting the other containers’ traffic',
    SYS_PTRACE:
      'container {container} adds {cap}: it can trace and inject into other processes it can see (all containers of the pod with shareProcessNamespace, all node processes with hostPID) and read their memory and secrets',
    SYS_MODULE:
      'container {container} adds {cap}: it can load kernel modules into the node’s kernel, i.e. take over the node',
    NET_RAW:
      'container {container} adds {cap}: it can craft raw packets (ARP and DNS spoofing against neighbours on the node network)',
    BPF: 'container {container} adds {cap}: it can load eBPF programs that observe or change the whole node’s kernel behaviour',
    DAC_READ_SEARCH:
      'container {container} adds {cap}: it bypasses file read permissions and can open files by handle, escaping mounted directories to read the node’s filesystem',
    SYS_RAWIO:
      'container {container} adds {cap}: it can do raw I/O on devices and kernel memory ports',
    default:
      'container {container} adds {cap}, which is beyond the baseline set of the Pod Security Standards: it gives a compromised process more power over the node',
  },
  fix: 'Start from drop: [ALL] and add back only the narrow capability the process needs (NET_BIND_SERVICE to bind a port below 1024 where the pod’s net.ipv4.ip_unprivileged_port_start is still 1024, for instance).',
} satisfies RuleFolderMeta;
