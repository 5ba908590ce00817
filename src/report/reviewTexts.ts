// The review report's words in every language (headings, labels, explanations).
import type { Lang } from '../i18n/lang';
import type { CommandTopic } from '../teach/commands';
import type { ContainerRole, NamespaceName } from '../model/types';

export interface ReviewTexts {
  /** `Key:` / `键：` */
  label(key: string): string;
  /** An aside after a word: ` (x)` / `（x）`. */
  aside(text: string): string;
  /** Two sentences in a row: English puts a space between them, Chinese does not. */
  then(a: string, b: string): string;
  title(workload: string): string;
  summary: {
    workload: string;
    namespace: string;
    noNamespace: string;
    file: string;
    documentLabel: string;
    document(index: number, line: number): string;
    podSpec: string;
    generatedBy: string;
  };
  containers: {
    heading: string;
    header: string[];
    role: Record<ContainerRole, string>;
    /** Labels of well-known helpers (ContainerModel.wellKnown). */
    wellKnown: Record<string, string>;
  };
  qos: {
    heading: string;
    classIs(qos: string): string;
    meaning: Record<string, string>;
    header: string[];
    noLimit: string;
    aggregation: string;
  };
  namespaces: {
    heading: string;
    header: string[];
    name: Record<NamespaceName, string>;
    pod: string;
    host: string;
    shares(name: NamespaceName, hostname?: string): string;
    onHost(name: NamespaceName): string;
    pidPrivate: string;
    portsHeading: string;
    portsHeader: string[];
    noPorts: string;
    clash: string;
  };
  volumes: {
    heading: string;
    header: string[];
    none: string;
    shared: string;
    unmounted: string;
    readOnly: string;
    readWrite: string;
  };
  findings: {
    heading: string;
    other: string;
    none: string;
    header: string[];
    otherHeader: string[];
  };
  commands: {
    heading: string;
    intro: string;
    placeholder: string;
    topic: Record<CommandTopic, string>;
  };
}

const EN: ReviewTexts = {
  label: (k) => `${k}:`,
  aside: (x) => ` (${x})`,
  then: (a, b) => (a && b ? `${a} ${b}` : a || b),
  title: (w) => `podscope review: ${w}`,
  summary: {
    workload: 'Workload',
    namespace: 'Namespace',
    noNamespace: 'not set (the namespace kubectl applies it to)',
    file: 'File',
    documentLabel: 'Document',
    document: (i, line) => `${i} (starts at line ${line})`,
    podSpec: 'Pod spec',
    generatedBy: 'Checked with',
  },
  containers: {
    heading: 'Containers',
    header: ['Container', 'Role', 'Image', 'Requests', 'Limits'],
    role: {
      init: 'init container',
      sidecar: 'native sidecar',
      app: 'app container',
      ephemeral: 'ephemeral container',
    },
    wellKnown: {
      'service-mesh': 'service-mesh proxy',
      'log-shipper': 'log shipper',
      'metrics-agent': 'metrics agent',
      'secret-agent': 'secret agent',
      'sql-proxy': 'SQL proxy',
    },
  },
  qos: {
    heading: 'QoS and effective resources',
    classIs: (q) => `QoS class: **${q}**.`,
    meaning: {
      Guaranteed: 'Every container’s requests equal its limits: evicted last under node pressure.',
      Burstable: 'Some requests or limits are set, not all equal: evicted after BestEffort pods.',
      BestEffort: 'Nothing is requested or limited: the first pod evicted under node pressure.',
    },
    header: ['Resource', 'Pod request', 'Pod limit'],
    noLimit: 'none (a container has no limit)',
    aggregation:
      'Kubernetes adds up the app containers and native sidecars, takes the larger of that and each init container (plus the sidecars started before it), and adds the pod overhead when one is set.',
  },
  namespaces: {
    heading: 'Shared namespaces',
    header: ['Namespace', 'Scope', 'What the containers share'],
    name: { network: 'Network', ipc: 'IPC', uts: 'UTS', pid: 'PID' },
    pod: 'pod',
    host: 'node (host)',
    shares: (n, hostname) =>
      ({
        network: 'one IP address: they reach each other on localhost, and no two may bind one port',
        ipc: 'System V shared memory and semaphores, POSIX message queues',
        uts: `one hostname${hostname ? `: ${hostname}` : ''}`,
        pid: 'one process tree: processes and signals are visible across containers; pause is PID 1',
      })[n],
    onHost: (n) =>
      ({
        network: 'the node’s network: its interfaces, its localhost, its ports',
        ipc: 'the node’s shared memory and semaphores',
        uts: 'the node’s hostname',
        pid: 'every process on the node',
      })[n],
    pidPrivate: 'not shared: each container sees only its own processes',
    portsHeading: 'Ports',
    portsHeader: ['Port', 'Container', 'Name', 'Host port', 'Clash'],
    noPorts: 'No container declares a port.',
    clash: 'clash',
  },
  volumes: {
    heading: 'Volumes and mounts',
    header: ['Volume', 'Type', 'Source', 'Mounted by', 'Shared'],
    none: 'The pod has no volumes.',
    shared: 'shared',
    unmounted: 'not mounted',
    readOnly: 'read-only',
    readWrite: 'read-write',
  },
  findings: {
    heading: 'Findings',
    other: 'Other findings in this input',
    none: 'No findings.',
    header: ['Severity', 'Rule', 'Line', 'Message', 'Fix'],
    otherHeader: ['Severity', 'Rule', 'Document', 'Line', 'Message', 'Fix'],
  },
  commands: {
    heading: 'Verify on a live cluster',
    intro: 'Run these against the running pod; the names come from the manifest.',
    placeholder: '`<pod>` stands for the name of one of the workload’s pods (`kubectl get pods`).',
    topic: {
      uts: 'UTS: one hostname',
      ipc: 'IPC: shared memory and semaphores',
      network: 'Network: localhost between containers',
      volume: 'Volumes: what each container sees',
      pid: 'PID: shared processes',
      debug: 'Debug containers',
    },
  },
};

const ZH_CN: ReviewTexts = {
  label: (k) => `${k}：`,
  aside: (x) => `（${x}）`,
  then: (a, b) => a + b,
  title: (w) => `podscope 评审报告：${w}`,
  summary: {
    workload: '工作负载',
    namespace: '命名空间',
    noNamespace: '未设置（以 kubectl 应用时的命名空间为准）',
    file: '文件',
    documentLabel: '文档',
    document: (i, line) => `${i}（从第 ${line} 行开始）`,
    podSpec: 'Pod spec',
    generatedBy: '检查工具',
  },
  containers: {
    heading: '容器',
    header: ['容器', '角色', '镜像', 'requests', 'limits'],
    role: { init: 'Init 容器', sidecar: '原生 sidecar', app: '应用容器', ephemeral: '临时容器' },
    wellKnown: {
      'service-mesh': '服务网格代理',
      'log-shipper': '日志采集',
      'metrics-agent': '监控代理',
      'secret-agent': '密钥代理',
      'sql-proxy': 'SQL 代理',
    },
  },
  qos: {
    heading: 'QoS 与实际生效的资源',
    classIs: (q) => `QoS 类别：**${q}**。`,
    meaning: {
      Guaranteed: '每个容器的 requests 都等于 limits：节点资源紧张时最后才被驱逐。',
      Burstable: '设置了部分 requests 或 limits，但并不都相等：在 BestEffort Pod 之后被驱逐。',
      BestEffort: '什么都没有申请或限制：节点资源紧张时第一个被驱逐。',
    },
    header: ['资源', 'Pod request', 'Pod limit'],
    noLimit: '无（有容器没有设置 limit）',
    aggregation:
      'Kubernetes 把应用容器和原生 sidecar 的用量相加，再与每个 Init 容器（加上在它之前启动的 sidecar）比较取较大者；设置了 Pod overhead 时再加上它。',
  },
  namespaces: {
    heading: '共享的命名空间',
    header: ['命名空间', '范围', '容器之间共享什么'],
    name: { network: '网络（Network）', ipc: 'IPC', uts: 'UTS', pid: 'PID' },
    pod: 'Pod',
    host: '节点（主机）',
    shares: (n, hostname) =>
      ({
        network: '同一个 IP 地址：容器之间通过 localhost 互访，两个容器不能绑定同一个端口',
        ipc: 'System V 共享内存和信号量、POSIX 消息队列',
        uts: `同一个主机名${hostname ? `：${hostname}` : ''}`,
        pid: '同一棵进程树：进程和信号在容器之间可见；pause 是 PID 1',
      })[n],
    onHost: (n) =>
      ({
        network: '节点的网络：它的网卡、它的 localhost、它的端口',
        ipc: '节点的共享内存和信号量',
        uts: '节点的主机名',
        pid: '节点上的所有进程',
      })[n],
    pidPrivate: '不共享：每个容器只能看到自己的进程',
    portsHeading: '端口',
    portsHeader: ['端口', '容器', '名称', '主机端口', '冲突'],
    noPorts: '没有容器声明端口。',
    clash: '冲突',
  },
  volumes: {
    heading: '卷与挂载',
    header: ['卷', '类型', '来源', '挂载者', '共享'],
    none: 'Pod 没有卷。',
    shared: '共享',
    unmounted: '未挂载',
    readOnly: '只读',
    readWrite: '读写',
  },
  findings: {
    heading: '发现的问题',
    other: '这份输入里的其他问题',
    none: '没有发现问题。',
    header: ['级别', '规则', '行', '说明', '修复'],
    otherHeader: ['级别', '规则', '文档', '行', '说明', '修复'],
  },
  commands: {
    heading: '在集群上验证',
    intro: '在运行中的 Pod 上执行这些命令；其中的名字都取自清单。',
    placeholder: '`<pod>` 代表该工作负载的某个 Pod 的名字（用 `kubectl get pods` 查看）。',
    topic: {
      uts: 'UTS：同一个主机名',
      ipc: 'IPC：共享内存和信号量',
      network: '网络：容器之间走 localhost',
      volume: '卷：每个容器看到的内容',
      pid: 'PID：共享的进程',
      debug: '调试容器',
    },
  },
};

/** The review report's words in `lang`. */
export function reviewTexts(lang: Lang): ReviewTexts {
  return lang === 'zh-CN' ? ZH_CN : EN;
}
