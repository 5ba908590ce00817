// Class names shared by the node and edge components: role and severity colours, card chrome.
// Kept as full literal strings so Tailwind finds them.
import type { ContainerRole } from '../../src/model/types';
import type { Severity } from '../../src/types';
import type { VolumeTone } from './volumeTone';

export const ROLE_STRIP: Record<ContainerRole, string> = {
  init: 'bg-violet-500',
  sidecar: 'bg-teal-500',
  app: 'bg-indigo-500',
  ephemeral: 'bg-orange-500',
};

export const ROLE_TEXT: Record<ContainerRole, string> = {
  init: 'text-violet-700 dark:text-violet-300',
  sidecar: 'text-teal-700 dark:text-teal-300',
  app: 'text-indigo-700 dark:text-indigo-300',
  ephemeral: 'text-orange-700 dark:text-orange-300',
};

export const ROLE_STEP: Record<ContainerRole, string> = {
  init: 'bg-violet-100 text-violet-800 dark:bg-violet-900 dark:text-violet-100',
  sidecar: 'bg-teal-100 text-teal-800 dark:bg-teal-900 dark:text-teal-100',
  app: 'bg-indigo-100 text-indigo-800 dark:bg-indigo-900 dark:text-indigo-100',
  ephemeral: 'bg-orange-100 text-orange-800 dark:bg-orange-900 dark:text-orange-100',
};

export const SEVERITY_BORDER: Record<Severity, string> = {
  error: 'border-red-600',
  warning: 'border-amber-500',
  info: 'border-blue-600',
};

export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'bg-red-600 text-white',
  warning: 'bg-amber-500 text-slate-950',
  info: 'bg-blue-600 text-white',
};

export const SEVERITY_TEXT: Record<Severity, string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-blue-700 dark:text-blue-400',
};

export const VOLUME_TONE: Record<VolumeTone, string> = {
  disk: 'text-amber-700 dark:text-amber-400',
  memory: 'text-violet-700 dark:text-violet-300',
  config: 'text-sky-700 dark:text-sky-300',
  secret: 'text-rose-700 dark:text-rose-300',
  claim: 'text-emerald-700 dark:text-emerald-300',
  host: 'text-red-700 dark:text-red-400',
  other: 'text-slate-600 dark:text-slate-300',
};

/** Card chrome: the border width and padding add up to 12px, the engine's CARD_PADDING. */
export function cardChrome(severity: Severity | undefined): string {
  return severity ? `border-2 p-[10px] ${SEVERITY_BORDER[severity]}` : 'border p-[11px]';
}

/**
 * Focus, selection and a selected finding's emphasis, for anything selectable on the canvas.
 * A node shows the focus ring while its title button has keyboard focus. No `outline-none`
 * here: in Tailwind 4 it sets the outline style to none for the focus outline as well.
 */
export function selectionRing(selected: boolean, touched: boolean | undefined): string {
  const base =
    'focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400 has-[.node-title:focus-visible]:outline-3 has-[.node-title:focus-visible]:outline-offset-4 has-[.node-title:focus-visible]:outline-indigo-600 dark:has-[.node-title:focus-visible]:outline-indigo-400';
  if (selected) return `${base} ring-[3px] ring-indigo-500 dark:ring-indigo-400`;
  if (touched)
    return `${base} ring-4 ring-indigo-400/70 ring-offset-2 ring-offset-white dark:ring-indigo-500/70 dark:ring-offset-slate-900`;
  return base;
}
