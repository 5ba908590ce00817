// Every visible string of the guided walk, in both languages. Names from the manifest are
// interpolated as text; the teaching texts themselves come from app/teach.
import type { ContainerRole } from '../../../src/model/types';
import type { Severity } from '../../../src/types';
import type { Bilingual } from '../../i18n/bilingual';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en = {
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

export type WalkTexts = typeof en;

const zh: WalkTexts = {
  label: '逐步讲解这个 Pod',
  overview: {
    summary: (containers, volumes, findings) =>
      `${containers} 个容器，${volumes} 个共享卷，${findings} 个问题。`,
  },
  hub: { pod: '网络命名空间，整个 Pod 共享', host: '节点的网络（hostNetwork）' },
  role: {
    init: 'Init 容器',
    sidecar: '边车容器',
    app: '应用容器',
    ephemeral: '临时容器',
  },
  startsAs: (n) => `第 ${n} 个启动`,
  volume: (type, by) => `共享卷 · ${type} · 由 ${by.join('、')} 挂载`,
  finding: (n, of, severity) => `第 ${n} 个问题，共 ${of} 个 · ${severity}`,
  severity: { error: '错误', warning: '警告', info: '提示' },
  why: { label: '为什么重要：', space: '' },
  loading: '正在加载讲解…',
  failed: '讲解没能加载。',
  retry: '重试',
  counter: (n, of) => `第 ${n} 步，共 ${of} 步`,
  previous: '上一步',
  next: '下一步',
  hintStep: '切换',
  hintLeave: '退出',
  end: '讲解结束：按 ← 回看，按 Esc 退出。',
};

/** The walk's texts in one language. */
export const WALK_TEXTS: Bilingual<WalkTexts> = { en, 'zh-CN': zh };
