import type { CanvasTexts } from '../en/canvas';

// "属于 IPC 命名空间" but "属于网络命名空间": a space only where Latin letters meet Chinese.
const spaced = (...parts: string[]): string =>
  parts.reduce((out, p) =>
    /[A-Za-z0-9]$/.test(out) !== /^[A-Za-z0-9]/.test(p) ? `${out} ${p}` : out + p,
  );

const DIRECTION: Record<string, string> = { up: '上', down: '下', left: '左', right: '右' };

// Pod 安全标准的级别名，与 kubernetes.io/zh-cn 一致。
/** The Pod Security Standards levels as kubernetes.io/zh-cn names them. */
export const POD_SECURITY_LEVEL: Record<string, string> = {
  privileged: '特权',
  baseline: '基线',
  restricted: '受限',
};

export const canvas: CanvasTexts = {
  role: {
    init: 'Init 容器',
    sidecar: '边车容器',
    app: '应用容器',
    ephemeral: '临时容器',
  },
  lane: {
    init: { title: 'Init 容器', hint: '逐个运行至完成' },
    sidecar: { title: '边车容器', hint: '最先启动，与应用并行运行' },
    app: { title: '应用容器', hint: '同时启动' },
    ephemeral: { title: '临时容器', hint: '调试用，运行中加入' },
  },
  wellKnown: {
    'service-mesh': '服务网格代理',
    'log-shipper': '日志采集',
    'metrics-agent': '指标采集',
    'secret-agent': '密钥 Agent',
    'sql-proxy': 'SQL 代理',
  },
  namespaceTitle: { network: '网络', ipc: 'IPC', uts: 'UTS', pid: 'PID' },
  hostScope: {
    network: '节点的网络',
    ipc: '节点的 IPC',
    uts: '节点的主机名',
    pid: '节点的进程',
  },
  hub: {
    network: '同一个 IP，同一个 localhost',
    networkWithIp: (ip) => `同一个 IP（${ip}），同一个 localhost`,
    ipc: '共享内存、信号量',
    uts: (hostname) => `主机名：${hostname ?? '与 Pod 同名'}`,
    pid: '同一棵进程树',
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
  findings: (count, worst) => `${count} 个问题，最严重：${worst}`,
  aria: {
    pod: (kind, name, qos) => `${kind} ${name}，QoS ${qos}`,
    podSecurity: (level) => `，Pod 安全：${POD_SECURITY_LEVEL[level] ?? level}`,
    container: (step, name, role, image, ports) =>
      `${step}${name}，${role}${image ? `，镜像 ${image}` : ''}${ports > 0 ? `，${ports} 个端口` : ''}`,
    namespace: (title, explanation) => `${spaced(title, '命名空间')}，${explanation}`,
    volume: (name, type, sharedBy) =>
      `${name}，${type} 卷${sharedBy > 0 ? `，由 ${sharedBy} 个容器共享` : ''}`,
    host: (uses) => `节点（宿主机）：${uses.join('，')}`,
    object: (name, kind, document) => `${name}，${kind}，第 ${document} 个文档`,
    service: (name, type, ports) =>
      `Service ${name}，${type}${ports.length > 0 ? `，端口 ${ports.join('；')}` : ''}`,
    findings: (text) => `；${text}`,
  },
  edge: {
    mount: (source, target, path, readOnly, subPath) =>
      `${source} 将 ${target} 挂载到 ${path}，${readOnly ? '只读' : '读写'}${subPath !== undefined ? `，subPath ${subPath}` : ''}`,
    member: (source, target) => `${source} ${spaced('属于', target, '命名空间')}`,
    order: (source, target) => `${target} 在 ${source} 之后启动`,
    usesHost: (source) => `${source} 直接使用节点的资源`,
    reference: (source, target) => `${source} 引用 ${target}`,
    targets: (source, target, port) => `Service ${source} 把端口 ${port} 转发到 ${target}`,
  },
  ui: {
    region: 'Pod 关系图画布',
    toolbar: '视图',
    stale: '来自较早的文本 — 此文档现在无法解析；显示的是它最后一次能解析时的样子',
    fit: '适应窗口',
    fitLabel: '缩放到能看到整张图',
    relayout: '重新布局',
    relayoutLabel: '放弃拖动过的位置，重新排布整张图',
    zoomIn: '放大',
    zoomOut: '缩小',
    legend: '图例',
    minimap: 'Pod 关系图概览',
    nodeHost: '节点（宿主机）',
    namespace: '命名空间',
    requests: '请求',
    limits: '限制',
    unbounded: '不设上限',
    none: '无',
    restartPolicy: '重启策略',
    hostname: '主机名',
    qos: (c) => `QoS ${c}`,
    podSecurity: (level) => `Pod 安全 ${POD_SECURITY_LEVEL[level] ?? level}`,
    podSecurityTitle: '此 Pod 满足的最严格的 Pod 安全标准级别',
    partial: '（部分）',
    partialTitle:
      '容器写在自身 spec 里的自定义资源：Pod 由 Operator 生成，这里只读取 containers、initContainers 和 volumes，因此这里只反映写出来的部分',
    risk: '打破隔离',
    sharedBy: (n) => `${n} 个容器共享`,
    noPorts: '未声明端口',
    noLimit: '无限制',
    moreItems: (n) => `另有 ${n} 项`,
    missingVolume: '挂载了不存在的卷',
    restarts: (n) => `重启 ${n} 次`,
    lastReason: (r) => `上次退出：${r}`,
    target: (name) => `目标：${name}`,
    document: (i) => `第 ${i + 1} 个文档`,
    notDeclared: '（未声明）',
    clashes: '与另一个容器的端口冲突',
    chipLabel: (port, container, clash) =>
      `端口 ${port}，属于 ${container}${clash ? '，与另一个容器的端口冲突' : ''}`,
    namespaceShort: (ns) => `命名空间 ${ns}`,
    noImage: '未指定镜像',
    port: '端口',
    probes: '探针',
    probe: { livenessProbe: '存活', readinessProbe: '就绪', startupProbe: '启动' },
    resourceShort: { cpu: 'CPU', memory: '内存' },
    bar: (resource, request, limit) =>
      `${resource === 'memory' ? '内存' : 'CPU'} 请求 ${request}，限制 ${limit}`,
  },
  legend: {
    mount: '挂载（rw 读写 / ro 只读）',
    sharedMount: '共享卷的挂载',
    order: '启动顺序',
    usesHost: '使用节点的资源',
    reference: '引用的对象',
    targets: 'Service → 目标端口',
    member: '命名空间成员（悬停时显示）',
    disk: '磁盘上的 emptyDir',
    memory: '内存中的 emptyDir',
  },
  roleDescription: { node: '图元素', edge: '连线' },
  flow: {
    'node.a11yDescription.default': '按 Enter 或空格键选中此元素。拖动卡片可以移动它。',
    'node.a11yDescription.keyboardDisabled':
      '按 Enter 或空格键选中此元素；选中后可用方向键移动它（按住 Shift 移动得更远）。也可以用鼠标拖动卡片。',
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      `已将选中的节点向${DIRECTION[direction] ?? direction}移动。新位置：x ${x}，y ${y}`,
    'edge.a11yDescription.default': '点击连线上的徽标即可选中对应的挂载。',
    'controls.ariaLabel': '控制面板',
    'controls.zoomIn.ariaLabel': '放大',
    'controls.zoomOut.ariaLabel': '缩小',
    'controls.fitView.ariaLabel': '适应窗口',
    'controls.interactive.ariaLabel': '切换交互',
    'minimap.ariaLabel': '小地图',
    'handle.ariaLabel': '连接点',
  },
};
