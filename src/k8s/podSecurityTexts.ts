// What each Pod Security Standards check forbids and how to fix it, in every language.
// Chinese follows kubernetes.io/zh-cn (Pod 安全标准, 权能（capability）, 命名空间, 卷) and, as every
// Chinese text of the page, leaves no English word outside field names and values.
import type { Lang } from '../i18n/lang';
import type { PodSecurityCheckId, PodSecurityLevel } from './podSecurity';

export interface PodSecurityCheckText {
  title: string;
  /** What fails and how to fix it, in one or two sentences. */
  explanation: string;
}

const EN: Record<PodSecurityCheckId, PodSecurityCheckText> = {
  appArmorProfile: {
    title: 'AppArmor profile',
    explanation:
      'The pod or a container turns AppArmor off (type Unconfined, or an annotation other than runtime/default or localhost/*). Remove it or use RuntimeDefault or a Localhost profile.',
  },
  capabilities_baseline: {
    title: 'Added capabilities',
    explanation:
      'A container adds a capability beyond the default set (for example NET_RAW, SYS_ADMIN or NET_ADMIN); names must be spelled exactly, in upper case without CAP_. Remove it from securityContext.capabilities.add.',
  },
  hostNamespaces: {
    title: 'Host namespaces',
    explanation:
      'The pod shares the node’s network, process or IPC namespace (hostNetwork, hostPID or hostIPC). Remove these fields or set them to false.',
  },
  hostPathVolumes: {
    title: 'hostPath volumes',
    explanation:
      'A hostPath volume mounts a directory of the node into the pod. Use a persistentVolumeClaim, emptyDir, configMap or secret volume instead.',
  },
  hostPorts: {
    title: 'Host ports',
    explanation:
      'A container binds a port on the node (hostPort, which hostNetwork also sets from containerPort). Remove hostPort and reach the pod through a Service.',
  },
  hostProbesAndHostLifecycle: {
    title: 'Host in probes and lifecycle hooks',
    explanation:
      'A probe or lifecycle hook sets httpGet.host or tcpSocket.host, so the kubelet connects to another address from the node (even localhost is forbidden). Remove host to use the pod’s IP.',
  },
  privileged: {
    title: 'Privileged containers',
    explanation:
      'A privileged container has nearly all the access of a process on the node. Remove securityContext.privileged or set it to false.',
  },
  procMount: {
    title: '/proc mount type',
    explanation:
      'A container unmasks /proc (procMount other than Default). Remove procMount; baseline allows it only in a user namespace (hostUsers: false).',
  },
  seLinuxOptions: {
    title: 'SELinux options',
    explanation:
      'The pod or a container sets an SELinux user or role, or a type other than container_t, container_init_t, container_kvm_t or container_engine_t. Remove them; set only the level if needed.',
  },
  seccompProfile_baseline: {
    title: 'Seccomp disabled',
    explanation:
      'The pod or a container sets a seccomp profile other than RuntimeDefault or Localhost, such as Unconfined. Use RuntimeDefault.',
  },
  sysctls: {
    title: 'Unsafe sysctls',
    explanation:
      'The pod sets a sysctl outside the safe set, which holds only a few namespaced ones such as net.ipv4.ip_local_port_range. Remove it, or tune the node instead.',
  },
  windowsHostProcess: {
    title: 'Windows HostProcess',
    explanation:
      'The pod or a container runs as a Windows HostProcess container, with full access to the node. Remove windowsOptions.hostProcess or set it to false.',
  },
  allowPrivilegeEscalation: {
    title: 'Privilege escalation',
    explanation:
      'A container does not set securityContext.allowPrivilegeEscalation: false, so setuid binaries can gain privileges. Set it to false in every container, init and sidecar containers included.',
  },
  capabilities_restricted: {
    title: 'Capabilities not dropped',
    explanation:
      'A container must drop "ALL" capabilities (exactly that spelling) and may add back only NET_BIND_SERVICE. Set securityContext.capabilities.drop: ["ALL"].',
  },
  procMount_restricted: {
    title: '/proc mount type (restricted)',
    explanation:
      'A container unmasks /proc; restricted forbids this even in a user namespace. Remove securityContext.procMount.',
  },
  restrictedVolumes: {
    title: 'Volume types',
    explanation:
      'A volume uses a type outside configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret. Reach other storage through a persistentVolumeClaim.',
  },
  runAsNonRoot: {
    title: 'Running as non-root',
    explanation:
      'The pod or a container does not require a non-root user. Set securityContext.runAsNonRoot: true on the pod, and do not set it to false in any container.',
  },
  runAsUser: {
    title: 'Running as root user',
    explanation:
      'The pod or a container sets runAsUser: 0 (root). Use a non-zero user ID, or leave runAsUser unset.',
  },
  seccompProfile_restricted: {
    title: 'Seccomp profile',
    explanation:
      'Every container needs a seccomp profile of type RuntimeDefault or Localhost. Set securityContext.seccompProfile.type: RuntimeDefault on the pod.',
  },
};

const ZH_CN: Record<PodSecurityCheckId, PodSecurityCheckText> = {
  appArmorProfile: {
    title: 'AppArmor 配置文件',
    explanation:
      'Pod 或容器关闭了 AppArmor（类型为不加约束，或注解不是 runtime/default 或 localhost/*）。请删除该设置，或使用 RuntimeDefault 或节点上的本地配置文件。',
  },
  capabilities_baseline: {
    title: '添加的权能（capability）',
    explanation:
      '容器添加了默认集合之外的权能（例如 NET_RAW、SYS_ADMIN 或 NET_ADMIN）；名称必须精确拼写，大写且不带 CAP_ 前缀。请从 securityContext.capabilities.add 中删除。',
  },
  hostNamespaces: {
    title: '主机命名空间',
    explanation:
      'Pod 共享节点的网络、进程或 IPC 命名空间（hostNetwork、hostPID 或 hostIPC）。请删除这些字段或设为 false。',
  },
  hostPathVolumes: {
    title: 'hostPath 卷',
    explanation:
      'hostPath 卷把节点上的目录挂载到 Pod 中。请改用 persistentVolumeClaim、emptyDir、configMap 或 secret 卷。',
  },
  hostPorts: {
    title: '主机端口',
    explanation:
      '容器绑定了节点上的端口（hostPort；启用 hostNetwork 时也会由 containerPort 设置）。请删除 hostPort，通过 Service 访问 Pod。',
  },
  hostProbesAndHostLifecycle: {
    title: '探针和生命周期回调中的主机地址',
    explanation:
      '探针或生命周期回调设置了 httpGet.host 或 tcpSocket.host，kubelet 会从节点连接到其他地址（localhost 也不允许）。请删除 httpGet.host 或 tcpSocket.host，使用 Pod 的 IP。',
  },
  privileged: {
    title: '特权容器',
    explanation:
      '特权容器几乎拥有节点上进程的全部访问权限。请删除 securityContext.privileged 或设为 false。',
  },
  procMount: {
    title: '/proc 挂载类型',
    explanation:
      '容器取消了 /proc 的屏蔽（procMount 不是默认值）。请删除 procMount；基线策略仅在用户命名空间中（hostUsers: false）允许这样做。',
  },
  seLinuxOptions: {
    title: 'SELinux 选项',
    explanation:
      'Pod 或容器设置了 seLinuxOptions.user 或 seLinuxOptions.role，或者 seLinuxOptions.type 不是 container_t、container_init_t、container_kvm_t 或 container_engine_t。请删除这些设置；如有需要只设置 seLinuxOptions.level。',
  },
  seccompProfile_baseline: {
    title: '系统调用过滤被关闭（seccompProfile）',
    explanation:
      'Pod 或容器的 seccompProfile.type 既不是 RuntimeDefault 也不是节点上的本地配置文件，例如不过滤系统调用的类型。请使用 RuntimeDefault。',
  },
  sysctls: {
    title: '不安全的内核参数（securityContext.sysctls）',
    explanation:
      'Pod 设置了安全集合之外的内核参数，安全集合只包含少数有命名空间隔离的参数，例如 net.ipv4.ip_local_port_range。请删除它，或改为调整节点。',
  },
  windowsHostProcess: {
    title: 'HostProcess 容器',
    explanation:
      'Pod 或容器以 HostProcess 容器运行（windowsOptions.hostProcess），拥有节点的全部访问权限。请删除 windowsOptions.hostProcess 或设为 false。',
  },
  allowPrivilegeEscalation: {
    title: '特权提升',
    explanation:
      '容器没有设置 securityContext.allowPrivilegeEscalation: false，setuid 程序可以借此提升特权。请在每个容器中设为 false，包括 Init 容器和边车容器。',
  },
  capabilities_restricted: {
    title: '未丢弃权能（capability）',
    explanation:
      '容器必须丢弃 "ALL" 权能（必须是这个拼写），且只能加回 NET_BIND_SERVICE。请设置 securityContext.capabilities.drop: ["ALL"]。',
  },
  procMount_restricted: {
    title: '/proc 挂载类型（受限）',
    explanation:
      '容器取消了 /proc 的屏蔽；即使在用户命名空间中，受限策略也不允许。请删除 securityContext.procMount。',
  },
  restrictedVolumes: {
    title: '卷类型',
    explanation:
      '卷的类型不在 configMap、csi、downwardAPI、emptyDir、ephemeral、image、persistentVolumeClaim、projected 和 secret 之内。其他存储请通过 persistentVolumeClaim 使用。',
  },
  runAsNonRoot: {
    title: '以非超级用户身份运行',
    explanation:
      'Pod 或容器没有要求以非超级用户（UID 0 以外）身份运行。请在 Pod 上设置 securityContext.runAsNonRoot: true，并且不要在任何容器中设为 false。',
  },
  runAsUser: {
    title: '以超级用户（UID 0）运行',
    explanation:
      'Pod 或容器设置了 runAsUser: 0（超级用户）。请使用非零的用户 ID，或不设置 runAsUser。',
  },
  seccompProfile_restricted: {
    title: '系统调用过滤（seccompProfile）',
    explanation:
      '每个容器都需要 seccompProfile，类型为 RuntimeDefault 或节点上的本地配置文件。请在 Pod 上设置 securityContext.seccompProfile.type: RuntimeDefault。',
  },
};

const LEVEL_NAMES: Record<Lang, Record<PodSecurityLevel, string>> = {
  en: { privileged: 'Privileged', baseline: 'Baseline', restricted: 'Restricted' },
  'zh-CN': {
    privileged: '特权',
    baseline: '基线',
    restricted: '受限',
  },
};

/** The title and explanation of a Pod Security Standards check in `lang`. */
export function podSecurityCheckText(check: PodSecurityCheckId, lang: Lang): PodSecurityCheckText {
  return (lang === 'zh-CN' ? ZH_CN : EN)[check];
}

/** The name of a Pod Security Standards level in `lang`, as kubernetes.io writes it. */
export function podSecurityLevelName(level: PodSecurityLevel, lang: Lang): string {
  return LEVEL_NAMES[lang][level];
}
