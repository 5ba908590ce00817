// Every visible string of the guided walk. Names from the manifest are interpolated as text; the
// teaching texts themselves come from app/teach.
import type { ContainerRole } from '../../../src/model/types';
import type { Severity } from '../../../src/types';
import { plural } from './plural';

export const walk = {
  label: 'Guided walk through the pod',
  overview: {
    summary: (containers: number, volumes: number, findings: number): string =>
      `${plural(containers, 'container', 'containers')}, ${plural(volumes, 'shared volume', 'shared volumes')}, ${plural(findings, 'finding', 'findings')}.`,
  },
  hub: {
    pod: 'Network namespace, shared by the whole pod',
    host: 'The node’s network (hostNetwork)',
  },
  role: {
    init: 'Init container',
    sidecar: 'Sidecar container',
    app: 'App container',
    ephemeral: 'Ephemeral container',
  } satisfies Record<ContainerRole, string>,
  startsAs: (n: number): string => `starts ${ordinal(n)}`,
  volume: (type: string, by: readonly string[]): string =>
    `Shared volume · ${type} · mounted by ${by.join(', ')}`,
  finding: (n: number, of: number, severity: string): string =>
    `Finding ${n} of ${of} · ${severity}`,
  severity: { error: 'error', warning: 'warning', info: 'info' } satisfies Record<Severity, string>,
  /** Before a finding's reason; `space` separates it from the reason in this script. */
  why: { label: 'Why it matters:', space: ' ' },
  loading: 'Loading the explanation…',
  failed: 'The explanation could not be loaded.',
  retry: 'Try again',
  counter: (n: number, of: number): string => `Step ${n} of ${of}`,
  previous: 'Previous step',
  next: 'Next step',
  hintStep: 'step',
  hintLeave: 'leaves',
  end: 'End of the walk: ← goes back, Esc leaves.',
};

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export type WalkTexts = typeof walk;
