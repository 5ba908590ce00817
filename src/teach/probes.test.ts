import { describe, expect, it } from 'vitest';
import type { WorkloadRef } from '../model/types';
import * as probes from './probes';

const ref: WorkloadRef = {
  document: 0,
  kind: 'Pod',
  name: 'pod-demo',
  objectPath: [],
  podSpecPath: ['spec'],
  metadataPaths: [],
};
const pod = { ref };
const BUSYBOX = ['busybox', 'alpine'];
const BASE = ['busybox', 'alpine', 'debian', 'ubuntu'];
const DEBUG = ['busybox:1.36'];
const NETSHOOT = ['nicolaka/netshoot'];

const exec = (words: string) => `kubectl exec pod-demo -c app -- ${words}`;
const debugWith = (image: string, words: string) =>
  `kubectl debug -it pod-demo --image=${image} --target=app -- ${words}`;

// Each probe: the line it runs, the program it needs and the images known to ship it.
const CASES: [string, probes.ProbeLine, string, string, readonly string[]][] = [
  [
    'the hostname',
    probes.showHostname(pod, 'app'),
    exec('hostname'),
    'hostname',
    [...BUSYBOX, 'debian:bookworm'],
  ],
  [
    'the pod IP',
    probes.showPodIp(pod, 'app'),
    exec('hostname -i'),
    'hostname',
    [...BUSYBOX, 'debian:bookworm'],
  ],
  // hostNetwork: /etc/hosts is the node's, so hostname -i may not answer; busybox's ip does.
  [
    'the addresses of the namespace',
    probes.showAddresses(pod, 'app'),
    debugWith('busybox:1.36', 'ip -4 addr'),
    'ip',
    DEBUG,
  ],
  // busybox has wget, not curl.
  [
    'a neighbour over localhost',
    probes.callLocalhost(pod, 'app', 8080),
    exec('wget -O- http://localhost:8080/'),
    'wget',
    BUSYBOX,
  ],
  [
    'the same from a debug container',
    probes.callLocalhostFromDebug(pod, 'app', 8080),
    debugWith('busybox:1.36', 'wget -O- http://localhost:8080/'),
    'wget',
    DEBUG,
  ],
  [
    'listening TCP ports',
    probes.listListeningPorts(pod, 'app'),
    debugWith('nicolaka/netshoot', 'ss -ltn'),
    'ss',
    NETSHOOT,
  ],
  [
    'listening Unix sockets',
    probes.listUnixSockets(pod, 'app'),
    debugWith('nicolaka/netshoot', 'ss -xl'),
    'ss',
    NETSHOOT,
  ],
  ['the resolver', probes.showResolver(pod, 'app'), exec('cat /etc/resolv.conf'), 'cat', BASE],
  [
    'a name lookup',
    probes.resolveName(pod, 'app', 'kubernetes.default.svc'),
    debugWith('busybox:1.36', 'nslookup kubernetes.default.svc'),
    'nslookup',
    DEBUG,
  ],
  ['shared memory', probes.listSharedMemory(pod, 'app'), exec('ipcs -m'), 'ipcs', BUSYBOX],
  ['semaphores', probes.listSemaphores(pod, 'app'), exec('ipcs -s'), 'ipcs', BUSYBOX],
  ['message queues', probes.listMessageQueues(pod, 'app'), exec('ipcs -q'), 'ipcs', BUSYBOX],
  [
    'IPC from a debug container',
    probes.listIpcFromDebug(pod, 'app'),
    debugWith('busybox:1.36', 'ipcs'),
    'ipcs',
    DEBUG,
  ],
  // POSIX shared memory is files in /dev/shm: ipcs lists System V objects only.
  ['POSIX shared memory', probes.listPosixShm(pod, 'app'), exec('ls -l /dev/shm'), 'ls', BASE],
  // -e: procps lists only the caller's processes without it; busybox accepts it.
  [
    'every process',
    probes.listProcesses(pod, 'app'),
    exec('ps -eo pid,ppid,user,stat,comm'),
    'ps',
    BUSYBOX,
  ],
  [
    'every process from a debug container',
    probes.listProcessesFromDebug(pod, 'app'),
    debugWith('busybox:1.36', 'ps -eo pid,ppid,user,stat,comm'),
    'ps',
    DEBUG,
  ],
  ['PID 1', probes.showPid1(pod, 'app'), exec('cat /proc/1/cmdline'), 'cat', BASE],
  // /proc/self, not /proc/1: under a shared process namespace PID 1 is pause.
  [
    'capabilities',
    probes.showStatus(pod, 'app', 'Cap'),
    exec('grep Cap /proc/self/status'),
    'grep',
    BASE,
  ],
  [
    'no_new_privs',
    probes.showStatus(pod, 'app', 'NoNewPrivs'),
    exec('grep NoNewPrivs /proc/self/status'),
    'grep',
    BASE,
  ],
  ['a mount', probes.listMount(pod, 'app', '/my data'), exec("ls -l '/my data'"), 'ls', BASE],
  [
    'a mount with hidden entries',
    probes.listMountAll(pod, 'app', '/config'),
    exec('ls -la /config'),
    'ls',
    BASE,
  ],
  ['devices', probes.listDevices(pod, 'app'), exec('ls /dev'), 'ls', BASE],
  ['space left', probes.diskFree(pod, 'app', '/data'), exec('df -h /data'), 'df', BASE],
  ['inodes left', probes.diskFree(pod, 'app', '/data', true), exec('df -i /data'), 'df', BASE],
  [
    'a write',
    probes.tryWrite(pod, 'app', '/config/'),
    exec('touch /config/.podscope-write-test'),
    'touch',
    BASE,
  ],
  [
    'the memory limit',
    probes.readCgroup(pod, 'app', 'memory.max'),
    exec('cat /sys/fs/cgroup/memory.max'),
    'cat',
    BASE,
  ],
  [
    'memory in use',
    probes.readCgroup(pod, 'app', 'memory.current'),
    exec('cat /sys/fs/cgroup/memory.current'),
    'cat',
    BASE,
  ],
  ['GPUs', probes.showGpus(pod, 'app'), exec('nvidia-smi'), 'nvidia-smi', ['nvidia/cuda']],
  ['a shell', probes.openShell(pod, 'app'), 'kubectl exec -it pod-demo -c app -- sh', 'sh', BASE],
  [
    'a debug shell',
    probes.openDebugShell(pod, 'app'),
    'kubectl debug -it pod-demo --image=busybox:1.36 --target=app',
    'sh',
    DEBUG,
  ],
];

describe('probes', () => {
  it.each(CASES)('%s', (_, line, command, tool, worksIn) => {
    expect(line.command).toBe(command);
    expect(line.needs.tool).toBe(tool);
    expect(line.needs.worksIn).toEqual(worksIn);
  });

  it('name the image a debug container brings, and only for debug commands', () => {
    for (const [name, line] of CASES) {
      const brings = line.command.startsWith('kubectl debug');
      expect(line.needs.image, name).toBe(brings ? line.needs.worksIn[0] : undefined);
      if (brings) expect(line.command, name).toContain(`--image=${line.needs.image ?? ''}`);
    }
  });

  it('carry what they need as data on the probe itself', () => {
    expect(probes.listProcesses.tool).toBe('ps');
    expect(probes.listProcesses.worksIn).toEqual(BUSYBOX);
    expect(probes.listProcessesFromDebug.image).toBe('busybox:1.36');
  });

  it('give nothing when there is no container to run in', () => {
    expect(probes.showHostname(pod, undefined)).toBeUndefined();
    expect(probes.showAddresses(pod, undefined)).toBeUndefined();
    expect(probes.callLocalhost(pod, undefined, 80)).toBeUndefined();
  });
});
