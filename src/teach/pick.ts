// Small helpers the topic modules use to write commands: a bilingual label, and which of the
// scene's containers, mounts and ports a command should name.
import type { Command, Localized, Scene, SceneMount, ScenePort } from './lesson';
import type { ProbeLine } from './probes';

/** A label in English and Simplified Chinese. */
export function L(en: string, zh: string): Localized {
  return { en, 'zh-CN': zh };
}

/** A command with its label (and what a probe needs); nothing when it could not be filled in. */
export function cmd(label: Localized, line: string | ProbeLine | undefined): Command | undefined {
  if (line === undefined) return undefined;
  return typeof line === 'string' ? { label, command: line } : { label, ...line };
}

/** The focus containers one can exec into, else every running container. */
export function liveFocus(s: Scene): readonly string[] {
  const live = s.focus.filter((c) => s.running.includes(c));
  return live.length > 0 ? live : s.running;
}

/** The first focus container one can exec into (else any running one). */
export function live(s: Scene): string | undefined {
  return liveFocus(s)[0];
}

/** A running container other than `name`, to show that something is seen across containers. */
export function otherThan(s: Scene, name: string | undefined): string | undefined {
  return s.running.find((c) => c !== name);
}

/** The first focus container, running or not (logs work for exited containers too). */
export function focus(s: Scene): string | undefined {
  return s.focus[0] ?? s.running[0];
}

/** The mounts of running containers, one per container and path. */
export function liveMounts(s: Scene): SceneMount[] {
  return s.mounts.filter((m) => s.running.includes(m.container));
}

/** The first TCP port (curl speaks TCP). */
export function tcpPort(s: Scene): ScenePort | undefined {
  return s.ports.find((p) => p.protocol === 'TCP');
}

/** Up to `n` items. */
export function few<T>(items: readonly T[], n = 2): readonly T[] {
  return items.slice(0, n);
}
