// What to run in a container to see, on a live cluster, what the graph draws: the same command
// for the same fact in the page's lessons and in the review report. Each one names the images
// it runs on; a distroless image has none of these tools, and `kubectl debug` with DEBUG_IMAGE
// brings them.
import { DEBUG_IMAGE, debug, exec, type CommandTarget } from './kubectl';

// A probe fills in a command line whenever it is given a container (see CommandFor).
type Container = string | undefined;

/**
 * `hostname`: the pod's name, the same in every container (busybox, Alpine; Debian and Ubuntu
 * with the hostname package).
 */
export const showHostname = <C extends Container>(s: CommandTarget, c: C) =>
  exec(s, c, ['hostname']);

/**
 * `hostname -i`: the pod's IP, which the name resolves to in the /etc/hosts the kubelet writes
 * (busybox, Alpine; the hostname package on Debian and Ubuntu). Not for hostNetwork pods: their
 * /etc/hosts is the node's, where the name may resolve to 127.0.1.1 or not at all.
 */
export const showPodIp = <C extends Container>(s: CommandTarget, c: C) =>
  exec(s, c, ['hostname', '-i']);

/**
 * The addresses of the network namespace `c` is in, from a busybox debug container that joins
 * it: for hostNetwork pods, the node's interfaces, whatever the app image holds.
 */
export const showAddresses = <C extends Container>(s: CommandTarget, c: C) =>
  debug(s, c, DEBUG_IMAGE, ['ip', '-4', 'addr']);

/** `ipcs -m`: System V shared memory segments (busybox, or util-linux on Debian and Ubuntu). */
export const listSharedMemory = <C extends Container>(s: CommandTarget, c: C) =>
  exec(s, c, ['ipcs', '-m']);

/** `ipcs -s`: System V semaphores. */
export const listSemaphores = <C extends Container>(s: CommandTarget, c: C) =>
  exec(s, c, ['ipcs', '-s']);

/**
 * `curl -v localhost:PORT` from `from`: a neighbour's port reached over the shared loopback.
 * Needs curl in `from`'s image (not in busybox or slim images: use the netshoot debug command).
 */
export const callLocalhost = <C extends Container>(s: CommandTarget, from: C, port: number) =>
  exec(s, from, ['curl', '-v', `localhost:${port}`]);

/** `ls -l PATH`: what a container sees where a volume is mounted. */
export const listMount = <C extends Container>(s: CommandTarget, c: C, path: string) =>
  exec(s, c, ['ls', '-l', path]);

/**
 * `ps -e -o pid,ppid,user,stat,comm`: every process `c` can see (busybox, or procps on Debian and
 * Ubuntu). Without -e procps lists only the caller's own processes; busybox accepts -e and lists
 * all either way.
 */
export const listProcesses = <C extends Container>(s: CommandTarget, c: C) =>
  exec(s, c, ['ps', '-e', '-o', 'pid,ppid,user,stat,comm']);
