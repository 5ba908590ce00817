// The kubectl commands that show on a live cluster what the graph draws: one hostname per
// container (UTS), ipcs -m / ipcs -s (IPC), curl over localhost per port (network), ls -l per
// mount (volumes), ps when processes are shared (PID), and a debug shell per container.
import type { AnalysisResult } from '../analysis';
import type { Lang } from '../i18n/lang';
import type { ContainerModel, PodModel } from '../model/types';
import { debugCommand, execCommand } from './shell';
import { commandTitles, type CommandTitles } from './texts';

/** What a command demonstrates, so a view can pick the ones about the element it shows. */
export type CommandTopic = 'uts' | 'ipc' | 'network' | 'volume' | 'pid' | 'debug';

export interface VerifyCommand {
  /** Stable and unique within one workload, e.g. `hostname:app`, `curl:8080`, `ls:app:/data`. */
  id: string;
  title: string;
  topic: CommandTopic;
  /** The container the command runs in (or, for debug, targets). */
  container?: string;
  /** The volume a `ls -l` command lists. */
  volume?: string;
  /** The port a `curl` command reaches. */
  port?: number;
  command: string;
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
  const live = model.containers.filter(running);
  const t = commandTitles(lang);
  return [
    ...live.map((c) =>
      exec(model, c, 'uts', `hostname:${c.name}`, t.hostname(c.name), ['hostname']),
    ),
    ...live.flatMap((c) => [
      exec(model, c, 'ipc', `ipcs-m:${c.name}`, t.sharedMemory(c.name), ['ipcs', '-m']),
      exec(model, c, 'ipc', `ipcs-s:${c.name}`, t.semaphores(c.name), ['ipcs', '-s']),
    ]),
    ...portCommands(model, live, t),
    ...live.flatMap((c) =>
      c.mounts
        .filter((m) => m.mountPath)
        .map((m) => ({
          ...exec(
            model,
            c,
            'volume',
            `ls:${c.name}:${m.mountPath}`,
            t.listMount(m.mountPath ?? '', c.name),
            ['ls', '-l', m.mountPath ?? ''],
          ),
          volume: m.name,
        })),
    ),
    ...(model.shareProcessNamespace && live[0]
      ? [exec(model, live[0], 'pid', `ps:${live[0].name}`, t.processes(live[0].name), ['ps', 'ax'])]
      : []),
    ...live.map((c) => ({
      id: `debug:${c.name}`,
      title: t.debug(c.name),
      topic: 'debug' as const,
      container: c.name,
      command: debugCommand(model.workload, c.name),
    })),
  ];
}

function exec(
  model: PodModel,
  c: ContainerModel,
  topic: CommandTopic,
  id: string,
  title: string,
  args: readonly string[],
): VerifyCommand {
  return {
    id,
    title,
    topic,
    container: c.name,
    command: execCommand(model.workload, c.name, args),
  };
}

// One curl per TCP port, from another running container when there is one: reaching a
// neighbour's port over localhost is what shows the shared network namespace.
function portCommands(
  model: PodModel,
  live: readonly ContainerModel[],
  t: CommandTitles,
): VerifyCommand[] {
  const out: VerifyCommand[] = [];
  const seen = new Set<number>();
  for (const owner of model.containers) {
    if (owner.role === 'ephemeral') continue;
    for (const p of owner.ports) {
      if (p.containerPort === undefined || p.protocol !== 'TCP' || seen.has(p.containerPort))
        continue;
      seen.add(p.containerPort);
      const from = live.find((c) => c !== owner) ?? (running(owner) ? owner : undefined);
      if (!from) continue;
      out.push({
        ...exec(
          model,
          from,
          'network',
          `curl:${p.containerPort}`,
          t.localhost(p.containerPort, owner.name, from.name),
          ['curl', '-v', `localhost:${p.containerPort}`],
        ),
        port: p.containerPort,
      });
    }
  }
  return out;
}
