// Volumes backed by storage outside the pod: claims, claim templates, generic ephemeral
// volumes, CSI, NFS, the node's own paths, and every other source.
import { describePod, listAll, object, podEvents } from '../../../src/teach/kubectl';
import { cmd, L } from '../../../src/teach/pick';
import type { Topic } from '../../../src/teach/lesson';
import { ruleAsElement } from '../ruleTopics';
import { fill, readOnlyCheck, seeMounts } from '../../../src/teach/mounts';

export const claimVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/',
  en: {
    what: 'A persistentVolumeClaim volume mounts durable storage: the PersistentVolume bound to the claim, usually provisioned by a StorageClass. The data outlives the pod; the next pod that mounts the claim finds it again.',
    why: 'Databases and uploads need data that survives restarts and rescheduling. The pod stays Pending until the claim is bound, its access mode (ReadWriteOnce: one node at a time) decides which replicas can mount it, and a zonal disk pins the pod to its zone.',
    analogy:
      'A rented storage unit across town: it stays yours when you move flat and the next flat can use it — but a unit with a single key (ReadWriteOnce) opens for one building at a time.',
    fix: 'Choose the access mode and StorageClass on purpose. When every replica needs its own data, use a StatefulSet with volumeClaimTemplates instead of one shared claim.',
  },
  'zh-CN': {
    what: 'persistentVolumeClaim 卷挂载的是持久存储：与这个 PVC 绑定的 PersistentVolume，通常由 StorageClass 动态创建。数据比 Pod 活得久，下一个挂载这个 PVC 的 Pod 还能看到它。',
    why: '数据库、上传文件等数据需要在重启和重新调度后依然存在。PVC 绑定之前 Pod 会一直 Pending；访问模式（ReadWriteOnce：同一时间只能一个节点挂载）决定哪些副本能挂载；区域性的磁盘还会把 Pod 限定在那个可用区。',
    analogy:
      '城外租的仓储间：搬家了它还是你的，下一套房子也能接着用——但只有一把钥匙的仓储间（ReadWriteOnce）同一时间只能从一栋楼打开。',
    fix: '有意识地选择访问模式和 StorageClass。每个副本需要各自的数据时，用带 volumeClaimTemplates 的 StatefulSet，而不是共用一个 PVC。',
  },
  commands: (s) => [
    cmd(
      L('The claim: bound or pending, size, access mode', 'PVC 的状态：是否已绑定、容量、访问模式'),
      object(s, 'get', 'pvc', s.volume?.reference),
    ),
    cmd(
      L('Why a claim is not bound: its events', 'PVC 没有绑定的原因：查看事件'),
      object(s, 'describe', 'pvc', s.volume?.reference),
    ),
    ...fill(s),
  ],
};

export const claimTemplateVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
  en: {
    what: 'A StatefulSet’s volumeClaimTemplates give every replica its own claim, named TEMPLATE-STATEFULSET-ORDINAL (data-web-0, data-web-1…). The claim is created when the replica first starts and stays when the pod moves to another node.',
    why: 'Replica web-0 always gets its own data back, which is what databases and queues need. The claims stay after scale-down or deletion unless persistentVolumeClaimRetentionPolicy says otherwise, and they keep costing money.',
    analogy:
      'A row of terraced flats, each with its own numbered storage unit: flat 0 always gets unit 0 back, even after moving out and in again.',
    fix: 'Set the storage size and storageClassName explicitly, decide the retention policy, and delete leftover claims on purpose.',
  },
  'zh-CN': {
    what: 'StatefulSet 的 volumeClaimTemplates 会给每个副本创建一个自己的 PVC，命名为“模板名-StatefulSet名-序号”（data-web-0、data-web-1……）。副本第一次启动时创建，Pod 迁移到其他节点后 PVC 依然保留。',
    why: '副本 web-0 总能拿回自己的数据，这正是数据库和消息队列需要的。缩容或删除 StatefulSet 后，除非 persistentVolumeClaimRetentionPolicy 另有规定，这些 PVC 会一直保留，也会一直产生费用。',
    analogy:
      '一排联排公寓，每户都有编号对应的仓储间：0 号房即使搬走再搬回来，拿到的还是 0 号仓储间。',
    fix: '明确设置存储大小和 storageClassName，决定好保留策略，并有计划地清理不再需要的 PVC。',
  },
  commands: (s) => {
    const claim = s.volume ? `${s.volume.name}-${s.ref.name}-0` : undefined;
    return [
      cmd(L('The claim of replica 0', '0 号副本的 PVC'), object(s, 'get', 'pvc', claim)),
      cmd(
        L('Its binding, size and events', '它的绑定情况、容量和事件'),
        object(s, 'describe', 'pvc', claim),
      ),
      ...fill(s),
    ];
  },
};

export const ephemeralVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes',
  en: {
    what: 'A generic ephemeral volume is a claim created together with the pod (named POD-VOLUME) from its volumeClaimTemplate, provisioned by a StorageClass, and deleted with the pod.',
    why: 'Scratch space bigger or faster than the node’s disk, with a real size and the storage driver’s features (snapshots, encryption). Provisioning can delay the pod’s start.',
    analogy:
      'A storage unit rented for exactly the length of your stay and handed back the day you move out.',
    fix: 'Use it when an emptyDir is too small or the node’s disk too slow; set the storage request and StorageClass.',
  },
  'zh-CN': {
    what: '通用临时卷（generic ephemeral volume）是和 Pod 一起、根据它的 volumeClaimTemplate 创建的 PVC（命名为“Pod名-卷名”），由 StorageClass 提供存储，Pod 删除时一并删除。',
    why: '需要比节点磁盘更大或更快、有明确容量、并带存储驱动功能（快照、加密）的临时空间时使用。创建存储可能会推迟 Pod 的启动。',
    analogy: '按入住时长租的储物柜：住多久租多久，搬走那天一起退掉。',
    fix: 'emptyDir 太小或节点磁盘太慢时使用它；设置存储请求大小和 StorageClass。',
  },
  commands: (s) => {
    const pod = s.ref.kind === 'Pod' ? s.ref.name : '<pod>';
    const claim = s.volume ? `${pod}-${s.volume.name}` : undefined;
    return [
      cmd(
        L('The claim created for this pod', '为这个 Pod 创建的 PVC'),
        object(s, 'get', 'pvc', claim),
      ),
      ...fill(s),
    ];
  },
};

export const csiVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#csi',
  en: {
    what: 'An inline CSI volume is provided by a CSI driver for this pod’s lifetime, for example the Secrets Store driver that mounts secrets from an external vault.',
    why: 'External systems become plain files, but the pod depends on the driver: if it is not installed on the node or fails, the pod stays in ContainerCreating and the reason is in its events.',
    analogy:
      'Storage delivered by an outside company on their own terms: if their van does not come, you cannot move in.',
    fix: 'Make sure the driver is installed and allows inline (ephemeral) volumes; read the pod’s events when the mount fails.',
  },
  'zh-CN': {
    what: '内联 CSI 卷由 CSI 驱动在 Pod 生命周期内提供，例如从外部密钥库挂载密钥的 Secrets Store 驱动。',
    why: '外部系统变成了普通文件，但 Pod 从此依赖这个驱动：节点上没装或者驱动出错时，Pod 会卡在 ContainerCreating，原因写在事件里。',
    analogy: '外包存储公司按自己的合同送货：他们的车不来，你就搬不进去。',
    fix: '确认驱动已安装并允许内联（临时）卷；挂载失败时查看 Pod 的事件。',
  },
  commands: (s) => [
    cmd(
      L('The CSI drivers installed in the cluster', '集群里已安装的 CSI 驱动'),
      listAll('csidriver'),
    ),
    cmd(L('Mount errors, in the pod’s events', 'Pod 事件里的挂载错误'), podEvents(s)),
    ...seeMounts(s),
  ],
};

export const nfsVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#nfs',
  en: {
    what: 'An nfs volume mounts a directory exported by an NFS server. Every pod that mounts it, on any node, sees the same files, and they outlive the pods.',
    why: 'Easy sharing across pods and nodes, but file locking over NFS is fragile, performance depends on the network, and when the server goes away processes hang on their next read.',
    analogy:
      'The neighbourhood library’s shared shelf: many buildings read and write the same books, and when the library closes, everyone waits at the door.',
    fix: 'Prefer a claim backed by an NFS StorageClass or CSI driver over an inline nfs volume; avoid several writers on one file; mount readOnly where a container only reads.',
  },
  'zh-CN': {
    what: 'nfs 卷挂载 NFS 服务器导出的一个目录。任何节点上挂载它的 Pod 看到的都是同一批文件，文件比 Pod 活得久。',
    why: '跨 Pod、跨节点共享很方便，但 NFS 上的文件锁很脆弱，性能取决于网络，服务器一旦不可用，进程会在下一次读取时卡住。',
    analogy:
      '社区图书馆的公共书架：好几栋楼的人都在同一批书上读写，图书馆一关门，大家都只能在门口等。',
    fix: '优先用由 NFS StorageClass 或 CSI 驱动提供的 PVC，而不是内联 nfs 卷；避免多个写入者写同一个文件；只读的容器以 readOnly 挂载。',
  },
  commands: (s) => [...seeMounts(s), ...fill(s), readOnlyCheck(s)],
};

// What the host-path-volume rule teaches (src/rules/host-path-volume/teach.ts), with this
// element's docs.
export const hostPathVolume: Topic = ruleAsElement(
  'host-path-volume',
  'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
);

export const otherVolume: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  en: {
    what: 'Another kind of volume source (iscsi, cephfs, fc, gitRepo…). Many of the older in-tree sources are deprecated or now served by CSI drivers.',
    why: 'Whether it mounts at all depends on what the node has installed; a failure keeps the pod in ContainerCreating with the reason in its events.',
    analogy: 'Some other storage arrangement: read its contract before you rely on it.',
    fix: 'Check the source in the Kubernetes volume documentation; prefer a claim with a CSI-backed StorageClass for new work.',
  },
  'zh-CN': {
    what: '其他类型的卷来源（iscsi、cephfs、fc、gitRepo……）。很多老的内置卷类型已经弃用，或者改由 CSI 驱动提供。',
    why: '能不能挂载成功取决于节点上装了什么；失败时 Pod 会卡在 ContainerCreating，原因写在事件里。',
    analogy: '某种别的储物安排：用之前先读清楚合同。',
    fix: '在 Kubernetes 卷文档里确认这种来源的现状；新项目优先使用基于 CSI StorageClass 的 PVC。',
  },
  commands: (s) => [
    ...seeMounts(s),
    cmd(L('Mount errors and events', '挂载错误和事件'), describePod(s)),
  ],
};
