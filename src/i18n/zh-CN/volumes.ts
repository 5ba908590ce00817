// 简体中文: volumes, mounts and the objects they refer to.
import type { RuleTranslations } from '../types';
import { lists } from './details';

const EVICTED = '直到节点报告 DiskPressure，kubelet 开始驱逐 Pod，这个 Pod 也在其中';

export const VOLUMES: RuleTranslations = {
  'multiple-volume-sources': {
    summary: '一个卷指定了多个来源（例如同时写了 emptyDir 和 configMap）。',
    fix: '每个卷只保留一个来源；想把 configMap、secret 和 downward API 的文件放进同一个目录，请用 projected 卷。',
    messages: {
      default: '卷 "{volume}" 有多个来源（{sources}）：一个卷最多只能指定 1 种卷类型',
    },
    params: lists('sources'),
  },
  'volume-not-found': {
    summary: 'volumeMount 的名字在 Pod 的有效卷里找不到。',
    fix: '在 spec.volumes 下添加这个卷（StatefulSet 也可以用同名的 volumeClaimTemplate），或者改正挂载里的名字。',
    messages: {
      default:
        '容器 {container} 挂载了卷 "{volume}"，但 Pod 里没有叫这个名字的卷（报错：Not found）；现有的卷：{available}',
      noVolumes:
        '容器 {container} 挂载了卷 "{volume}"，但 Pod 里没有叫这个名字的卷（报错：Not found）；Pod 里一个有效的卷也没有',
      suggest:
        '容器 {container} 挂载了卷 "{volume}"，但 Pod 里没有叫这个名字的卷（报错：Not found）；是不是想写 "{suggestion}"？',
      invalid:
        '容器 {container} 挂载了卷 "{volume}"，但这个卷本身不合法，所以 API server 找不到它（报错：Not found）',
    },
    params: lists('available'),
  },
  'duplicate-mount-path': {
    summary: '同一个容器的两个 volumeMounts 用了相同的 mountPath。',
    fix: '每个卷挂到各自的路径；想把几个文件放进同一个目录，可以用 subPath 分别挂载不同的文件，或者用 projected 卷。',
    messages: {
      default:
        '容器 {container} 把 "{first}" 和 "{volume}" 都挂载到了 {mountPath}：同一个容器里 mountPath 必须唯一（否则一个挂载会把另一个遮住）',
      sameVolume:
        '容器 {container} 把卷 "{volume}" 两次挂载到 {mountPath}：同一个容器里 mountPath 必须唯一',
    },
  },
  'invalid-subpath': {
    summary: 'subPath 或 subPathExpr 是绝对路径或包含 ".."，或者同一个挂载上两者都设置了。',
    fix: 'subPath 写成相对于卷根目录的路径（logs/app，而不是 /logs/app），不能含 ".."；subPath 和 subPathExpr 只能二选一。',
    messages: {
      absolute:
        '容器 {container} 挂载卷 "{volume}" 时的 {field} "{value}" 必须是相对路径（指向卷内）',
      backsteps:
        '容器 {container} 挂载卷 "{volume}" 时的 {field} "{value}" 不能包含 \'..\'：它可能跳出卷的范围',
      both: '容器 {container} 挂载卷 "{volume}" 时同时设置了 subPath 和 subPathExpr：两者互斥',
      ephemeral:
        '临时容器（容器 {container}）不能设置 {field}：subPath 的绑定挂载会比临时容器活得更久',
    },
  },
  'invalid-mount-propagation': {
    summary:
      'mountPropagation 不是 None、HostToContainer 或 Bidirectional，或者在非特权容器里用了 Bidirectional。',
    fix: '用 None（默认值）或 HostToContainer；Bidirectional 需要 `securityContext.privileged: true`，而且只适合存储驱动。',
    messages: {
      unsupported:
        '容器 {container} 挂载卷 "{volume}" 时的 mountPropagation "{value}" 不受支持：可选值为 "Bidirectional"、"HostToContainer"、"None"',
      notPrivileged:
        '容器 {container} 以 Bidirectional 传播方式挂载 "{volume}"，但只有特权容器才能使用 Bidirectional 挂载传播',
    },
  },
  'invalid-emptydir-medium': {
    summary:
      'emptyDir 的 medium 不是 ""、Memory、HugePages 或 HugePages-<size>（kubelet 无法挂载）。',
    fix: '要内存盘（tmpfs）就写 medium: Memory，要用节点磁盘就不写 medium，或者用 HugePages 并配上对应的 hugepages-<size> request 和 limit。',
    messages: {
      default:
        '卷 "{volume}" 的 emptyDir medium "{medium}" 无法识别：API server 会接受，但 kubelet 挂载时会失败（"unknown storage medium"），Pod 一直停在 ContainerCreating；请用 ""、Memory 或 HugePages',
      caseOnly:
        '卷 "{volume}" 的 emptyDir medium "{medium}" 无法识别（取值区分大小写，应为 "{suggestion}"）：kubelet 挂载失败，Pod 一直停在 ContainerCreating',
      badSize:
        '卷 "{volume}" 的 emptyDir medium "{medium}" 在 "HugePages-" 后面没有合法的页大小：kubelet 挂载失败',
      noHugePages:
        '卷 "{volume}" 的 emptyDir medium "{medium}" 要求某个容器申请 hugepages-{size}：否则 kubelet 挂载这个卷会失败（报错：hugePages storage requested, but there is no resource request for huge pages）',
    },
  },
  'emptydir-no-size-limit': {
    summary: '基于磁盘的 emptyDir 没有设置 sizeLimit，一个写入者就能把节点磁盘写满。',
    fix: '把 emptyDir.sizeLimit 设成这个卷真正需要的大小（例如 sizeLimit: 1Gi）；这样只有这个卷超出上限时，kubelet 才会驱逐 Pod。',
    messages: {
      default: `emptyDir {volume} 没有 sizeLimit：它放在节点磁盘上，一个写入者就能把磁盘写满，${EVICTED}`,
      defaulted: `卷 {volume} 没有指定来源，API server 会把它设成 emptyDir: {}——放在节点磁盘上，也没有 sizeLimit：一个写入者就能把磁盘写满，${EVICTED}`,
      podLimit:
        'emptyDir {volume} 没有 sizeLimit：写进去的数据计入 Pod 的 ephemeral-storage limit，一个写入者把它写满，整个 Pod 就会被驱逐',
    },
  },
  'memory-volume-unbounded': {
    summary:
      'medium 为 Memory 的 emptyDir 没有设置 sizeLimit，tmpfs 可能一直涨，直到写入者被 OOM kill。',
    fix: '设置 emptyDir.sizeLimit（例如 sizeLimit: 256Mi），并在写入它的容器的 memory limit 里给它留出空间。',
    messages: {
      default:
        'emptyDir {volume} 使用 medium Memory 却没有 sizeLimit：kubelet 按 Pod 的 memory limit 设定 tmpfs 的大小，写进去的每个文件都算在写入容器的内存上，把它写满会让那个容器被 OOM kill',
      noPodLimit:
        'emptyDir {volume} 使用 medium Memory 却没有 sizeLimit：并不是每个容器都有 memory limit，所以 kubelet 按节点的可分配内存设定 tmpfs 的大小；写进去的文件占用节点内存并算在写入容器头上，它要么在达到自己的 limit 时被 OOM kill，要么把节点内存耗尽',
    },
  },
  'shared-writable-volume': {
    summary: '两个或更多容器以读写方式挂载同一个卷。',
    fix: '只读的容器在 volumeMounts 上设置 readOnly: true；每个文件只让一个容器负责写。',
    messages: {
      default:
        '容器 {writers} 都以读写方式挂载了卷 {volume}：彼此写入的内容立即可见，它们之间没有任何锁，所以要约定好谁写哪些文件，只读的容器就挂成 readOnly',
    },
    params: lists('writers'),
  },
  'unused-volume': {
    summary: '声明了卷，但没有任何容器挂载它。',
    fix: '在需要的地方挂载它（volumeMounts 里写 name: 卷名），或者删掉这个卷。',
    messages: {
      default: '没有任何容器挂载卷 {volume}：kubelet 会跳过没人用的卷，所以这是一段无效配置',
      claim:
        '没有任何容器挂载卷 {volume}：kubelet 会跳过它，但调度器仍要等 PersistentVolumeClaim {claim} 存在并完成绑定，才会调度这个 Pod',
      claimTemplate:
        '没有任何容器挂载 volumeClaimTemplate {volume}：每个副本仍会得到自己的 PersistentVolumeClaim 和卷，却没人使用',
    },
  },
  'subpath-no-updates': {
    summary: 'ConfigMap、Secret 或 projected 卷以 subPath 方式挂载，因此永远收不到更新。',
    fix: '把整个卷挂载到一个目录（可以用 items 挑选键），让应用读取目录里的文件；或者在内容变化时重启 Pod（例如用 checksum 注解）。',
    messages: {
      default:
        '容器 {container} 以 {field} {subPath} 挂载了 {type} 卷 {volume}：subPath 挂载是对最初那份快照的绑定挂载，之后对象的变化在容器重启之前永远到不了这个容器',
    },
  },
  'socket-volume': {
    summary:
      '被两个或更多容器共享、挂载在 /run、/var/run 或 *.sock 路径上的卷：这是它们之间的 Unix socket 通道。',
    fix: '不需要修复；只让用得到这个 socket 的容器挂载这个卷，只负责连接的容器挂成 readOnly。',
    messages: {
      default:
        '卷 {volume} 由容器 {containers} 共享，在 {container} 中挂载于 {mountPath}：在这里创建的 Unix domain socket 让这些容器不经过网络就能通信（谁能访问这个 socket，谁就能使用它背后的服务）',
    },
    params: lists('containers'),
  },
  'unresolved-reference': {
    summary:
      '卷引用的 ConfigMap、Secret 或 PersistentVolumeClaim 不在输入里，而输入里有其他同类对象。',
    fix: '对照输入里的对象检查名字有没有拼错，或者确认该对象会在同一个命名空间里创建（也可以把 configMap/secret 来源标记为 optional: true）。',
    messages: {
      ConfigMap:
        '卷 {volume} 引用的 ConfigMap {name} 不在这份输入里（输入里有别的 ConfigMap）：除非它已经存在于命名空间中，否则 kubelet 无法挂载，Pod 会一直停在 ContainerCreating',
      Secret:
        '卷 {volume} 引用的 Secret {name} 不在这份输入里（输入里有别的 Secret）：除非它已经存在于命名空间中，否则 kubelet 无法挂载，Pod 会一直停在 ContainerCreating',
      PersistentVolumeClaim:
        '卷 {volume} 引用的 PersistentVolumeClaim {name} 不在这份输入里（输入里有别的 PVC）：除非它已经存在于命名空间中，否则 Pod 会一直处于 Pending',
    },
  },
};
