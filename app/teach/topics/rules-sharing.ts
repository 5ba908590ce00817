// Rules about what containers share through volumes: writers, sockets, updates, size, references.
import { debug, exec, NET_IMAGE, object, podEvents, podField } from '../kubectl';
import { cmd, L, liveMounts } from '../pick';
import type { Scene } from '../types';
import { fill, seeMounts } from './mounts';
import type { RuleTopic } from './verdict';

const REFERENCE_KIND: Record<string, string> = {
  configMap: 'configmap',
  secret: 'secret',
  persistentVolumeClaim: 'pvc',
};

function memoryNow(s: Scene) {
  const m = liveMounts(s)[0];
  return m
    ? cmd(
        L(
          `Memory ${m.container} uses now, the volume’s files included`,
          `${m.container} 当前的内存用量（包含卷里的文件）`,
        ),
        exec(s, m.container, ['cat', '/sys/fs/cgroup/memory.current']),
      )
    : undefined;
}

export const sharingRules: Readonly<Record<string, RuleTopic>> = {
  'shared-writable-volume': {
    en: {
      what: 'Two or more containers mount the same volume read-write. They see each other’s writes at once, and nothing coordinates them: there is no locking between containers unless the programs take file locks themselves.',
      why: 'Lines from two writers interleave, a reader picks up half-written files, and log rotation races the writer: the shipper’s tail -f keeps reading a renamed file, or copytruncate loses the lines written during the copy (the classic file-lock conflict of log sidecars).',
      analogy:
        'Two flatmates writing in the same notebook at the same time, each sure the page is theirs.',
      fix: 'Let one container own each file and mount the volume readOnly in the others. Rotate by renaming and reopening, with a symlink to the current file (logrotate’s create instead of copytruncate); hand files over by writing to a temporary name and renaming.',
    },
    'zh-CN': {
      what: '两个或更多容器以读写方式挂载同一个卷。彼此的写入立刻可见，而且没有任何协调：除非程序自己加文件锁，容器之间不存在锁。',
      why: '两个写入者的日志行会交错，读取方会读到写了一半的文件，日志轮转还会和写入方赛跑：采集器的 tail -f 继续读着已被改名的旧文件，或者 copytruncate 丢掉复制期间写入的行（这就是日志 sidecar 典型的文件锁冲突）。',
      analogy: '两个室友同时在同一本笔记本上写字，都以为这一页是自己的。',
      fix: '每个文件只让一个容器负责写，其他容器以 readOnly 挂载。日志轮转用“重命名再重新打开”，并用符号链接指向当前文件（logrotate 用 create 而不是 copytruncate）；传递文件时先写临时文件名，再改名。',
    },
    commands: (s) => [...seeMounts(s), ...fill(s, true)],
  },
  'unused-volume': {
    en: {
      what: 'A volume is declared under spec.volumes but no container mounts it.',
      why: 'Usually dead configuration, or a mount that was forgotten. For a claim it is worse: the scheduler still waits for the claim to exist and bind before it places the pod, and a claim template still provisions storage for every replica.',
      analogy: 'Renting a storage unit nobody has a key to.',
      fix: 'Mount it where it is needed (volumeMounts with the volume’s name) or delete it.',
    },
    'zh-CN': {
      what: '在 spec.volumes 里声明了一个卷，却没有任何容器挂载它。',
      why: '通常是无用的配置，或者忘了写挂载。如果是 PVC 就更糟：调度器仍要等这个 PVC 存在并绑定后才会放置 Pod；volumeClaimTemplate 也仍会为每个副本创建存储。',
      analogy: '租了一个谁都没有钥匙的储物间。',
      fix: '在需要的地方挂载它（volumeMounts 里写上这个卷的名字），或者删掉它。',
    },
    commands: (s) => [
      cmd(
        L('The volumes the pod declares', 'Pod 声明的卷'),
        podField(s, '{.spec.volumes[*].name}'),
      ),
      cmd(
        L('The volumes each container mounts', '每个容器挂载的卷'),
        podField(s, '{range .spec.containers[*]}{.name}{": "}{.volumeMounts[*].name}{"\\n"}{end}'),
      ),
    ],
  },
  'subpath-no-updates': {
    en: {
      what: 'A subPath mount is a bind mount of one file or directory as it was when the container started. ConfigMap, Secret and projected volumes update by swapping a symlink, which a subPath mount does not follow.',
      why: 'Changes to the ConfigMap or Secret never reach this container until it restarts, so replicas started at different times run with different configuration — or an old certificate.',
      analogy:
        'Photocopying the house rules on the day you move in: when the landlord changes the sheet on the fridge, your copy stays as it was.',
      fix: 'Mount the whole volume at a directory (pick keys with items) and point the application at the file inside, or roll the pods when the object changes (a checksum annotation).',
    },
    'zh-CN': {
      what: 'subPath 挂载是把某个文件或目录在容器启动那一刻的样子 bind mount 进来。ConfigMap、Secret 和 projected 卷是靠切换符号链接来更新的，而 subPath 挂载不会跟随符号链接。',
      why: 'ConfigMap 或 Secret 的变化在容器重启前永远到不了这个容器，于是不同时间启动的副本用着不同的配置——或者过期的证书。',
      analogy: '入住当天把室友公约复印了一份：房东换了冰箱上的那张，你手里的复印件还是老样子。',
      fix: '把整个卷挂到一个目录下（用 items 挑选键），让应用读目录里的文件；或者在对象变化时滚动重启 Pod（checksum 注解）。',
    },
    commands: (s) => [
      cmd(
        L('The object as the cluster has it now', '集群里该对象当前的内容'),
        object(s, 'get', REFERENCE_KIND[s.volume?.type ?? ''] ?? 'configmap', s.volume?.reference, [
          '-o',
          'yaml',
        ]),
      ),
      ...seeMounts(s),
    ],
  },
  'socket-volume': {
    en: {
      what: 'A Unix domain socket is a file: one process listens on, say, /var/run/app.sock, and every container that mounts the same volume can connect to it — no TCP stack, no port.',
      why: 'It is faster than TCP over localhost, cannot clash with another port, and file permissions decide who may connect. But any container that mounts the volume can reach the service behind the socket.',
      analogy: 'A private speaking tube between two rooms, instead of the flat’s intercom.',
      fix: 'Mount the socket’s volume only in the containers that need it, readOnly where a container only connects (connecting needs no write access to the mount).',
    },
    'zh-CN': {
      what: 'Unix Domain Socket 就是一个文件：一个进程监听比如 /var/run/app.sock，挂载了同一个卷的每个容器都能连上它——不走 TCP 协议栈，也不占端口。',
      why: '它比 localhost 上的 TCP 更快，不会和其他端口冲突，谁能连接由文件权限决定。但任何挂载了这个卷的容器都能访问 socket 背后的服务。',
      analogy: '两个房间之间的一根专用传声筒，而不是整个公寓共用的对讲机。',
      fix: '只在需要的容器里挂载 socket 所在的卷；只负责连接的容器用 readOnly 挂载（连接 socket 不需要挂载点的写权限）。',
    },
    commands: (s) => {
      const m = liveMounts(s)[0];
      return [
        ...seeMounts(s),
        m &&
          cmd(
            L('Unix sockets listening in the pod', 'Pod 里正在监听的 Unix socket'),
            debug(s, m.container, NET_IMAGE, ['ss', '-xl']),
          ),
      ];
    },
  },
  'unresolved-reference': {
    en: {
      what: 'The volume refers to a ConfigMap, Secret or PersistentVolumeClaim by name, and this input defines others of that kind but not this one — often a typo.',
      why: 'Unless the object already exists in the namespace, the kubelet cannot mount it: the pod stays in ContainerCreating (ConfigMap, Secret) or Pending (claim), with the reason in its events.',
      analogy:
        'The lease says “house rules: see sheet B”, and the only sheet on the fridge is sheet A.',
      fix: 'Check the name against the objects in the input, create the object in the same namespace, or mark a ConfigMap or Secret source optional: true when the app copes without it.',
    },
    'zh-CN': {
      what: '卷按名字引用了一个 ConfigMap、Secret 或 PersistentVolumeClaim，这份输入里定义了同类的其他对象，却没有它——常常是拼写错误。',
      why: '除非这个对象已经存在于命名空间里，否则 kubelet 挂载不了：Pod 会卡在 ContainerCreating（ConfigMap、Secret）或 Pending（PVC），原因写在事件里。',
      analogy: '租约上写着“室友公约见 B 页”，冰箱上却只贴着 A 页。',
      fix: '对照输入里的对象检查名字，在同一个命名空间里创建该对象；应用没有它也能运行时，把 ConfigMap 或 Secret 来源标记为 optional: true。',
    },
    commands: (s) => [
      cmd(
        L('Does the object exist in the namespace?', '命名空间里有这个对象吗？'),
        object(s, 'get', REFERENCE_KIND[s.volume?.type ?? ''] ?? 'configmap', s.volume?.reference),
      ),
      cmd(L('The mount failure, in the pod’s events', 'Pod 事件里的挂载失败'), podEvents(s)),
    ],
  },
  'emptydir-no-size-limit': {
    en: {
      what: 'A disk-backed emptyDir without sizeLimit lives on the node’s filesystem and can grow until that filesystem is full.',
      why: 'One container that writes without bound — a debug log, a runaway cache — fills the node’s disk. The node reports DiskPressure and the kubelet evicts pods, possibly others first; with a pod ephemeral-storage limit, this whole pod is evicted.',
      analogy: 'A cupboard with no back wall that slowly swallows the building’s basement.',
      fix: 'Set emptyDir.sizeLimit to what the volume really needs (e.g. 500Mi) and give the writer ephemeral-storage requests and limits; rotate logs.',
    },
    'zh-CN': {
      what: '基于磁盘且没有 sizeLimit 的 emptyDir 放在节点的文件系统上，可以一直涨到把文件系统写满。',
      why: '一个无节制写入的容器——调试日志、失控的缓存——就能写满节点磁盘。节点报 DiskPressure，kubelet 开始驱逐 Pod，可能先驱逐的是别人；如果设置了 Pod 的 ephemeral-storage limit，则整个 Pod 被驱逐。',
      analogy: '一个没有后板的柜子，慢慢把整栋楼的地下室都吞了进去。',
      fix: '把 emptyDir.sizeLimit 设成卷真正需要的大小（例如 500Mi），给写入容器设置 ephemeral-storage 的 requests 和 limits；做好日志轮转。',
    },
    commands: (s) => [
      ...fill(s, true),
      cmd(
        L('Evictions for disk pressure, in the pod’s events', 'Pod 事件里因磁盘压力导致的驱逐'),
        podEvents(s),
      ),
    ],
  },
  'memory-volume-unbounded': {
    en: {
      what: 'An emptyDir with medium Memory and no sizeLimit is a tmpfs the size of the pod’s memory limit, or of the node’s memory when some container has no limit. Its files are charged to the memory of the container that writes them.',
      why: 'Filling the volume fills memory: the writer is OOM-killed at its limit, restarting it frees nothing because the files stay, and without limits the node itself runs short.',
      analogy:
        'A fridge shelf with no edge: the more you stack on it, the less room there is for anybody’s food.',
      fix: 'Set emptyDir.sizeLimit (e.g. 256Mi) and raise the writing container’s memory limit by the same amount.',
    },
    'zh-CN': {
      what: 'medium 为 Memory 且没有 sizeLimit 的 emptyDir，是一个和 Pod 内存 limit 一样大的 tmpfs；如果有容器没设 limit，它能和节点内存一样大。里面的文件算在写入它的容器的内存上。',
      why: '写满这个卷就等于吃满内存：写入容器到达 limit 后被 OOM 杀掉；重启也释放不了，因为文件还在；没有 limit 时连节点本身都会内存吃紧。',
      analogy: '冰箱里一格没有边沿的隔板：堆得越多，大家放食物的地方就越少。',
      fix: '设置 emptyDir.sizeLimit（例如 256Mi），并把写入容器的内存 limit 调高同样的量。',
    },
    commands: (s) => [...fill(s), memoryNow(s)],
  },
};
