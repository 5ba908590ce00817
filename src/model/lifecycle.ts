// A container's lifecycle as written, for the timeline and the rules: its postStart and preStop
// hooks with how long they take when the manifest says so (a `sleep` action, or an exec that is
// only `sleep N`, directly or through `sh -c`), and its restart rules.
import type { HookModel, RestartRuleModel } from './types';
import { int, isObj, list, obj, str, type Obj } from './values';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
const SLEEP_BINARIES = new Set(['sleep', '/bin/sleep', '/usr/bin/sleep']);
const SHELLS = new Set(['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash', '/usr/bin/bash']);
const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };

/** The container's hooks, postStart first; a hook without a known handler is left out. */
export function buildHooks(container: Obj): HookModel[] | undefined {
  const lifecycle = container.lifecycle;
  if (!isObj(lifecycle)) return undefined;
  const out: HookModel[] = [];
  for (const kind of ['postStart', 'preStop'] as const) {
    const raw = lifecycle[kind];
    if (!isObj(raw)) continue;
    const handler = HANDLERS.find((h) => raw[h] !== undefined && raw[h] !== null);
    if (!handler) continue;
    const hook: HookModel = { kind, handler };
    const seconds = handler === 'sleep' ? sleepAction(raw.sleep) : execSleep(raw.exec);
    if (seconds !== undefined) hook.seconds = seconds;
    out.push(hook);
  }
  return out.length > 0 ? out : undefined;
}

/** The container's `restartPolicyRules` (exit codes that are not integers are left out). */
export function buildRestartRules(container: Obj): RestartRuleModel[] | undefined {
  const written = container.restartPolicyRules;
  if (!Array.isArray(written)) return undefined;
  const out = written.flatMap((entry): RestartRuleModel[] => {
    if (!isObj(entry)) return [];
    const codes = obj(entry.exitCodes);
    const values = list(codes.values).flatMap((v) => {
      const n = int(v);
      return n === undefined ? [] : [n];
    });
    return [{ action: str(entry.action) ?? '', operator: str(codes.operator) ?? '', values }];
  });
  return out.length > 0 ? out : undefined;
}

function sleepAction(raw: unknown): number | undefined {
  const seconds = int(obj(raw).seconds);
  return seconds !== undefined && seconds >= 0 ? seconds : undefined;
}

/** `sleep N` as the whole command, or as the whole script of `sh -c`. */
function execSleep(raw: unknown): number | undefined {
  const command = list(obj(raw).command).map(str);
  if (command.some((w) => w === undefined)) return undefined;
  const words = command as string[];
  if (words.length === 2 && SLEEP_BINARIES.has(words[0])) return duration(words[1]);
  if (words.length === 3 && SHELLS.has(words[0]) && words[1] === '-c') {
    const m = /^\s*(?:exec\s+)?(?:(?:\/usr)?\/bin\/)?sleep\s+([^\s;]+)\s*;?\s*$/.exec(words[2]);
    return m ? duration(m[1]) : undefined;
  }
  return undefined;
}

// sleep's own argument: a number of seconds, or with an s/m/h suffix (GNU and BusyBox agree).
function duration(arg: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(arg);
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : undefined;
}
