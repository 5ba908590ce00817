// What a container's status chip says on its card and in the inspector: the reason and exit
// code, in red while it waits or after it failed. Loaded with the chips (LifecycleChips.tsx).
import type { ContainerState, ContainerStatusExplanation } from '../../../src/lifecycle/types';
import type { LifecycleTexts } from '../../i18n/en/lifecycle';
import { inTrouble } from '../containerStatus';
import { STATE_TONE } from './StateIcon';

const TROUBLE = 'border-red-700 bg-red-600 text-white dark:border-red-400 dark:bg-red-700';
const NOT_READY =
  'border-amber-600 bg-amber-100 text-amber-900 dark:border-amber-400 dark:bg-amber-900 dark:text-amber-100';

export interface StatusChip {
  icon: ContainerState;
  tone: string;
  text: string;
}

/** What a container's status chip says: its reason and exit code; nothing when it is fine. */
export function statusChip(s: ContainerStatusExplanation, T: LifecycleTexts): StatusChip | null {
  if (s.state === 'running')
    return s.ready ? null : { icon: 'running', tone: NOT_READY, text: T.notReady };
  // A waiting container has no exit code of its own: its last run's is in the chip's title.
  const code = s.exitCode;
  const reason = s.reason ?? T.state[s.state === 'waiting' ? 'waiting' : 'exited'];
  const text = code === undefined ? reason : `${reason} · ${T.exitCode(code)}`;
  const icon = s.state === 'waiting' ? 'waiting' : 'exited';
  if (inTrouble(s)) return { icon, tone: TROUBLE, text };
  return { icon, tone: s.state === 'waiting' ? NOT_READY : STATE_TONE.exited, text };
}
