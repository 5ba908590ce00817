// The fills of the lanes' states and windows. Each state also has its shape (StateIcon) and its
// word in the lane's label and the key, so no state is told by colour alone.
import type { ContainerState } from '../../src/lifecycle/types';
import type { LaneMark, WindowKind } from './lanes';

export const SPAN_TONE: Record<ContainerState, string> = {
  waiting: 'bg-slate-200 dark:bg-slate-700',
  starting: 'bg-amber-300 dark:bg-amber-600',
  running: 'bg-sky-400 dark:bg-sky-600',
  ready: 'bg-emerald-500 dark:bg-emerald-500',
  terminating: 'bg-orange-500 dark:bg-orange-500',
  exited: 'bg-slate-500 dark:bg-slate-400',
};

export const WINDOW_TONE: Record<WindowKind, string> = {
  startup: 'border-amber-700 dark:border-amber-300',
  ready: 'border-emerald-700 dark:border-emerald-300',
  liveness: 'border-rose-700 dark:border-rose-300',
  preStop: 'border-orange-700 dark:border-orange-300',
};

export const MARK_TONE: Record<LaneMark['kind'], string> = {
  sigterm: 'bg-orange-700 dark:bg-orange-300',
  sigkill: 'bg-red-700 dark:bg-red-400',
};
