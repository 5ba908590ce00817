// Volumes that live and die with the pod: emptyDir (disk and memory), configMap, secret,
// projected, downwardAPI and image volumes.
import { object } from '../../../src/teach/kubectl';
import { diskFree, listMountAll, readCgroup } from '../../../src/teach/probes';
import { cmd, L, liveMounts } from '../../../src/teach/pick';
import type { Topic } from '../../../src/teach/lesson';
import { fill, readOnlyCheck, seeMounts } from '../../../src/teach/mounts';

export const emptyDirDisk: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  en: {
    what: 'An empty directory the kubelet creates on the node’s disk when the pod starts there. Every container that mounts it sees the same files, each at the path it chooses: the app may write /data/app.log while a sidecar reads the same file as /logs/app.log. It survives container restarts and is deleted with the pod.',
    why: 'It is the simplest way to hand files between containers: logs to a shipper, rendered configuration, a cache. Without a sizeLimit one writer can fill the node’s disk, and what it writes counts against the pod’s ephemeral storage.',
    analogy:
      'The storage cupboard in the hall: what one flatmate puts in, the others find there, even if each has labelled the door differently (/data, /logs). It is emptied when the lease ends.',
    fix: 'Set emptyDir.sizeLimit (e.g. 500Mi) and ephemeral-storage requests and limits. Mount it readOnly in containers that only read, and let one container own each file.',
    notes: [
      {
        title: 'Trap: the volume fills up',
        text: 'One container writing logs without bound can bring down the whole pod: the node reports DiskPressure and evicts pods. With a sizeLimit the kubelet evicts only this pod, as soon as the volume outgrows it.',
      },
      {
        title: 'Watch inodes too',
        text: 'Millions of small files exhaust a filesystem’s inodes before its bytes. `df -i` shows inode use, one of the numbers worth watching on shared volumes.',
      },
    ],
  },
  'zh-CN': {
    what: 'Pod 调度到节点上时，kubelet 在节点磁盘上创建的一个空目录。挂载它的每个容器看到的是同一批文件，各自挂在自己选的路径下：应用写 /data/app.log，边车容器读到的是同一个文件 /logs/app.log。容器重启时它还在，Pod 删除时它也一起删除。',
    why: '这是容器之间传递文件最简单的方式：把日志交给采集器、传递渲染好的配置、做缓存。没有 sizeLimit 时，一个写入者就能写满节点磁盘，写入的内容也计入 Pod 的临时存储（ephemeral-storage）。',
    analogy:
      '门厅里的共用储物柜：一个室友放进去的东西，其他人都能看到，哪怕每个人在柜门上贴的标签不一样（/data、/logs）。退租时统一清空。',
    fix: '设置 emptyDir.sizeLimit（例如 500Mi）以及 ephemeral-storage 的请求和限制。只读的容器以 readOnly 挂载，每个文件只让一个容器写。',
    notes: [
      {
        title: '陷阱：卷被写满',
        text: '一个容器无节制地写日志，就能拖垮整个 Pod：节点报 DiskPressure 后开始驱逐 Pod。设置了 sizeLimit，卷一超限 kubelet 就只驱逐这个 Pod。',
      },
      {
        title: '也要看 inode',
        text: '海量小文件会先耗尽文件系统的 inode，而不是空间。`df -i` 可以查看 inode 用量，这是共享卷上值得关注的指标之一。',
      },
    ],
  },
  commands: (s) => [...seeMounts(s), ...fill(s, true), readOnlyCheck(s)],
};

export const emptyDirMemory: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  en: {
    what: 'An emptyDir with medium: Memory is a tmpfs: the files live in RAM. It is very fast and never touches the node’s disk. Each page written there is charged as memory to the container that first touched it, against that container’s memory limit.',
    why: 'Good for caches, scratch space, /dev/shm and secrets that must not reach the disk. But filling it fills memory: the writer is OOM-killed, and restarting it frees nothing, because the files survive container restarts and stay as long as the pod. The kubelet sizes the tmpfs to the smallest of its sizeLimit, the pod’s memory limit (when every container has one) and the node’s allocatable memory: without either, it can take all the memory the node offers to pods.',
    analogy:
      'A shelf in the shared fridge: quick to reach, but every box you put there comes out of your own share of the fridge, and nothing leaves until the flat is handed back.',
    fix: 'Always set sizeLimit (e.g. 1Gi) and raise the memory limit of the container that writes by the same amount.',
  },
  'zh-CN': {
    what: 'medium: Memory 的 emptyDir 是一个 tmpfs：文件存放在内存里。速度极快，永远不落节点磁盘。写进去的每个内存页都计入最先访问它的那个容器的内存用量，占的是这个容器的内存限制（limit）。',
    why: '适合做缓存、临时空间、/dev/shm，以及不能落盘的密钥。但写满它就等于吃满内存：写入的容器会被 OOM 杀掉，而且重启容器也释放不了，因为文件在容器重启后依然存在，会一直留到 Pod 结束。kubelet 把 tmpfs 的大小设为以下三者中最小的一个：它的 sizeLimit、Pod 的内存限制（每个容器都设置了限制时）、节点的可分配（allocatable）内存；两者都没有时，它可以占满节点留给 Pod 的全部内存。',
    analogy:
      '共用冰箱里的一格：拿取飞快，但放进去的每一盒都算在你自己的冰箱份额里，而且要到退租时才会清出来。',
    fix: '一定要设置 sizeLimit（例如 1Gi），并把写入容器的内存限制相应调高同样的量。',
  },
  commands: (s) => {
    const m = liveMounts(s)[0];
    return [
      ...seeMounts(s),
      m &&
        cmd(
          L(`The tmpfs behind ${m.path} and its size`, `${m.path} 背后的 tmpfs 及其大小`),
          diskFree(s, m.container, m.path),
        ),
      m &&
        cmd(
          L(
            `Memory ${m.container} uses now, files in the volume included`,
            `${m.container} 当前的内存用量（包含卷里的文件）`,
          ),
          readCgroup(s, m.container, 'memory.current'),
        ),
    ];
  },
};

export const configMapVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/configuration/configmap/',
  en: {
    what: 'Each key of a ConfigMap appears as a file. The volume is read-only, and when the ConfigMap changes the kubelet swaps in the new files atomically (through a ..data symlink) after a short delay.',
    why: 'Configuration stays out of the image, and several containers can read the same file: an agent’s prometheus.yml, an app’s settings. Updates reach only whole-directory mounts (not subPath mounts, not environment variables), and the application must re-read the file. A missing ConfigMap keeps the pod in ContainerCreating unless the source is optional.',
    analogy:
      'The house rules the landlord pins on the fridge: every flatmate reads them, nobody writes on them, and when the landlord swaps the sheet, the new rules are there next time you look.',
    fix: 'Mount the directory, not a subPath, when you want live updates; let the application watch the file, or roll the pods on change (a checksum annotation). Create the ConfigMap before the pod, or mark it optional: true only if the app copes without it.',
  },
  'zh-CN': {
    what: 'ConfigMap 的每个键都变成一个文件。这个卷是只读的；ConfigMap 更新后，kubelet 会在短暂延迟后通过 ..data 符号链接原子地换成新文件。',
    why: '配置和镜像分离，多个容器还能读同一个文件：比如 Agent 的 prometheus.yml、应用的配置。只有整个目录挂载才会收到更新（subPath 挂载和环境变量都不会），而且应用得自己重新读取文件。ConfigMap 不存在时 Pod 会卡在 ContainerCreating，除非声明为 optional。',
    analogy:
      '房东贴在冰箱上的室友公约：人人都看，谁也不在上面写；房东换了一张，下次你再看就是新规矩。',
    fix: '想要热更新就挂整个目录，不要用 subPath；让应用监听文件变化，或者在配置变化时滚动重启 Pod（checksum 注解）。先创建 ConfigMap 再创建 Pod；只有应用没有它也能运行时，才标记 optional: true。',
  },
  commands: (s) => {
    const m = liveMounts(s)[0];
    return [
      cmd(
        L('The ConfigMap as the cluster has it', '集群里这个 ConfigMap 的内容'),
        object(s, 'get', 'configmap', s.volume?.reference, ['-o', 'yaml']),
      ),
      m &&
        cmd(
          L(
            `The files and the ..data symlink at ${m.path}`,
            `${m.path} 下的文件和 ..data 符号链接`,
          ),
          listMountAll(s, m.container, m.path),
        ),
      readOnlyCheck(s),
    ];
  },
};

export const secretVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/configuration/secret/',
  en: {
    what: 'Each key of a Secret appears as a file on a tmpfs, so it never lands on the node’s disk. Like a ConfigMap volume it is read-only and is updated when the Secret changes (except subPath mounts).',
    why: 'Credentials stay out of images and out of environment variables, which leak through /proc, crash dumps and, with a shared PID namespace, to other containers. Anyone who can exec into a container that mounts it can read it.',
    analogy:
      'The key safe by the front door: the keys are there when you need them, but only flatmates who were given the code (who mount the volume) can open it.',
    fix: 'Mount it only in the containers that need it, readOnly, with a tight defaultMode (0400). Protect Secrets with RBAC and encryption at rest; prefer files to environment variables.',
  },
  'zh-CN': {
    what: 'Secret 的每个键都变成 tmpfs 上的一个文件，永远不落节点磁盘。和 ConfigMap 卷一样，它是只读的，Secret 更新后文件也会更新（subPath 挂载除外）。',
    why: '凭据既不进镜像，也不进环境变量——环境变量会通过 /proc、崩溃转储泄露，共享 PID 命名空间时还会被其他容器看到。能 exec 进挂载它的容器的人，都能读到它。',
    analogy:
      '门口的密码钥匙盒：需要时钥匙就在那儿，但只有知道密码的室友（挂载了这个卷的容器）才能打开。',
    fix: '只在需要的容器里挂载，readOnly，并设置严格的 defaultMode（0400）。用 RBAC 和静态加密保护 Secret；优先用文件而不是环境变量。',
  },
  commands: (s) => [
    cmd(
      L(
        'The Secret’s keys and sizes, without the values (safe on a projector)',
        'Secret 的键和大小，不显示值（投影时也安全）',
      ),
      object(s, 'describe', 'secret', s.volume?.reference),
    ),
    ...seeMounts(s).slice(0, 1),
    ...fill(s).slice(0, 1),
  ],
};

export const projectedVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/projected-volumes/',
  en: {
    what: 'A projected volume merges several sources into one directory: ConfigMaps, Secrets, downward API fields and service account tokens. The API token Kubernetes mounts into most pods (kube-api-access-…) is one.',
    why: 'The application finds everything it needs under one path, and service account tokens in it are short-lived and rotated by the kubelet. Like the sources it combines, it is read-only and not updated through subPath mounts.',
    analogy:
      'A binder by the front door that holds a page of the house rules, the key-safe instructions and the tenancy card, all in one place.',
    fix: 'Use items to pick keys and file names. Set automountServiceAccountToken: false when the pod never talks to the API server.',
  },
  'zh-CN': {
    what: 'projected 卷把多个来源合并到一个目录：ConfigMap、Secret、downward API 字段和 ServiceAccount 令牌。Kubernetes 默认挂进大多数 Pod 的 API 令牌（kube-api-access-…）就是一个 projected 卷。',
    why: '应用在一个路径下就能找到需要的所有东西；其中的 ServiceAccount 令牌有效期短，由 kubelet 自动轮换。和它合并的来源一样，它是只读的，通过 subPath 挂载时不会更新。',
    analogy: '门口的一个活页夹：里面有一页室友公约、一页钥匙盒说明，还有一张租约卡片，全放在一起。',
    fix: '用 items 挑选需要的键和文件名。Pod 从不访问 API Server 时，设置 automountServiceAccountToken: false。',
  },
  commands: (s) => [...seeMounts(s), readOnlyCheck(s)],
};

export const downwardApiVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/downward-api/',
  en: {
    what: 'A downwardAPI volume writes facts about the pod into files: its labels, annotations, name and namespace, and the containers’ resource requests and limits. Label and annotation files are updated when they change.',
    why: 'The application learns about itself without calling the API server and without RBAC, for example to size its heap from its own memory limit. Environment variables from the downward API are fixed at start; files can follow changes.',
    analogy:
      'The tenancy card on the fridge: your flat number, your name on the lease and your monthly allowance, always up to date.',
    fix: 'Use it for identity and sizing; prefer the volume to environment variables for values that can change, such as labels.',
  },
  'zh-CN': {
    what: 'downwardAPI 卷把 Pod 自身的信息写成文件：标签、注解、名称、命名空间，以及容器的资源请求和限制。标签和注解变化时，对应文件会更新。',
    why: '应用无需调用 API Server、也无需 RBAC 就能了解自己，例如根据自己的内存限制设置堆大小。downward API 注入的环境变量在启动时就固定了，而文件可以跟着变化。',
    analogy: '贴在冰箱上的租约卡片：你的门牌号、租约上的名字、每月的额度，始终是最新的。',
    fix: '用它获取身份和资源规格；对可能变化的值（比如标签），优先用卷而不是环境变量。',
  },
  commands: (s) => [...seeMounts(s)],
};

export const imageVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#image',
  en: {
    what: 'An image volume mounts the contents of an OCI image or artifact, read-only. The feature (the ImageVolume feature gate) is beta and enabled by default since Kubernetes 1.35; what a cluster may still lack is a container runtime that supports it.',
    why: 'Data such as models, static sites or tools ships separately from the application image, versioned, pulled and cached like any image.',
    analogy:
      'A sealed reference book delivered with the furniture: everyone can read it, nobody writes in it, and a new edition means a new book.',
    fix: 'Pin the image by tag or digest, and check that the nodes’ container runtime supports image volumes (and, before Kubernetes 1.35, that the feature gate is on) before relying on them.',
  },
  'zh-CN': {
    what: 'image 卷以只读方式挂载一个 OCI 镜像或制品的内容。这个特性（ImageVolume 特性门控）目前是 Beta，自 Kubernetes 1.35 起默认启用；集群可能还缺的是支持它的容器运行时。',
    why: '模型、静态网站、工具等数据可以和应用镜像分开发布，像普通镜像一样有版本、能拉取、能缓存。',
    analogy:
      '随家具一起送来的一本封好的参考书：大家都能翻阅，谁也不在上面写字，换新版就是换一本新书。',
    fix: '用镜像标签或 digest 固定镜像版本；依赖它之前，先确认节点的容器运行时支持 image 卷（Kubernetes 1.35 之前还要确认特性门控已开启）。',
  },
  commands: (s) => [...seeMounts(s), readOnlyCheck(s)],
};
