// What to run in a container to see, on a live cluster, what the graph draws: the only place
// lessons, the inspector and the review report get a command line that runs a program in the
// pod. Each probe names, as data, the program it needs and the images known to ship it; an image
// without it (distroless, Debian slim without procps) needs the probe's debug-container twin,
// which brings its own image and joins the pod's network, IPC and UTS namespaces and, through
// --target, the target container's process namespace.
import { DEBUG_IMAGE, debug, exec, NET_IMAGE, type CommandTarget } from './kubectl';

/** What a probe needs from the image it runs in. */
export interface ProbeNeeds {
  /** The program the command runs. */
  readonly tool: string;
  /**
   * Images known to ship the tool. A probe that starts its own debug container lists that
   * image alone and names it in `image`: it works next to any container.
   */
  readonly worksIn: readonly string[];
  /** The image the command starts as a debug container, when it brings its own tools. */
  readonly image?: string;
}

/** A filled-in command line and what it needs. */
export interface ProbeLine {
  readonly command: string;
  readonly needs: ProbeNeeds;
}

type Container = string | undefined;

/** A probe fills in a line whenever it is given a container. */
export type ProbeFor<C extends Container> = C extends string ? ProbeLine : ProbeLine | undefined;

// Every shell image worth naming: busybox applets (busybox, Alpine) and Debian's essential
// packages (coreutils, grep), present in the slim variants too.
const BUSYBOX = ['busybox', 'alpine'] as const;
const BASE = [...BUSYBOX, 'debian', 'ubuntu'] as const;

function probe<A extends unknown[]>(
  needs: ProbeNeeds,
  line: (s: CommandTarget, c: string, ...args: A) => string,
) {
  const run = <C extends Container>(s: CommandTarget, c: C, ...args: A): ProbeFor<C> =>
    (c === undefined ? undefined : { command: line(s, c, ...args), needs }) as ProbeFor<C>;
  return Object.assign(run, needs);
}

const inDebug = (tool: string, image = DEBUG_IMAGE): ProbeNeeds => ({
  tool,
  worksIn: [image],
  image,
});

// --- UTS and network -------------------------------------------------------------------------

/** `hostname`: the pod's name, the same in every container. */
export const showHostname = probe(
  { tool: 'hostname', worksIn: [...BUSYBOX, 'debian:bookworm'] },
  (s, c) => exec(s, c, ['hostname']),
);

/**
 * `hostname -i`: the pod's IP, which the name resolves to in the /etc/hosts the kubelet writes.
 * Not for hostNetwork pods: their /etc/hosts is the node's, where the name may resolve to
 * 127.0.1.1 or not at all (use showAddresses).
 */
export const showPodIp = probe(
  { tool: 'hostname', worksIn: [...BUSYBOX, 'debian:bookworm'] },
  (s, c) => exec(s, c, ['hostname', '-i']),
);

/** `ip -4 addr` from a debug container: the addresses of the network namespace `c` is in. */
export const showAddresses = probe(inDebug('ip'), (s, c) =>
  debug(s, c, DEBUG_IMAGE, ['ip', '-4', 'addr']),
);

const url = (port: number) => `http://localhost:${port}/`;

/**
 * `wget -O- http://localhost:PORT/` from container `c`: a neighbour's port over the shared
 * loopback. busybox's wget prints "Connecting to localhost:PORT" before any HTTP answer.
 */
export const callLocalhost = probe({ tool: 'wget', worksIn: BUSYBOX }, (s, c, port: number) =>
  exec(s, c, ['wget', '-O-', url(port)]),
);

/** The same call from a debug container: it is in the pod's network namespace too. */
export const callLocalhostFromDebug = probe(inDebug('wget'), (s, c, port: number) =>
  debug(s, c, DEBUG_IMAGE, ['wget', '-O-', url(port)]),
);

/** `ss -ltn` from a netshoot debug container: every TCP port listening in the namespace. */
export const listListeningPorts = probe(inDebug('ss', NET_IMAGE), (s, c) =>
  debug(s, c, NET_IMAGE, ['ss', '-ltn']),
);

/** `ss -xl` from a netshoot debug container: the Unix sockets listening in the namespace. */
export const listUnixSockets = probe(inDebug('ss', NET_IMAGE), (s, c) =>
  debug(s, c, NET_IMAGE, ['ss', '-xl']),
);

/** `cat /etc/resolv.conf`: the resolver the container uses. */
export const showResolver = probe({ tool: 'cat', worksIn: BASE }, (s, c) =>
  exec(s, c, ['cat', '/etc/resolv.conf']),
);

/** `nslookup NAME` from a debug container, which gets the pod's /etc/resolv.conf too. */
export const resolveName = probe(inDebug('nslookup'), (s, c, name: string) =>
  debug(s, c, DEBUG_IMAGE, ['nslookup', name]),
);

// --- IPC -------------------------------------------------------------------------------------

/** `ipcs -m`: System V shared memory segments (not POSIX shared memory: see listPosixShm). */
export const listSharedMemory = probe({ tool: 'ipcs', worksIn: BUSYBOX }, (s, c) =>
  exec(s, c, ['ipcs', '-m']),
);

/** `ipcs -s`: System V semaphores. */
export const listSemaphores = probe({ tool: 'ipcs', worksIn: BUSYBOX }, (s, c) =>
  exec(s, c, ['ipcs', '-s']),
);

/** `ipcs -q`: System V message queues. */
export const listMessageQueues = probe({ tool: 'ipcs', worksIn: BUSYBOX }, (s, c) =>
  exec(s, c, ['ipcs', '-q']),
);

/** `ipcs` from a debug container, which joins the pod's IPC namespace: for images without it. */
export const listIpcFromDebug = probe(inDebug('ipcs'), (s, c) =>
  debug(s, c, DEBUG_IMAGE, ['ipcs']),
);

/** `ls -l /dev/shm`: POSIX shared memory, files that `ipcs` does not list. */
export const listPosixShm = probe({ tool: 'ls', worksIn: BASE }, (s, c) =>
  exec(s, c, ['ls', '-l', '/dev/shm']),
);

// --- PID and the process's own view -----------------------------------------------------------

const PS = ['ps', '-eo', 'pid,ppid,user,stat,comm'];

/**
 * `ps -eo pid,ppid,user,stat,comm`: every process `c` can see. Without -e procps lists only
 * the caller's own processes; busybox accepts -e. Debian and Ubuntu images lack procps.
 */
export const listProcesses = probe({ tool: 'ps', worksIn: BUSYBOX }, (s, c) => exec(s, c, PS));

/** The same list from a debug container that joins `c`'s process namespace (--target). */
export const listProcessesFromDebug = probe(inDebug('ps'), (s, c) => debug(s, c, DEBUG_IMAGE, PS));

/**
 * `cat /proc/1/cmdline`: the command of PID 1. Under a shared process namespace that is the
 * sandbox's pause process (it prints /pause); otherwise the container's own entry process.
 */
export const showPid1 = probe({ tool: 'cat', worksIn: BASE }, (s, c) =>
  exec(s, c, ['cat', '/proc/1/cmdline']),
);

/**
 * `grep FIELD /proc/self/status`: the grep process's own status, started in the container
 * like any process there. /proc/1 would be pause's under a shared process namespace.
 */
export const showStatus = probe(
  { tool: 'grep', worksIn: BASE },
  (s, c, field: 'Cap' | 'NoNewPrivs') => exec(s, c, ['grep', field, '/proc/self/status']),
);

// --- Files, cgroups and devices ---------------------------------------------------------------

/** `ls -l PATH`: what a container sees where a volume is mounted. */
export const listMount = probe({ tool: 'ls', worksIn: BASE }, (s, c, path: string) =>
  exec(s, c, ['ls', '-l', path]),
);

/** `ls -la PATH`: hidden entries too (a ConfigMap volume's ..data symlink). */
export const listMountAll = probe({ tool: 'ls', worksIn: BASE }, (s, c, path: string) =>
  exec(s, c, ['ls', '-la', path]),
);

/** `ls /dev`: the devices the container sees. */
export const listDevices = probe({ tool: 'ls', worksIn: BASE }, (s, c) =>
  exec(s, c, ['ls', '/dev']),
);

/** `df -h PATH` or `df -i PATH`: space or inodes left on the filesystem at PATH. */
export const diskFree = probe({ tool: 'df', worksIn: BASE }, (s, c, path: string, inodes = false) =>
  exec(s, c, ['df', inodes ? '-i' : '-h', path]),
);

/** `touch DIR/.podscope-write-test`: a harmless write, refused on a read-only mount. */
export const tryWrite = probe({ tool: 'touch', worksIn: BASE }, (s, c, dir: string) =>
  exec(s, c, ['touch', `${dir.replace(/\/$/, '')}/.podscope-write-test`]),
);

/** `cat /sys/fs/cgroup/FILE`: the container's cgroup v2 limits and usage as the kernel has them. */
export const readCgroup = probe(
  { tool: 'cat', worksIn: BASE },
  (s, c, file: 'memory.max' | 'cpu.max' | 'memory.current') =>
    exec(s, c, ['cat', `/sys/fs/cgroup/${file}`]),
);

/** `nvidia-smi`: the GPUs a container was given; the NVIDIA container toolkit mounts it in. */
export const showGpus = probe({ tool: 'nvidia-smi', worksIn: ['nvidia/cuda'] }, (s, c) =>
  exec(s, c, ['nvidia-smi']),
);

// --- Shells ----------------------------------------------------------------------------------

/** `kubectl exec -it … -- sh`: a shell in the container, if its image has one. */
export const openShell = probe({ tool: 'sh', worksIn: BASE }, (s, c) => exec(s, c, ['sh'], true));

/** A busybox debug container next to `c`, sharing its processes: a shell for any image. */
export const openDebugShell = probe(inDebug('sh'), (s, c) => debug(s, c));
