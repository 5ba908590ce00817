import { isObj, list } from '../model/values';
import type { PodRule } from './types';

// What the Pod Security Standards' baseline profile lets a container add; anything else is
// beyond a runtime's default set and widens what a compromised process can do to the node.
const BASELINE = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);
const EXPLAINED = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'NET_RAW',
  'BPF',
  'DAC_READ_SEARCH',
  'SYS_RAWIO',
]);

// Runtimes upper-case the name and prepend CAP_ themselves.
const normalize = (cap: string): string => cap.trim().toUpperCase().replace(/^CAP_/, '');

/** Capabilities added beyond the baseline set (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL, …). */
export const rule: PodRule = {
  id: 'dangerous-capabilities',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
  summary:
    'A container adds Linux capabilities beyond the baseline set, such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or ALL.',
  messages: {
    ALL: 'container {container} adds ALL capabilities: that is nearly privileged (mount, load kernel modules, trace any process), enough to take over the node',
    SYS_ADMIN:
      'container {container} adds {capability}: it can mount filesystems, use namespaces and many kernel admin calls, a common path to escaping to the node',
    NET_ADMIN:
      'container {container} adds {capability}: it can rewrite the pod’s interfaces, routes and iptables rules, bypassing a service mesh or sniffing and redirecting the other containers’ traffic',
    SYS_PTRACE:
      'container {container} adds {capability}: it can trace and inject into other processes it can see (all containers of the pod with shareProcessNamespace, all node processes with hostPID) and read their memory and secrets',
    SYS_MODULE:
      'container {container} adds {capability}: it can load kernel modules into the node’s kernel, i.e. take over the node',
    NET_RAW:
      'container {container} adds {capability}: it can craft raw packets (ARP and DNS spoofing against neighbours on the node network)',
    BPF: 'container {container} adds {capability}: it can load eBPF programs that observe or change the whole node’s kernel behaviour',
    DAC_READ_SEARCH:
      'container {container} adds {capability}: it bypasses file read permissions and can open files by handle, escaping mounted directories to read the node’s filesystem',
    SYS_RAWIO:
      'container {container} adds {capability}: it can do raw I/O on devices and kernel memory ports',
    default:
      'container {container} adds {capability}, which is beyond the baseline set of the Pod Security Standards: it gives a compromised process more power over the node',
  },
  fix: 'Drop the capability, or add only the narrow one the process needs; start from drop: [ALL] and add back what is required (e.g. NET_BIND_SERVICE).',
  check({ model, report }) {
    for (const container of model.containers) {
      const security = container.raw.securityContext;
      const caps =
        isObj(security) && isObj(security.capabilities) ? list(security.capabilities.add) : [];
      caps.forEach((cap, index) => {
        if (typeof cap !== 'string') return;
        const name = normalize(cap);
        if (BASELINE.has(name)) return;
        report({
          path: [...container.path, 'securityContext', 'capabilities', 'add', index],
          messageId: EXPLAINED.has(name) ? name : 'default',
          params: { container: container.name, capability: cap },
          containers: [container.name],
        });
      });
    }
  },
};
