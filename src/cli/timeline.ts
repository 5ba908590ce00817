// `podscope timeline`: one workload's pod over time, as readable text (a table per container,
// the notes, the termination sequence) or as the CONTRACT's JSON.
import type { TimelineFormat } from './args';
import type { AnalysisResult } from '../analysis/result';
import type { Lang } from '../i18n/lang';
import { buildTimeline, lifecycleText, type PodTimeline, type TimeRange } from '../lifecycle';

const WORDS = {
  en: {
    title: (kind: string, name: string, doc: number) =>
      `Pod over time: ${kind} ${name} (document ${doc})`,
    legend:
      'Seconds from the moment the pod is bound to a node; a–b is earliest–latest, ∞ means nothing bounds it.',
    columns: ['#', 'container', 'role', 'starts after', 'running', 'started', 'ready', 'restart'],
    podReady: 'Pod Ready',
    containers: 'Containers',
    pod: 'The pod',
    termination: (grace: number) => `Termination (grace period ${grace} s)`,
    completion: 'When the Job’s main containers have completed',
    preStop: (handler: string, seconds?: number) =>
      seconds === undefined ? `preStop ${handler}` : `preStop ${handler} ${seconds} s`,
    sigterm: (at: string) => `SIGTERM at ${at} s`,
    sigkill: (at: number) => `SIGKILL at ${at} s`,
    after: (s: number) => `${s} s after SIGTERM`,
    until: { exited: 'exited', started: 'started', postStart: 'postStart' },
    waits: (container: string, until: string) => `${container} (${until})`,
    colon: ': ',
    comma: ', ',
  },
  'zh-CN': {
    title: (kind: string, name: string, doc: number) =>
      `Pod 的时间线：${kind} ${name}（第 ${doc} 个文档）`,
    legend: '单位为秒，从 Pod 绑定到节点时算起；a–b 表示最早–最晚，∞ 表示没有上限。',
    columns: ['#', '容器', '角色', '启动前等待', '运行', '启动完成', '就绪', '重启'],
    podReady: 'Pod 就绪',
    containers: '容器',
    pod: 'Pod',
    termination: (grace: number) => `终止（宽限期 ${grace} 秒）`,
    completion: 'Job 的主容器都完成之后',
    preStop: (handler: string, seconds?: number) =>
      seconds === undefined ? `preStop ${handler}` : `preStop ${handler} ${seconds} 秒`,
    sigterm: (at: string) => `第 ${at} 秒 SIGTERM`,
    sigkill: (at: number) => `第 ${at} 秒 SIGKILL`,
    after: (s: number) => `SIGTERM 之后 ${s} 秒`,
    until: { exited: '退出', started: '启动完成', postStart: 'postStart' },
    waits: (container: string, until: string) => `${container}（${until}）`,
    colon: '：',
    comma: '，',
  },
} as const;

const ROLES: Record<Lang, Record<string, string>> = {
  en: { init: 'init', sidecar: 'sidecar', app: 'app', ephemeral: 'ephemeral' },
  'zh-CN': { init: 'Init 容器', sidecar: '边车容器', app: '应用容器', ephemeral: '临时容器' },
};

/** The timeline of workload `index` of a result, as text or JSON. */
export function renderTimeline(
  result: AnalysisResult,
  index: number,
  format: TimelineFormat,
  lang: Lang,
): string {
  const timeline = buildTimeline(result.workloads[index].model);
  if (format === 'json') return JSON.stringify(timeline, null, 2) + '\n';
  return timelineText(timeline, lang);
}

/** A timeline as text for a terminal. */
export function timelineText(t: PodTimeline, lang: Lang): string {
  const w = WORDS[lang];
  const say = (e: Parameters<typeof lifecycleText>[0]) => lifecycleText(e, lang);
  const lines: string[] = [
    w.title(t.workload.kind, t.workload.name, t.workload.document),
    w.legend,
    '',
  ];
  const rows = t.containers.map((c, i) => [
    String(i + 1),
    c.name,
    ROLES[lang][c.role] ?? c.role,
    c.waitsFor.map((d) => w.waits(d.container, w.until[d.until])).join(w.comma) || '—',
    range(c.running),
    c.role === 'init' ? '—' : range(c.started),
    c.ready ? range(c.ready) : '—',
    c.restartPolicy,
  ]);
  lines.push(...table([[...w.columns], ...rows]), '');
  lines.push(`${w.podReady}${w.colon}${range(t.podReady)}`, '');
  lines.push(`${w.containers}${w.colon.trim()}`);
  for (const c of t.containers) {
    lines.push(`  ${c.name}`);
    for (const n of c.notes) lines.push(`    - ${say(n)}`);
  }
  lines.push('', `${w.pod}${w.colon.trim()}`);
  for (const n of t.notes) lines.push(`  - ${say(n)}`);
  lines.push('', `${w.termination(t.termination.graceSeconds)}${w.colon.trim()}`);
  lines.push(...stopLines(t.termination, lang));
  const completion = t.job?.completion;
  if (completion)
    lines.push('', `${w.completion}${w.colon.trim()}`, ...stopLines(completion, lang));
  return lines.join('\n') + '\n';
}

function stopLines(term: PodTimeline['termination'], lang: Lang): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  const byName = new Map(term.containers.map((c) => [c.name, c]));
  term.stopOrder.forEach((group, i) => {
    for (const name of group) {
      const c = byName.get(name);
      if (!c) continue;
      const parts = [
        ...(c.preStop ? [w.preStop(c.preStop.handler, c.preStop.seconds)] : []),
        w.sigterm(range(c.sigterm)),
        w.sigkill(c.sigkillAtSeconds),
        ...(c.secondsAfterSigterm === undefined ? [] : [w.after(c.secondsAfterSigterm)]),
      ];
      out.push(`  ${i + 1}. ${name}${w.colon}${parts.join(w.comma)}`);
    }
  });
  // A note about one container says which.
  for (const n of term.notes)
    out.push(
      `  - ${n.container === undefined ? '' : n.container + w.colon}${lifecycleText(n, lang)}`,
    );
  return out;
}

function range(r: TimeRange): string {
  const latest = r.latestSeconds === null ? '∞' : String(r.latestSeconds);
  return latest === String(r.earliestSeconds) ? latest : `${r.earliestSeconds}–${latest}`;
}

// Columns padded to the widest cell, counting a CJK character as two columns as terminals do.
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => width(r[col]))));
  return rows.map((r) =>
    r
      .map((cell, col) =>
        col === r.length - 1 ? cell : cell + ' '.repeat(widths[col] - width(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

function width(s: string): number {
  let n = 0;
  for (const ch of s)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}
