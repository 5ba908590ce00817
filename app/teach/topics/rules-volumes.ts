// Rules about how volumes are declared and mounted: sources, names, paths, propagation, media.
import { describePod, podEvents } from '../kubectl';
import { cmd, L } from '../pick';
import { rejected, type RuleTopic } from './verdict';

export const volumeRules: Readonly<Record<string, RuleTopic>> = {
  'multiple-volume-sources': {
    en: {
      what: 'Each volume has exactly one source: emptyDir, configMap, secret, persistentVolumeClaim and so on.',
      why: 'With two sources it is unclear what the directory should contain, so the API server rejects the pod (“may not specify more than 1 volume type”).',
      analogy: 'One cupboard cannot be both the fridge and the key safe.',
      fix: 'Keep one source per volume. To combine ConfigMaps, Secrets and downward API files in one directory, use a projected volume.',
    },
    'zh-CN': {
      what: '每个卷只能有一个来源：emptyDir、configMap、secret、persistentVolumeClaim 等等。',
      why: '有两个来源时，说不清这个目录里该放什么，所以 API Server 会拒绝这个 Pod（“may not specify more than 1 volume type”）。',
      analogy: '一个柜子不能既当冰箱又当钥匙盒。',
      fix: '每个卷只保留一个来源。想把 ConfigMap、Secret 和 downward API 文件放进同一个目录，用 projected 卷。',
    },
    commands: rejected('volumes'),
  },
  'volume-not-found': {
    en: {
      what: 'A volumeMount names a volume of the pod: an entry of spec.volumes or, in a StatefulSet, a volumeClaimTemplate.',
      why: 'A mount that names no volume cannot be made, so the API server rejects the pod (Not found). A near-miss spelling is the usual cause.',
      analogy: 'Labelling your door “cupboard B” when the flat has no cupboard B.',
      fix: 'Add the volume under spec.volumes, or correct the mount’s name to one that exists.',
    },
    'zh-CN': {
      what: 'volumeMount 引用的是 Pod 的一个卷：spec.volumes 里的一项，或者 StatefulSet 的某个 volumeClaimTemplate。',
      why: '引用了不存在的卷，挂载就无法完成，所以 API Server 会拒绝这个 Pod（Not found）。通常是名字拼错了一点。',
      analogy: '在自家门上贴了“B 柜”的标签，可公寓里根本没有 B 柜。',
      fix: '在 spec.volumes 下补上这个卷，或者把挂载的名字改成已有的卷名。',
    },
    commands: rejected('volumes'),
  },
  'duplicate-mount-path': {
    en: {
      what: 'A container can have one mount at each path.',
      why: 'Two mounts at one path would hide one another, so the API server rejects the pod.',
      analogy: 'Hanging two doors in the same doorway.',
      fix: 'Mount each volume at its own path. To put files of several volumes into one directory, mount distinct files with subPath or use a projected volume.',
    },
    'zh-CN': {
      what: '同一个容器里，每个路径只能有一个挂载。',
      why: '同一路径上的两个挂载会互相遮挡，所以 API Server 会拒绝这个 Pod。',
      analogy: '在同一个门框里装两扇门。',
      fix: '每个卷挂在自己的路径上。想把多个卷的文件放进同一个目录，用 subPath 分别挂载不同的文件，或者用 projected 卷。',
    },
    commands: rejected('containers.volumeMounts'),
  },
  'invalid-subpath': {
    en: {
      what: 'subPath mounts one file or directory inside the volume instead of its root. It is a path relative to the volume, without “..”; subPathExpr is its variant with $(VAR) expansion, and only one of the two may be set.',
      why: 'An absolute path or “..” could reach outside the volume — the cause of past container escapes — so the API server rejects them.',
      analogy:
        'A key for one drawer of the shared cupboard: it must never open the neighbour’s cupboard.',
      fix: 'Write subPath relative to the volume root (logs/app, not /logs/app) and without “..”; use subPath or subPathExpr, not both.',
    },
    'zh-CN': {
      what: 'subPath 挂载的是卷里的某个文件或子目录，而不是卷的根目录。它是相对于卷的路径，不能包含 “..”；subPathExpr 是支持 $(VAR) 展开的变体，两者只能设置一个。',
      why: '绝对路径或 “..” 可能跳出卷的范围——历史上的容器逃逸就出在这里——所以 API Server 会拒绝它们。',
      analogy: '共用柜子里某一个抽屉的钥匙：它绝不能打开邻居家的柜子。',
      fix: 'subPath 写成相对于卷根目录的路径（logs/app 而不是 /logs/app），不要包含 “..”；subPath 和 subPathExpr 只用一个。',
    },
    commands: rejected('containers.volumeMounts'),
  },
  'invalid-mount-propagation': {
    en: {
      what: 'mountPropagation decides whether mounts made later cross the boundary: None (the default) sees nothing new, HostToContainer sees new mounts of the node, Bidirectional also pushes the container’s mounts out to the node.',
      why: 'Bidirectional changes the node’s mount table, so it is allowed in privileged containers only; any other value is rejected.',
      analogy:
        'A door through which new pipes laid in the boiler room appear in your flat (HostToContainer) — or through which your own plumbing appears in the boiler room (Bidirectional).',
      fix: 'Use None or HostToContainer; keep Bidirectional for privileged storage drivers.',
    },
    'zh-CN': {
      what: 'mountPropagation 决定之后新产生的挂载是否跨越边界：None（默认）看不到任何新挂载；HostToContainer 能看到节点上的新挂载；Bidirectional 还会把容器里的挂载反向传播到节点。',
      why: 'Bidirectional 会改动节点的挂载表，所以只允许特权容器使用；其他非法值会被拒绝。',
      analogy:
        '一扇门：锅炉房新铺的管道会出现在你家（HostToContainer）——或者你家新装的管道会出现在锅炉房（Bidirectional）。',
      fix: '使用 None 或 HostToContainer；Bidirectional 只留给特权的存储驱动。',
    },
    commands: rejected('containers.volumeMounts'),
  },
  'invalid-emptydir-medium': {
    en: {
      what: 'An emptyDir’s medium is empty (the node’s disk), Memory (a tmpfs) or HugePages / HugePages-<size> (with a matching hugepages request). The value is case-sensitive.',
      why: 'The API server accepts any string, but the kubelet cannot mount an unknown medium: the pod stays in ContainerCreating, and the reason shows only in its events.',
      analogy:
        'Ordering a cupboard “made of Memroy”: the builder does not know the material and never builds it, and nobody tells you until you ask.',
      fix: 'Omit medium for disk, write Memory for a tmpfs, or HugePages-2Mi together with a hugepages-2Mi request and limit.',
    },
    'zh-CN': {
      what: 'emptyDir 的 medium 可以是空（节点磁盘）、Memory（tmpfs），或者 HugePages / HugePages-<大小>（需要相应的 hugepages 资源请求）。取值区分大小写。',
      why: 'API Server 接受任意字符串，但 kubelet 挂载不了未知的 medium：Pod 会卡在 ContainerCreating，原因只出现在事件里。',
      analogy:
        '订一个“用 Memroy 材料做的”柜子：木匠不认识这种材料，也就一直不做，你不去问就没人告诉你。',
      fix: '用磁盘就不写 medium，用 tmpfs 写 Memory，或者写 HugePages-2Mi 并配上 hugepages-2Mi 的 request 和 limit。',
    },
    commands: (s) => [
      cmd(
        L('“unknown storage medium”, in the pod’s events', 'Pod 事件里的 “unknown storage medium”'),
        podEvents(s),
      ),
      cmd(L('The pod waiting in ContainerCreating', 'Pod 卡在 ContainerCreating'), describePod(s)),
    ],
  },
};
