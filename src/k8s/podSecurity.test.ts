import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  evaluatePodSecurity,
  POD_SECURITY_CHECK_IDS,
  type PodSecurityCheckId,
  type PodSecurityResult,
} from './podSecurity';
import { podSecurityCheckText, podSecurityLevelName } from './podSecurityTexts';

type Obj = Record<string, unknown>;

const HARDENED_CONTAINER = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };

/** A pod that passes restricted; `spec` and `container` add or replace fields. */
function hardened(spec: Obj = {}, container: Obj = {}): Obj {
  return {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [
      { name: 'app', image: 'nginx', securityContext: HARDENED_CONTAINER, ...container },
    ],
    ...spec,
  };
}

/** The app container's securityContext, hardened plus `extra`. */
const sc = (extra: Obj): Obj => ({ securityContext: { ...HARDENED_CONTAINER, ...extra } });

const ids = (r: PodSecurityResult): PodSecurityCheckId[] => r.failures.map((f) => f.check);
const failure = (r: PodSecurityResult, id: PodSecurityCheckId) =>
  r.failures.find((f) => f.check === id);

describe('evaluatePodSecurity: the two ends', () => {
  it('the default minimal pod (one container, image only) is baseline, not restricted', () => {
    const r = evaluatePodSecurity({ containers: [{ name: 'app', image: 'nginx' }] });
    expect(r.level).toBe('baseline');
    // The four the API server names for such a pod in a restricted namespace.
    expect(ids(r)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    expect(r.failures.every((f) => f.level === 'restricted')).toBe(true);
  });

  it('a fully hardened pod, written as YAML, is restricted', () => {
    const spec = parse(`
securityContext:
  runAsNonRoot: true
  runAsUser: 10001
  seccompProfile: { type: RuntimeDefault }
initContainers:
  - name: log-shipper
    image: fluent/fluent-bit
    restartPolicy: Always
    securityContext:
      allowPrivilegeEscalation: false
      capabilities: { drop: [ALL] }
containers:
  - name: web
    image: nginx
    ports: [{ containerPort: 8080 }]
    readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
    securityContext:
      allowPrivilegeEscalation: false
      readOnlyRootFilesystem: true
      capabilities: { drop: [ALL], add: [NET_BIND_SERVICE] }
volumes:
  - name: cache
    emptyDir: {}
  - name: config
    configMap: { name: web }
`) as Obj;
    expect(evaluatePodSecurity(spec)).toEqual({ level: 'restricted', failures: [] });
  });

  it('an empty pod spec passes restricted (nothing to check)', () => {
    expect(evaluatePodSecurity({}).level).toBe('restricted');
  });

  it('lists baseline failures before restricted ones, each check once, in PSA order', () => {
    const r = evaluatePodSecurity({
      hostPID: true,
      containers: [
        { name: 'a', securityContext: { privileged: true } },
        { name: 'b', securityContext: { privileged: true } },
      ],
    });
    expect(r.level).toBe('privileged');
    const order = ids(r).map((id) => POD_SECURITY_CHECK_IDS.indexOf(id));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(failure(r, 'privileged')?.containers).toEqual(['a', 'b']);
  });
});

describe('baseline checks', () => {
  it('windowsHostProcess: fails for the pod or a container setting hostProcess: true', () => {
    const r = evaluatePodSecurity(
      hardened(
        { securityContext: { windowsOptions: { hostProcess: true }, runAsNonRoot: true } },
        sc({ windowsOptions: { hostProcess: true } }),
      ),
    );
    expect(r.level).toBe('privileged');
    expect(failure(r, 'windowsHostProcess')).toEqual({
      check: 'windowsHostProcess',
      level: 'baseline',
      paths: [
        ['securityContext', 'windowsOptions', 'hostProcess'],
        ['containers', 0, 'securityContext', 'windowsOptions', 'hostProcess'],
      ],
      containers: ['app'],
    });
  });

  it('windowsHostProcess: hostProcess: false passes', () => {
    const r = evaluatePodSecurity(hardened({}, sc({ windowsOptions: { hostProcess: false } })));
    expect(r.level).toBe('restricted');
  });

  it('hostNamespaces: hostNetwork, hostPID and hostIPC each fail', () => {
    const r = evaluatePodSecurity(hardened({ hostNetwork: true, hostPID: true, hostIPC: true }));
    expect(r.level).toBe('privileged');
    expect(failure(r, 'hostNamespaces')?.paths).toEqual([
      ['hostNetwork'],
      ['hostPID'],
      ['hostIPC'],
    ]);
    expect(failure(r, 'hostNamespaces')?.containers).toEqual([]);
  });

  it('hostNamespaces: false, or a string "true" the API would refuse, does not fail', () => {
    const off = evaluatePodSecurity(
      hardened({ hostNetwork: false, hostPID: false, hostIPC: false }),
    );
    expect(off.level).toBe('restricted');
    expect(ids(evaluatePodSecurity(hardened({ hostPID: 'true' })))).toEqual([]);
  });

  it('privileged: a privileged sidecar (init container) fails', () => {
    const spec = hardened({
      initContainers: [
        { name: 'mesh', restartPolicy: 'Always', securityContext: { privileged: true } },
      ],
    });
    const r = evaluatePodSecurity(spec);
    expect(r.level).toBe('privileged');
    expect(failure(r, 'privileged')?.paths).toEqual([
      ['initContainers', 0, 'securityContext', 'privileged'],
    ]);
    expect(failure(r, 'privileged')?.containers).toEqual(['mesh']);
  });

  it('privileged: privileged: false passes', () => {
    expect(evaluatePodSecurity(hardened({}, sc({ privileged: false }))).level).toBe('restricted');
  });

  it('capabilities_baseline: adding NET_RAW or SYS_ADMIN fails baseline', () => {
    const r = evaluatePodSecurity(
      hardened({}, sc({ capabilities: { drop: ['ALL'], add: ['CHOWN', 'NET_RAW', 'SYS_ADMIN'] } })),
    );
    expect(r.level).toBe('privileged');
    const add = ['containers', 0, 'securityContext', 'capabilities', 'add'];
    expect(failure(r, 'capabilities_baseline')?.paths).toEqual([
      [...add, 1],
      [...add, 2],
    ]);
  });

  it('capabilities_baseline: the default set may be added (restricted still refuses)', () => {
    const caps = ['AUDIT_WRITE', 'CHOWN', 'KILL', 'MKNOD', 'SETUID', 'SYS_CHROOT'];
    const r = evaluatePodSecurity(hardened({}, sc({ capabilities: { drop: ['ALL'], add: caps } })));
    expect(r.level).toBe('baseline');
    expect(ids(r)).toEqual(['capabilities_restricted']);
  });

  it('capabilities_baseline: names are exact; lower case or a CAP_ prefix fails', () => {
    for (const cap of ['net_bind_service', 'CAP_CHOWN']) {
      const r = evaluatePodSecurity(
        hardened({}, sc({ capabilities: { drop: ['ALL'], add: [cap] } })),
      );
      expect(ids(r)).toContain('capabilities_baseline');
    }
  });

  it('hostPathVolumes: a hostPath volume fails baseline (and restricted volume types)', () => {
    const r = evaluatePodSecurity(
      hardened({ volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }] }),
    );
    expect(r.level).toBe('privileged');
    expect(failure(r, 'hostPathVolumes')?.paths).toEqual([['volumes', 0, 'hostPath']]);
    expect(failure(r, 'restrictedVolumes')?.paths).toEqual([['volumes', 0, 'hostPath']]);
  });

  it('hostPathVolumes: an emptyDir volume passes', () => {
    const r = evaluatePodSecurity(hardened({ volumes: [{ name: 'tmp', emptyDir: {} }] }));
    expect(r.level).toBe('restricted');
  });

  it('hostPorts: a non-zero hostPort fails', () => {
    const r = evaluatePodSecurity(hardened({}, { ports: [{ containerPort: 80, hostPort: 8080 }] }));
    expect(r.level).toBe('privileged');
    expect(failure(r, 'hostPorts')?.paths).toEqual([['containers', 0, 'ports', 0, 'hostPort']]);
  });

  it('hostPorts: hostPort 0 or unset passes', () => {
    const ports = [{ containerPort: 80, hostPort: 0 }, { containerPort: 81 }];
    expect(evaluatePodSecurity(hardened({}, { ports })).level).toBe('restricted');
  });

  it('hostPorts: with hostNetwork the API server turns containerPort into hostPort', () => {
    const r = evaluatePodSecurity(
      hardened({ hostNetwork: true }, { ports: [{ containerPort: 80 }] }),
    );
    expect(ids(r)).toEqual(['hostNamespaces', 'hostPorts']);
    expect(failure(r, 'hostPorts')?.paths).toEqual([
      ['containers', 0, 'ports', 0, 'containerPort'],
    ]);
  });

  it('hostProbesAndHostLifecycle: any host in a probe or hook fails, localhost too', () => {
    const r = evaluatePodSecurity(
      hardened(
        {},
        {
          livenessProbe: { httpGet: { host: 'localhost', port: 8080 } },
          lifecycle: { preStop: { tcpSocket: { host: '10.0.0.1', port: 22 } } },
        },
      ),
    );
    expect(r.level).toBe('privileged');
    expect(failure(r, 'hostProbesAndHostLifecycle')?.paths).toEqual([
      ['containers', 0, 'livenessProbe', 'httpGet', 'host'],
      ['containers', 0, 'lifecycle', 'preStop', 'tcpSocket', 'host'],
    ]);
  });

  it('hostProbesAndHostLifecycle: an empty or unset host passes', () => {
    const r = evaluatePodSecurity(
      hardened(
        {},
        {
          readinessProbe: { httpGet: { host: '', port: 8080 } },
          startupProbe: { tcpSocket: { port: 8080 } },
          lifecycle: { postStart: { httpGet: { path: '/warm', port: 8080 } } },
        },
      ),
    );
    expect(r.level).toBe('restricted');
  });

  it('appArmorProfile: Unconfined in the field or the annotation fails', () => {
    const key = 'container.apparmor.security.beta.kubernetes.io/app';
    const r = evaluatePodSecurity(hardened({}, sc({ appArmorProfile: { type: 'Unconfined' } })), {
      [key]: 'unconfined',
    });
    expect(r.level).toBe('privileged');
    expect(failure(r, 'appArmorProfile')?.paths).toEqual([
      ['containers', 0, 'securityContext', 'appArmorProfile', 'type'],
      ['metadata', 'annotations', key],
    ]);
    expect(failure(r, 'appArmorProfile')?.containers).toEqual(['app']);
  });

  it('appArmorProfile: a pod-level Unconfined profile fails', () => {
    const spec = hardened({
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
        appArmorProfile: { type: 'Unconfined' },
      },
    });
    expect(failure(evaluatePodSecurity(spec), 'appArmorProfile')?.paths).toEqual([
      ['securityContext', 'appArmorProfile', 'type'],
    ]);
  });

  it('appArmorProfile: RuntimeDefault, Localhost, runtime/default and localhost/* pass', () => {
    const spec = hardened(
      {},
      sc({ appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-nginx' } }),
    );
    const r = evaluatePodSecurity(spec, {
      'container.apparmor.security.beta.kubernetes.io/app': 'localhost/k8s-nginx',
      'container.apparmor.security.beta.kubernetes.io/other': 'runtime/default',
      'example.com/unconfined': 'unconfined',
    });
    expect(r.level).toBe('restricted');
  });

  it('seLinuxOptions: a custom type, user or role fails', () => {
    const r = evaluatePodSecurity(
      hardened({}, sc({ seLinuxOptions: { type: 'spc_t', user: 'system_u', role: 'system_r' } })),
    );
    expect(r.level).toBe('privileged');
    const base = ['containers', 0, 'securityContext', 'seLinuxOptions'];
    expect(failure(r, 'seLinuxOptions')?.paths).toEqual([
      [...base, 'type'],
      [...base, 'user'],
      [...base, 'role'],
    ]);
  });

  it('seLinuxOptions: container_engine_t (1.31+) and a level alone pass', () => {
    const spec = hardened(
      { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } },
      sc({ seLinuxOptions: { type: 'container_engine_t', level: 's0:c123,c456' } }),
    );
    expect(evaluatePodSecurity(spec).level).toBe('restricted');
  });

  it('procMount: Unmasked fails baseline', () => {
    const r = evaluatePodSecurity(hardened({}, sc({ procMount: 'Unmasked' })));
    expect(r.level).toBe('privileged');
    expect(ids(r)).toEqual(['procMount', 'procMount_restricted']);
  });

  it('procMount: Default passes', () => {
    expect(evaluatePodSecurity(hardened({}, sc({ procMount: 'Default' }))).level).toBe(
      'restricted',
    );
  });

  it('procMount: in a user namespace baseline allows Unmasked, restricted still does not', () => {
    const r = evaluatePodSecurity(hardened({ hostUsers: false }, sc({ procMount: 'Unmasked' })));
    expect(r.level).toBe('baseline');
    expect(ids(r)).toEqual(['procMount_restricted']);
  });

  it('seccompProfile_baseline: Unconfined at pod or container level fails baseline', () => {
    const pod = hardened({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } },
    });
    const r = evaluatePodSecurity(pod);
    expect(r.level).toBe('privileged');
    expect(failure(r, 'seccompProfile_baseline')?.paths).toEqual([
      ['securityContext', 'seccompProfile', 'type'],
    ]);
    const ctr = evaluatePodSecurity(hardened({}, sc({ seccompProfile: { type: 'Unconfined' } })));
    expect(failure(ctr, 'seccompProfile_baseline')?.containers).toEqual(['app']);
  });

  it('seccompProfile_baseline: no profile passes baseline; Localhost passes restricted', () => {
    const none = evaluatePodSecurity({ containers: [{ name: 'app' }] });
    expect(ids(none)).not.toContain('seccompProfile_baseline');
    const local = sc({
      seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/audit.json' },
    });
    expect(evaluatePodSecurity(hardened({}, local)).level).toBe('restricted');
  });

  it('sysctls: an unsafe sysctl fails', () => {
    const sysctls = [
      { name: 'net.ipv4.ip_local_port_range', value: '1024 65535' },
      { name: 'kernel.msgmax', value: '65536' },
      { name: 'net.core.somaxconn', value: '1024' },
    ];
    const r = evaluatePodSecurity(hardened({ securityContext: { runAsNonRoot: true, sysctls } }));
    expect(r.level).toBe('privileged');
    expect(failure(r, 'sysctls')?.paths).toEqual([
      ['securityContext', 'sysctls', 1, 'name'],
      ['securityContext', 'sysctls', 2, 'name'],
    ]);
  });

  it('sysctls: the safe set as of 1.32 passes', () => {
    const names = ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
    const securityContext = {
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
      sysctls: names.map((name) => ({ name, value: '1' })),
    };
    expect(evaluatePodSecurity(hardened({ securityContext })).level).toBe('restricted');
  });
});

describe('restricted checks', () => {
  it('allowPrivilegeEscalation: unset or true fails, ephemeral containers counted', () => {
    const r = evaluatePodSecurity(
      hardened(
        {
          ephemeralContainers: [
            {
              name: 'debugger',
              image: 'busybox',
              securityContext: { capabilities: { drop: ['ALL'] } },
            },
          ],
        },
        sc({ allowPrivilegeEscalation: true }),
      ),
    );
    expect(r.level).toBe('baseline');
    expect(failure(r, 'allowPrivilegeEscalation')?.containers).toEqual(['app', 'debugger']);
    expect(failure(r, 'allowPrivilegeEscalation')?.paths).toEqual([
      ['containers', 0, 'securityContext', 'allowPrivilegeEscalation'],
      ['ephemeralContainers', 0, 'securityContext', 'allowPrivilegeEscalation'],
    ]);
  });

  it('allowPrivilegeEscalation: false in every container passes', () => {
    const init = { name: 'init', securityContext: HARDENED_CONTAINER };
    expect(evaluatePodSecurity(hardened({ initContainers: [init] })).level).toBe('restricted');
  });

  it('capabilities_restricted: drop ["all"] in lower case does not count', () => {
    const r = evaluatePodSecurity(hardened({}, sc({ capabilities: { drop: ['all'] } })));
    expect(r.level).toBe('baseline');
    expect(failure(r, 'capabilities_restricted')?.paths).toEqual([
      ['containers', 0, 'securityContext', 'capabilities', 'drop'],
    ]);
  });

  it('capabilities_restricted: adding anything but NET_BIND_SERVICE fails', () => {
    const r = evaluatePodSecurity(
      hardened({}, sc({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'CHOWN'] } })),
    );
    expect(r.level).toBe('baseline');
    expect(failure(r, 'capabilities_restricted')?.paths).toEqual([
      ['containers', 0, 'securityContext', 'capabilities', 'add', 1],
    ]);
  });

  it('capabilities_restricted: drop ALL and add NET_BIND_SERVICE passes', () => {
    const caps = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] };
    expect(evaluatePodSecurity(hardened({}, sc({ capabilities: caps }))).level).toBe('restricted');
  });

  it('restrictedVolumes: nfs, gitRepo and other inline types fail', () => {
    const volumes = [
      { name: 'data', nfs: { server: 'nfs.local', path: '/exports' } },
      { name: 'src', gitRepo: { repository: 'https://example.com/repo.git' } },
    ];
    const r = evaluatePodSecurity(hardened({ volumes }));
    expect(r.level).toBe('baseline');
    expect(failure(r, 'restrictedVolumes')?.paths).toEqual([
      ['volumes', 0, 'nfs'],
      ['volumes', 1, 'gitRepo'],
    ]);
  });

  it('restrictedVolumes: core types, image volumes and a volume with no source pass', () => {
    const volumes = [
      { name: 'a', configMap: { name: 'a' } },
      { name: 'b', secret: { secretName: 'b' } },
      { name: 'c', projected: { sources: [] } },
      { name: 'd', downwardAPI: { items: [] } },
      { name: 'e', persistentVolumeClaim: { claimName: 'e' } },
      { name: 'f', csi: { driver: 'secrets-store.csi.k8s.io' } },
      { name: 'g', ephemeral: { volumeClaimTemplate: { spec: {} } } },
      { name: 'h', image: { reference: 'quay.io/models/llm:v1' } },
      { name: 'defaulted-to-emptydir' },
    ];
    expect(evaluatePodSecurity(hardened({ volumes })).level).toBe('restricted');
  });

  it('runAsNonRoot: true at pod level but false in one container fails for that container', () => {
    const r = evaluatePodSecurity(
      hardened({
        containers: [
          { name: 'a', securityContext: HARDENED_CONTAINER },
          { name: 'b', securityContext: { ...HARDENED_CONTAINER, runAsNonRoot: false } },
        ],
      }),
    );
    expect(r.level).toBe('baseline');
    expect(failure(r, 'runAsNonRoot')).toEqual({
      check: 'runAsNonRoot',
      level: 'restricted',
      paths: [['containers', 1, 'securityContext', 'runAsNonRoot']],
      containers: ['b'],
    });
  });

  it('runAsNonRoot: false at pod level fails even where containers set true', () => {
    const spec = hardened(
      { securityContext: { runAsNonRoot: false, seccompProfile: { type: 'RuntimeDefault' } } },
      sc({ runAsNonRoot: true }),
    );
    expect(failure(evaluatePodSecurity(spec), 'runAsNonRoot')?.paths).toEqual([
      ['securityContext', 'runAsNonRoot'],
    ]);
  });

  it('runAsNonRoot: set true in every container without a pod-level value passes', () => {
    const spec = hardened(
      { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
      sc({ runAsNonRoot: true }),
    );
    expect(evaluatePodSecurity(spec).level).toBe('restricted');
  });

  it('runAsUser: 0 at pod or container level fails', () => {
    const spec = hardened(
      {
        securityContext: {
          runAsNonRoot: true,
          runAsUser: 0,
          seccompProfile: { type: 'RuntimeDefault' },
        },
      },
      sc({ runAsUser: 0 }),
    );
    const r = evaluatePodSecurity(spec);
    expect(r.level).toBe('baseline');
    expect(failure(r, 'runAsUser')?.paths).toEqual([
      ['securityContext', 'runAsUser'],
      ['containers', 0, 'securityContext', 'runAsUser'],
    ]);
  });

  it('runAsUser: a non-zero user passes', () => {
    expect(evaluatePodSecurity(hardened({}, sc({ runAsUser: 1000 }))).level).toBe('restricted');
  });

  it('runAsNonRoot and runAsUser are not checked for a pod in a user namespace', () => {
    const spec = hardened(
      { hostUsers: false, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
      sc({ runAsUser: 0 }),
    );
    expect(evaluatePodSecurity(spec).level).toBe('restricted');
  });

  it('seccompProfile_restricted: a pod-level profile covers every container', () => {
    const spec = hardened({
      initContainers: [{ name: 'init', securityContext: HARDENED_CONTAINER }],
    });
    expect(evaluatePodSecurity(spec).level).toBe('restricted');
  });

  it('seccompProfile_restricted: without a pod-level profile each container must set one', () => {
    const r = evaluatePodSecurity({
      securityContext: { runAsNonRoot: true },
      containers: [
        {
          name: 'a',
          securityContext: { ...HARDENED_CONTAINER, seccompProfile: { type: 'RuntimeDefault' } },
        },
        { name: 'b', securityContext: HARDENED_CONTAINER },
      ],
    });
    expect(r.level).toBe('baseline');
    expect(failure(r, 'seccompProfile_restricted')).toEqual({
      check: 'seccompProfile_restricted',
      level: 'restricted',
      paths: [['containers', 1, 'securityContext', 'seccompProfile']],
      containers: ['b'],
    });
  });

  it('seccompProfile_restricted: a container overriding the pod with Unconfined fails', () => {
    const r = evaluatePodSecurity(hardened({}, sc({ seccompProfile: { type: 'Unconfined' } })));
    expect(ids(r)).toEqual(['seccompProfile_baseline', 'seccompProfile_restricted']);
    expect(r.level).toBe('privileged');
  });
});

describe('Windows pods (spec.os.name: windows)', () => {
  const windows = (spec: Obj = {}): Obj => ({
    os: { name: 'windows' },
    containers: [{ name: 'iis', image: 'mcr.microsoft.com/windows/servercore/iis' }],
    ...spec,
  });

  it('skip allowPrivilegeEscalation, capabilities and seccomp, but not runAsNonRoot', () => {
    const r = evaluatePodSecurity(windows());
    expect(r.level).toBe('baseline');
    expect(ids(r)).toEqual(['runAsNonRoot']);
    expect(ids(evaluatePodSecurity({ ...windows(), os: { name: 'linux' } }))).toContain(
      'seccompProfile_restricted',
    );
  });

  it('reach restricted with runAsNonRoot alone', () => {
    const r = evaluatePodSecurity(windows({ securityContext: { runAsNonRoot: true } }));
    expect(r).toEqual({ level: 'restricted', failures: [] });
  });

  it('pass restricted with Unconfined seccomp, as PSA does, though baseline fails', () => {
    // Restricted overrides the baseline seccomp check and exempts Windows from its own.
    const r = evaluatePodSecurity(
      windows({ securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } } }),
    );
    expect(ids(r)).toEqual(['seccompProfile_baseline']);
    expect(r.level).toBe('restricted');
  });
});

describe('evaluatePodSecurity: defensive reading', () => {
  it('wrong types never throw and count as absent', () => {
    for (const spec of [undefined, null, 'x', 42, [], { containers: 'app' }]) {
      expect(() => evaluatePodSecurity(spec, 'annotations')).not.toThrow();
    }
    const r = evaluatePodSecurity({
      securityContext: 'strict',
      volumes: [null, 'x', { name: 'v', hostPath: null }],
      containers: [null, { securityContext: { capabilities: { add: [7], drop: 'ALL' } } }],
    });
    expect(ids(r)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    // An unnamed container is named by its place.
    expect(failure(r, 'runAsNonRoot')?.containers).toEqual(['containers[1]']);
  });

  it('any input gives a level consistent with its failures', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (spec, annotations) => {
        const r = evaluatePodSecurity(spec, annotations);
        const levels = new Set(r.failures.map((f) => f.level));
        if (r.level === 'privileged') expect(levels.has('baseline')).toBe(true);
        if (r.level === 'restricted') expect(levels.has('restricted')).toBe(false);
        if (r.level !== 'restricted') expect(r.failures.length).toBeGreaterThan(0);
        for (const f of r.failures) expect(f.paths.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('podSecurityTexts', () => {
  it('every check has a title and an explanation in English and Chinese', () => {
    for (const id of POD_SECURITY_CHECK_IDS) {
      const en = podSecurityCheckText(id, 'en');
      const zh = podSecurityCheckText(id, 'zh-CN');
      expect(en.title.length).toBeGreaterThan(0);
      expect(en.explanation).toMatch(/\.$/);
      expect(zh.title.length).toBeGreaterThan(0);
      expect(zh.explanation).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.explanation).toMatch(/。$/);
    }
  });

  it('uses the kubernetes.io/zh-cn words', () => {
    expect(podSecurityCheckText('capabilities_baseline', 'zh-CN').title).toContain(
      '权能（capability）',
    );
    expect(podSecurityCheckText('privileged', 'zh-CN').title).toBe('特权容器');
    expect(podSecurityCheckText('restrictedVolumes', 'zh-CN').title).toContain('卷');
    // The Chinese page shows no English words: the level is named in Chinese only.
    expect(podSecurityLevelName('restricted', 'zh-CN')).toBe('受限');
    expect(podSecurityLevelName('baseline', 'en')).toBe('Baseline');
  });
});
