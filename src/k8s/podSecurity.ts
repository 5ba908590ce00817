// The Pod Security Standards level of a pod, decided as the API server's Pod Security admission
// decides it at Kubernetes 1.35 (staging/src/k8s.io/pod-security-admission/policy, policy version
// "latest"). Pure: reads the spec as written and never throws. A value of the wrong type counts as
// absent, because the API server would reject the manifest before admission saw it.

/** privileged < baseline < restricted. */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** The PSA check ids, in PSA's own order (baseline first, then restricted, each sorted). */
export const POD_SECURITY_CHECK_IDS = [
  'appArmorProfile',
  'capabilities_baseline',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'privileged',
  'procMount',
  'seLinuxOptions',
  'seccompProfile_baseline',
  'sysctls',
  'windowsHostProcess',
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'procMount_restricted',
  'restrictedVolumes',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
] as const;

export type PodSecurityCheckId = (typeof POD_SECURITY_CHECK_IDS)[number];

/** Keys and indices from the pod spec, or ['metadata', 'annotations', key]. */
export type PodSecurityPath = readonly (string | number)[];

export interface PodSecurityFailure {
  check: PodSecurityCheckId;
  /** The lowest level that runs this check. */
  level: 'baseline' | 'restricted';
  /** The fields that fail; a field that must be set but is missing is named where it belongs. */
  paths: PodSecurityPath[];
  /** Names of the init, app and ephemeral containers involved; empty for pod-level fields. */
  containers: string[];
}

export interface PodSecurityResult {
  level: PodSecurityLevel;
  failures: PodSecurityFailure[];
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const at = (v: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((cur, key) => obj(cur)?.[key], v);

interface Container {
  obj: Obj;
  path: PodSecurityPath;
  name: string;
}

interface Pod {
  spec: Obj;
  annotations: Obj;
  containers: Container[];
  /** spec.os.name: windows exempts three restricted checks since policy 1.25. */
  windows: boolean;
  /** spec.hostUsers: false relaxes procMount, runAsNonRoot and runAsUser since policy 1.35. */
  userNamespace: boolean;
}

/** Collects the failing fields of one check. */
class Hits {
  readonly paths: PodSecurityPath[] = [];
  readonly containers: string[] = [];
  add(path: PodSecurityPath, container?: string): void {
    this.paths.push(path);
    if (container !== undefined && !this.containers.includes(container)) {
      this.containers.push(container);
    }
  }
}

// PSA visits init containers (sidecars included), app containers, then ephemeral containers.
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

function containersOf(spec: Obj): Container[] {
  return CONTAINER_LISTS.flatMap((kind) =>
    list(spec[kind]).flatMap((item, i): Container[] => {
      const c = obj(item);
      return c ? [{ obj: c, path: [kind, i], name: str(c.name) ?? `${kind}[${i}]` }] : [];
    }),
  );
}

/** Marks every container whose field at `keys` (under the container) is `bad`. */
function eachContainer(pod: Pod, hits: Hits, keys: string[], bad: (v: unknown) => boolean): void {
  for (const c of pod.containers) {
    if (bad(at(c.obj, ...keys))) hits.add([...c.path, ...keys], c.name);
  }
}

/** Marks the pod-level field and every container field under securityContext that is `bad`. */
function podAndContainers(pod: Pod, hits: Hits, keys: string[], bad: (v: unknown) => boolean) {
  if (bad(at(pod.spec, 'securityContext', ...keys))) hits.add(['securityContext', ...keys]);
  eachContainer(pod, hits, ['securityContext', ...keys], bad);
}

/** The capabilities the baseline level lets a container add (beyond them it is privileged). */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
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

// sysctlsAllowedV1Dot32: the newest set at 1.35.
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

const SELINUX_TYPES = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
  'container_engine_t',
]);

// Every VolumeSource field; the allowed ones first, as restrictedVolumes tests them.
const RESTRICTED_ALLOWED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);
const VOLUME_SOURCES = [
  ...RESTRICTED_ALLOWED_VOLUMES,
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
];

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const LIFECYCLE_HOOKS = ['postStart', 'preStop'];
const HOST_ACTIONS = ['httpGet', 'tcpSocket'];

const isTrue = (v: unknown): boolean => v === true;
const isZero = (v: unknown): boolean => v === 0;
const notDefaultProcMount = (v: unknown): boolean => typeof v === 'string' && v !== 'Default';
// AppArmor and seccomp profiles alike: a profile that is set must be one of these two types.
const isProfile = (v: unknown): boolean => obj(v) !== undefined;
const validProfile = (v: unknown): boolean => {
  const type = at(v, 'type');
  return type === 'RuntimeDefault' || type === 'Localhost';
};

/** Marks the pod and container `field` profiles that are set to any other type. */
function profileTypes(pod: Pod, hits: Hits, field: string): void {
  const bad = (sc: unknown) => isProfile(at(sc, field)) && !validProfile(at(sc, field));
  if (bad(pod.spec.securityContext)) hits.add(['securityContext', field, 'type']);
  for (const c of pod.containers) {
    if (bad(c.obj.securityContext)) hits.add([...c.path, 'securityContext', field, 'type'], c.name);
  }
}

interface Check {
  id: PodSecurityCheckId;
  level: 'baseline' | 'restricted';
  /** The baseline check this one replaces when the restricted level is evaluated. */
  overrides?: PodSecurityCheckId;
  run(pod: Pod, hits: Hits): void;
}

const BASELINE: Check[] = [
  {
    id: 'appArmorProfile',
    level: 'baseline',
    run(pod, hits) {
      profileTypes(pod, hits, 'appArmorProfile');
      for (const [key, value] of Object.entries(pod.annotations)) {
        if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX) || typeof value !== 'string') continue;
        if (value === '' || value === 'runtime/default' || value.startsWith('localhost/')) continue;
        hits.add(['metadata', 'annotations', key], key.slice(APPARMOR_ANNOTATION_PREFIX.length));
      }
    },
  },
  {
    id: 'capabilities_baseline',
    level: 'baseline',
    run(pod, hits) {
      for (const c of pod.containers) {
        const add = ['securityContext', 'capabilities', 'add'];
        list(at(c.obj, ...add)).forEach((cap, i) => {
          // Exact spelling: PSA does not upper-case or strip a CAP_ prefix.
          if (typeof cap === 'string' && !BASELINE_CAPABILITIES.has(cap)) {
            hits.add([...c.path, ...add, i], c.name);
          }
        });
      }
    },
  },
  {
    id: 'hostNamespaces',
    level: 'baseline',
    run(pod, hits) {
      for (const key of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (pod.spec[key] === true) hits.add([key]);
      }
    },
  },
  {
    id: 'hostPathVolumes',
    level: 'baseline',
    run(pod, hits) {
      list(pod.spec.volumes).forEach((v, i) => {
        if (at(v, 'hostPath') != null) hits.add(['volumes', i, 'hostPath']);
      });
    },
  },
  {
    id: 'hostPorts',
    level: 'baseline',
    run(pod, hits) {
      const hostNetwork = pod.spec.hostNetwork === true;
      for (const c of pod.containers) {
        list(c.obj.ports).forEach((port, j) => {
          const hostPort = at(port, 'hostPort');
          if (typeof hostPort === 'number' && hostPort !== 0) {
            hits.add([...c.path, 'ports', j, 'hostPort'], c.name);
          } else if (hostNetwork && c.path[0] !== 'ephemeralContainers') {
            // With hostNetwork the API server defaults an unset hostPort to the containerPort.
            const containerPort = at(port, 'containerPort');
            if (typeof containerPort === 'number' && containerPort !== 0) {
              hits.add([...c.path, 'ports', j, 'containerPort'], c.name);
            }
          }
        });
      }
    },
  },
  {
    id: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    run(pod, hits) {
      const handlers = [
        ...PROBES.map((probe) => [probe]),
        ...LIFECYCLE_HOOKS.map((hook) => ['lifecycle', hook]),
      ];
      for (const handler of handlers) {
        for (const action of HOST_ACTIONS) {
          // Any host at all, localhost included: the kubelet would connect from the node.
          eachContainer(pod, hits, [...handler, action, 'host'], (v) => !!str(v));
        }
      }
    },
  },
  {
    id: 'privileged',
    level: 'baseline',
    run: (pod, hits) => eachContainer(pod, hits, ['securityContext', 'privileged'], isTrue),
  },
  {
    id: 'procMount',
    level: 'baseline',
    run(pod, hits) {
      if (pod.userNamespace) return;
      eachContainer(pod, hits, ['securityContext', 'procMount'], notDefaultProcMount);
    },
  },
  {
    id: 'seLinuxOptions',
    level: 'baseline',
    run(pod, hits) {
      podAndContainers(pod, hits, ['seLinuxOptions', 'type'], (v) => {
        return typeof v === 'string' && !SELINUX_TYPES.has(v);
      });
      podAndContainers(pod, hits, ['seLinuxOptions', 'user'], (v) => !!str(v));
      podAndContainers(pod, hits, ['seLinuxOptions', 'role'], (v) => !!str(v));
    },
  },
  {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    run: (pod, hits) => profileTypes(pod, hits, 'seccompProfile'),
  },
  {
    id: 'sysctls',
    level: 'baseline',
    run(pod, hits) {
      list(at(pod.spec, 'securityContext', 'sysctls')).forEach((sysctl, i) => {
        if (obj(sysctl) && !SAFE_SYSCTLS.has(str(at(sysctl, 'name')) ?? '')) {
          hits.add(['securityContext', 'sysctls', i, 'name']);
        }
      });
    },
  },
  {
    id: 'windowsHostProcess',
    level: 'baseline',
    run: (pod, hits) => podAndContainers(pod, hits, ['windowsOptions', 'hostProcess'], isTrue),
  },
];

/**
 * A securityContext field every container needs, valid on the container or on the pod: marks
 * values set wrong (at `key` plus `badSuffix`) and containers that leave it unset while the pod
 * has no valid value (at `key`).
 */
function requiredPerContainer(
  pod: Pod,
  hits: Hits,
  key: string,
  badSuffix: string[],
  isSet: (v: unknown) => boolean,
  valid: (v: unknown) => boolean,
): void {
  const podValue = at(pod.spec, 'securityContext', key);
  if (isSet(podValue) && !valid(podValue)) hits.add(['securityContext', key, ...badSuffix]);
  const podValid = isSet(podValue) && valid(podValue);
  for (const c of pod.containers) {
    const path = [...c.path, 'securityContext', key];
    const value = at(c.obj, 'securityContext', key);
    if (!isSet(value)) {
      if (!podValid) hits.add(path, c.name);
    } else if (!valid(value)) {
      hits.add([...path, ...badSuffix], c.name);
    }
  }
}

const RESTRICTED: Check[] = [
  {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    run(pod, hits) {
      if (pod.windows) return;
      eachContainer(pod, hits, ['securityContext', 'allowPrivilegeEscalation'], (v) => v !== false);
    },
  },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    overrides: 'capabilities_baseline',
    run(pod, hits) {
      if (pod.windows) return;
      for (const c of pod.containers) {
        const caps = [...c.path, 'securityContext', 'capabilities'];
        // Exactly "ALL": PSA does not accept "all" even though container runtimes do.
        if (!list(at(c.obj, 'securityContext', 'capabilities', 'drop')).includes('ALL')) {
          hits.add([...caps, 'drop'], c.name);
        }
        list(at(c.obj, 'securityContext', 'capabilities', 'add')).forEach((cap, i) => {
          if (typeof cap === 'string' && cap !== 'NET_BIND_SERVICE') {
            hits.add([...caps, 'add', i], c.name);
          }
        });
      }
    },
  },
  {
    id: 'procMount_restricted',
    level: 'restricted',
    overrides: 'procMount',
    // Restricted keeps the unconditional rule that baseline relaxed for user namespaces.
    run: (pod, hits) =>
      eachContainer(pod, hits, ['securityContext', 'procMount'], notDefaultProcMount),
  },
  {
    id: 'restrictedVolumes',
    level: 'restricted',
    overrides: 'hostPathVolumes',
    run(pod, hits) {
      list(pod.spec.volumes).forEach((item, i) => {
        const volume = obj(item);
        if (!volume) return;
        const sources = VOLUME_SOURCES.filter((key) => volume[key] != null);
        // No source at all is defaulted to emptyDir by the API server.
        if (sources.length === 0 || sources.some((s) => RESTRICTED_ALLOWED_VOLUMES.has(s))) return;
        hits.add(['volumes', i, sources[0]]);
      });
    },
  },
  {
    id: 'runAsNonRoot',
    level: 'restricted',
    run(pod, hits) {
      if (pod.userNamespace) return;
      const isSet = (v: unknown) => typeof v === 'boolean';
      requiredPerContainer(pod, hits, 'runAsNonRoot', [], isSet, isTrue);
    },
  },
  {
    id: 'runAsUser',
    level: 'restricted',
    run(pod, hits) {
      if (pod.userNamespace) return;
      podAndContainers(pod, hits, ['runAsUser'], isZero);
    },
  },
  {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    overrides: 'seccompProfile_baseline',
    run(pod, hits) {
      if (pod.windows) return;
      requiredPerContainer(pod, hits, 'seccompProfile', ['type'], isProfile, validProfile);
    },
  },
];

const CHECKS = [...BASELINE, ...RESTRICTED];
const OVERRIDDEN = new Set(RESTRICTED.flatMap((c) => (c.overrides ? [c.overrides] : [])));

/**
 * The most restrictive Pod Security Standards level a pod spec passes, with every check that
 * fails. `annotations` are the pod's metadata.annotations (AppArmor may still be set there).
 */
export function evaluatePodSecurity(spec: unknown, annotations?: unknown): PodSecurityResult {
  const podSpec = obj(spec) ?? {};
  const pod: Pod = {
    spec: podSpec,
    annotations: obj(annotations) ?? {},
    containers: containersOf(podSpec),
    windows: at(podSpec, 'os', 'name') === 'windows',
    userNamespace: podSpec.hostUsers === false,
  };
  const failures: PodSecurityFailure[] = [];
  for (const check of CHECKS) {
    const hits = new Hits();
    check.run(pod, hits);
    if (hits.paths.length > 0) {
      failures.push({
        check: check.id,
        level: check.level,
        paths: hits.paths,
        containers: hits.containers,
      });
    }
  }
  // PSA evaluates each level on its own: restricted runs its checks plus the baseline checks
  // none of them override. So an (invalid) Windows pod with an Unconfined seccomp profile passes
  // restricted yet fails baseline; PSA admits it to a restricted namespace, and so do we.
  const blocksRestricted = failures.some(
    (f) => f.level === 'restricted' || !OVERRIDDEN.has(f.check),
  );
  const blocksBaseline = failures.some((f) => f.level === 'baseline');
  const level = !blocksRestricted ? 'restricted' : !blocksBaseline ? 'baseline' : 'privileged';
  return { level, failures };
}
