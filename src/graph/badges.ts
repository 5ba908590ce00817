// The few facts a container card shows as pills at the overview, where there is no room for
// its full details: what the container is (a well-known sidecar, a debug container's target),
// settings that break isolation, and what its status says went wrong. The page translates the
// text; the engine sizes the card from the English, which is the longer of the two.
import type { ContainerNode } from './types';

export type OverviewBadge =
  | { kind: 'well-known'; id: string; text: string }
  | { kind: 'target'; name: string; text: string }
  | { kind: 'risk'; flag: string; text: string }
  | { kind: 'capabilities'; added: string[]; text: string }
  | { kind: 'host-port'; port: number; text: string }
  | { kind: 'restarts'; count: number; text: string }
  | { kind: 'reason'; reason: string; text: string };

/** Badges whose text is the manifest's own words, the same in every language. */
export const LITERAL_BADGES: ReadonlySet<OverviewBadge['kind']> = new Set([
  'risk',
  'capabilities',
  'host-port',
]);

/** Space between two pills. */
export const BADGE_GAP = 6;

/** Security flags that weaken isolation; the others (runAsNonRoot…) harden and wait for details. */
export const RISKY_FLAG = /^(privileged|allowPrivilegeEscalation|capabilities\.add)/;

/** The overview pills of a container card, in the order they are drawn. */
export function overviewBadges(n: ContainerNode): OverviewBadge[] {
  const out: OverviewBadge[] = [];
  if (n.wellKnown !== undefined)
    out.push({ kind: 'well-known', id: n.wellKnown, text: n.wellKnown.replace(/-/g, ' ') });
  if (n.targetContainerName !== undefined)
    out.push({
      kind: 'target',
      name: n.targetContainerName,
      text: `target: ${n.targetContainerName}`,
    });
  for (const flag of n.security)
    if (RISKY_FLAG.test(flag) && !flag.startsWith('capabilities.add'))
      out.push({ kind: 'risk', flag, text: flag });
  // Added capabilities share one pill: `+NET_ADMIN +NET_RAW`.
  const added = n.security.flatMap((f) =>
    f.startsWith('capabilities.add:') ? [f.slice('capabilities.add:'.length)] : [],
  );
  if (added.length > 0)
    out.push({ kind: 'capabilities', added, text: added.map((c) => `+${c}`).join(' ') });
  for (const p of n.ports)
    if (p.hostPort !== undefined)
      out.push({ kind: 'host-port', port: p.hostPort, text: `hostPort ${p.hostPort}` });
  if (n.restartCount !== undefined && n.restartCount > 0)
    out.push({ kind: 'restarts', count: n.restartCount, text: `${n.restartCount} restarts` });
  if (n.lastTerminationReason !== undefined)
    out.push({
      kind: 'reason',
      reason: n.lastTerminationReason,
      text: `last: ${n.lastTerminationReason}`,
    });
  return out;
}
