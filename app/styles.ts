// Tailwind class sets shared by the side panel, the teaching texts and presentation mode, keyed by
// what they mean, so colours and links look the same everywhere.
import type { ContainerRole } from '../src/model/types';
import type { Severity } from '../src/types';

export const severityBadge: Record<Severity, string> = {
  error: 'bg-red-50 text-red-700 ring-red-600/30 dark:bg-red-950 dark:text-red-300',
  warning: 'bg-amber-50 text-amber-800 ring-amber-500/40 dark:bg-amber-950 dark:text-amber-300',
  info: 'bg-sky-50 text-blue-700 ring-blue-600/30 dark:bg-sky-950 dark:text-sky-300',
};

export const severityDot: Record<Severity, string> = {
  error: 'bg-red-600',
  warning: 'bg-amber-500',
  info: 'bg-blue-600',
};

// Bordered rather than ringed so that the ephemeral role can be dashed, as on the graph.
export const roleBadge: Record<ContainerRole, string> = {
  init: 'border-violet-400 bg-violet-50 text-violet-800 dark:bg-violet-950 dark:text-violet-200',
  sidecar: 'border-teal-400 bg-teal-50 text-teal-800 dark:bg-teal-950 dark:text-teal-200',
  app: 'border-indigo-400 bg-indigo-50 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200',
  ephemeral:
    'border-dashed border-orange-500 bg-orange-50 text-orange-800 dark:bg-orange-950 dark:text-orange-200',
};

export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

export const linkButton = `rounded-sm font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-600 dark:text-indigo-300 ${focusRing}`;
