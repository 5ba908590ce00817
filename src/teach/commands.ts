// The kubectl commands that show on a live cluster what the graph draws: one hostname per
// container (UTS), ipcs -m / ipcs -s and ls -l /dev/shm (IPC), wget over localhost per port from
// a debug container (network), ls -l per mount (volumes), ps from a debug container when
// processes are shared (PID), and a debug shell per container. The command lines come from the
// probes the page's lessons use, so both say the same thing; where an image may lack the tool,
// the report takes the probe that brings its own image.
import type { AnalysisResult } from '../analysis/result';
import type { Lang } from '../i18n/lang';
import type { ContainerModel } from '../model/types';
import type { CommandTarget } from './kubectl';
import {
  callLocalhostFromDebug,
  listIpcFromDebug,
  listMount,
  listPosixShm,
  listProcessesFromDebug,
  listSemaphores,
  listSharedMemory,
  openDebugShell,
  showHostname,
  type ProbeLine,
  type ProbeNeeds,
} from './probes';
import { commandTitles, type CommandTitles } from './texts';

/** What a command demonstrates, so a view can pick the ones about the element it shows. */
export type CommandTopic = 'uts' | 'ipc' | 'network' | 'volume' | 'pid' | 'debug';

export interface VerifyCommand {
  /** Stable and unique within one workload, e.g. `hostname:app`, `wget:8080`, `ls:app:/data`. */
  id: string;
  title: string;
  topic: CommandTopic;
  /** The container the command runs in (or, for debug, targets). */
  container?: string;
  /** The volume a `ls -l` command lists. */
  volume?: string;
  /** The port a `wget` command reaches. */
  port?: number;
  command: string;
  /** The program the command runs and the images that ship it. */
  needs: ProbeNeeds;
}

// Only containers that keep running can be exec'd into: init containers have exited, and
// ephemeral containers are the debugging tool itself.
const running = (c: ContainerModel): boolean => c.role === 'app' || c.role === 'sidecar';

/** Every verification command for `result.workloads[workload]`, titles in `lang`. */
export function verifyCommands(
  result: AnalysisResult,
  workload: number,
  lang: Lang = 'en',
): VerifyCommand[] {
  const w = result.workloads[workload];
  if (!w) return [];
  const model = w.model;
  const target: CommandTarget = { ref: model.workload };
  const live = model.containers.filter(running);
  const t = commandTitles(lang);
  const make = (
    topic: CommandTopic,
    id: string,
    title: string,
    c: ContainerModel,
    line: ProbeLine,
  ): VerifyCommand => ({ id, title, topic, container: c.name, ...line });
  return [
    ...live.map((c) =>
      make('uts', `hostname:${c.name}`, t.hostname(c.name), c, showHostname(target, c.name)),
    ),
    ...live.flatMap((c) => [
      make('ipc', `ipcs-m:${c.name}`, t.sharedMemory(c.name), c, listSharedMemory(target, c.name)),
      make('ipc', `ipcs-s:${c.name}`, t.semaphores(c.name), c, listSemaphores(target, c.name)),
      make('ipc', `shm:${c.name}`, t.posixShm(c.name), c, listPosixShm(target, c.name)),
    ]),
    ...live
      .slice(0, 1)
      .map((c) =>
        make('ipc', `ipcs:debug`, t.ipcFromDebug(c.name), c, listIpcFromDebug(target, c.name)),
      ),
    ...portCommands(target, model.containers, live, t),
    ...live.flatMap((c) =>
      c.mounts
        .filter((m) => m.mountPath)
        .map((m) => ({
          ...make(
            'volume',
            `ls:${c.name}:${m.mountPath}`,
            t.listMount(m.mountPath ?? '', c.name),
            c,
            listMount(target, c.name, m.mountPath ?? ''),
          ),
          volume: m.name,
        })),
    ),
    ...(model.shareProcessNamespace && live[0]
      ? [
          make(
            'pid',
            `ps:${live[0].name}`,
            t.processes(live[0].name),
            live[0],
            listProcessesFromDebug(target, live[0].name),
          ),
        ]
      : []),
    ...live.map((c) =>
      make('debug', `debug:${c.name}`, t.debug(c.name), c, openDebugShell(target, c.name)),
    ),
  ];
}

// One wget per TCP port over localhost, from a debug container next to the port's owner (else
// any running container): it is in the pod's network namespace whatever the app images hold.
function portCommands(
  target: CommandTarget,
  containers: readonly ContainerModel[],
  live: readonly ContainerModel[],
  t: CommandTitles,
): VerifyCommand[] {
  const out: VerifyCommand[] = [];
  const seen = new Set<number>();
  for (const owner of containers) {
    if (owner.role === 'ephemeral') continue;
    for (const p of owner.ports) {
      if (p.containerPort === undefined || p.protocol !== 'TCP' || seen.has(p.containerPort))
        continue;
      seen.add(p.containerPort);
      const from = running(owner) ? owner : live[0];
      if (!from) continue;
      out.push({
        id: `wget:${p.containerPort}`,
        title: t.localhost(p.containerPort, owner.name),
        topic: 'network',
        container: from.name,
        ...callLocalhostFromDebug(target, from.name, p.containerPort),
        port: p.containerPort,
      });
    }
  }
  return out;
}
