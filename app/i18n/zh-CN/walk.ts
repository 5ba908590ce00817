import type { WalkTexts } from '../en/walk';

export const walk: WalkTexts = {
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
