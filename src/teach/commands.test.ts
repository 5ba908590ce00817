import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { verifyCommands } from './commands';
import { shellQuote } from './shell';

const commandsOf = (text: string, lang: 'en' | 'zh-CN' = 'en') =>
  verifyCommands(analyze(text), 0, lang);

// The seed article's pod: an app on 8080 and a sidecar that reads the app's log volume.
const DEMO = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: pod-demo}',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: nginx:1.27',
  '    ports: [{containerPort: 8080}]',
  '    volumeMounts: [{name: shared-data, mountPath: /data}]',
  '  - name: sidecar',
  '    image: busybox:1.36',
  '    volumeMounts: [{name: shared-data, mountPath: /logs}]',
  '  volumes:',
  '  - {name: shared-data, emptyDir: {}}',
);

describe('verifyCommands', () => {
  it('gives the seed article’s commands for the seed article’s pod', () => {
    expect(commandsOf(DEMO).map((c) => [c.id, c.command])).toEqual([
      ['hostname:app', 'kubectl exec pod-demo -c app -- hostname'],
      ['hostname:sidecar', 'kubectl exec pod-demo -c sidecar -- hostname'],
      ['ipcs-m:app', 'kubectl exec pod-demo -c app -- ipcs -m'],
      ['ipcs-s:app', 'kubectl exec pod-demo -c app -- ipcs -s'],
      ['shm:app', 'kubectl exec pod-demo -c app -- ls -l /dev/shm'],
      ['ipcs-m:sidecar', 'kubectl exec pod-demo -c sidecar -- ipcs -m'],
      ['ipcs-s:sidecar', 'kubectl exec pod-demo -c sidecar -- ipcs -s'],
      ['shm:sidecar', 'kubectl exec pod-demo -c sidecar -- ls -l /dev/shm'],
      // nginx's image has no ipcs, ps or wget: these bring busybox in a debug container.
      ['ipcs:debug', 'kubectl debug -it pod-demo --image=busybox:1.36 --target=app -- ipcs'],
      [
        'wget:8080',
        'kubectl debug -it pod-demo --image=busybox:1.36 --target=app -- wget -O- http://localhost:8080/',
      ],
      ['ls:app:/data', 'kubectl exec pod-demo -c app -- ls -l /data'],
      ['ls:sidecar:/logs', 'kubectl exec pod-demo -c sidecar -- ls -l /logs'],
      ['debug:app', 'kubectl debug -it pod-demo --image=busybox:1.36 --target=app'],
      ['debug:sidecar', 'kubectl debug -it pod-demo --image=busybox:1.36 --target=sidecar'],
    ]);
  });

  it('says what each command shows, and what it is about', () => {
    const byId = new Map(commandsOf(DEMO).map((c) => [c.id, c]));
    expect(byId.get('wget:8080')).toMatchObject({
      title: 'Reach app’s port 8080 over localhost from a debug container (one network namespace)',
      topic: 'network',
      container: 'app',
      port: 8080,
      needs: { tool: 'wget', worksIn: ['busybox:1.36'], image: 'busybox:1.36' },
    });
    expect(byId.get('ipcs-m:app')?.needs).toEqual({ tool: 'ipcs', worksIn: ['busybox', 'alpine'] });
    expect(byId.get('ls:sidecar:/logs')).toMatchObject({
      title: 'List /logs in sidecar',
      topic: 'volume',
      volume: 'shared-data',
    });
    expect(byId.get('hostname:app')?.title).toBe(
      'Hostname that app sees (UTS namespace: the same in every container)',
    );
  });

  it('titles the commands in Chinese on request, without touching the commands', () => {
    const zh = new Map(commandsOf(DEMO, 'zh-CN').map((c) => [c.id, c]));
    expect(zh.get('wget:8080')).toMatchObject({
      title: '从调试容器通过 localhost 访问 app 的 8080 端口（同一个网络命名空间）',
      command:
        'kubectl debug -it pod-demo --image=busybox:1.36 --target=app -- wget -O- http://localhost:8080/',
    });
    expect(zh.get('ipcs-m:app')?.title).toBe('app 里能看到的共享内存段（IPC 命名空间）');
  });

  it('addresses owners the way kubectl does, and the namespace with -n', () => {
    const deploy = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web, namespace: shop}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '      - {name: app, image: nginx:1.27}',
    );
    const byId = new Map(commandsOf(deploy).map((c) => [c.id, c.command]));
    expect(byId.get('hostname:app')).toBe('kubectl exec -n shop deploy/web -c app -- hostname');
    // kubectl debug takes a pod, never a Deployment: the pod name is left for the reader.
    expect(byId.get('debug:app')).toBe(
      'kubectl debug -it -n shop <pod> --image=busybox:1.36 --target=app',
    );
    const cron = yaml(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: nightly}',
      'spec:',
      '  schedule: "0 3 * * *"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          restartPolicy: OnFailure',
      '          containers:',
      '          - {name: job, image: busybox:1.36}',
    );
    expect(commandsOf(cron)[0].command).toBe('kubectl exec <pod> -c job -- hostname');
  });

  it('skips init containers (they have exited) but keeps native sidecars', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  initContainers:',
      '  - {name: migrate, image: flyway:10}',
      '  - {name: proxy, image: envoy:1, restartPolicy: Always}',
      '  containers:',
      '  - {name: app, image: nginx:1.27}',
    );
    const containers = new Set(commandsOf(text).map((c) => c.container));
    expect([...containers]).toEqual(['proxy', 'app']);
  });

  it('calls TCP ports only, from a debug container next to the owner', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: dns}',
      'spec:',
      '  containers:',
      '  - name: app',
      '    image: coredns:1.11',
      '    ports: [{containerPort: 53, protocol: UDP}, {containerPort: 9153}]',
    );
    const calls = commandsOf(text).filter((c) => c.topic === 'network');
    expect(calls.map((c) => c.command)).toEqual([
      'kubectl debug -it dns --image=busybox:1.36 --target=app -- wget -O- http://localhost:9153/',
    ]);
  });

  it('lists processes when the pod shares its PID namespace', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  shareProcessNamespace: true',
      '  containers:',
      '  - {name: app, image: nginx:1.27}',
      '  - {name: shell, image: busybox:1.36}',
    );
    const ps = commandsOf(text).filter((c) => c.topic === 'pid');
    // -e: without it procps' ps lists only the caller's own processes, not the pod's; the
    // debug container brings ps, which nginx's Debian image lacks.
    expect(ps.map((c) => c.command)).toEqual([
      'kubectl debug -it p --image=busybox:1.36 --target=app -- ps -eo pid,ppid,user,stat,comm',
    ]);
    expect(commandsOf(DEMO).some((c) => c.topic === 'pid')).toBe(false);
  });

  it('has no commands for a workload index that does not exist', () => {
    expect(verifyCommands(analyze(DEMO), 3)).toEqual([]);
  });
});

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest so the shell reads them back', () => {
    expect(shellQuote('pod-demo')).toBe('pod-demo');
    expect(shellQuote('localhost:8080')).toBe('localhost:8080');
    expect(shellQuote('/var/log/my app')).toBe("'/var/log/my app'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('$(reboot)')).toBe("'$(reboot)'");
    expect(shellQuote('')).toBe("''");
  });
});
