// The review report the page downloads: one workload explained for a design review — who runs,
// what they share, what is wrong and how to check it on a cluster — as Markdown.
import type { AnalysisResult, WorkloadAnalysis } from '../analysis/result';
import { buildGraph } from '../graph/build';
import type {
  ContainerNode,
  MountEdge,
  NamespaceNode,
  PodGraph,
  PodNode,
  VolumeNode,
} from '../graph/types';
import type { Lang } from '../i18n/lang';
import { podSecurityCheckText } from '../k8s/podSecurityTexts';
import { verifyCommands } from '../teach/commands';
import { VERSION } from '../version';
import { code, escapeText } from './markdown';
import { reviewFindings } from './reviewFindings';
import { reviewTexts, type ReviewTexts } from './reviewTexts';
import { fence, table } from './tables';

export interface ReviewOptions {
  /** The file the manifest came from, shown in the summary. */
  fileName?: string;
  /** Include the kubectl verification commands (default true). */
  commands?: boolean;
}

/** The Markdown review report of `result.workloads[workload]`, in `lang`. */
export function reviewReport(
  result: AnalysisResult,
  workload: number,
  lang: Lang,
  options: ReviewOptions = {},
): string {
  const w = result.workloads[workload];
  if (!w)
    throw new RangeError(`no workload ${workload} (the input has ${result.workloads.length})`);
  const t = reviewTexts(lang);
  const graph = buildGraph(result, workload);
  const pod = graph.nodes.find((n): n is PodNode => n.kind === 'pod') as PodNode;
  const sections = [
    [`# ${escapeText(t.title(`${w.ref.kind}/${w.ref.name}`))}`],
    summary(result, w, t, options.fileName),
    containers(graph, t),
    qos(pod, t),
    podSecurity(w, lang, t),
    namespaces(graph, t),
    volumes(graph, t),
    reviewFindings(result, workload, lang, t),
    options.commands === false ? [] : commands(result, workload, lang, t),
  ];
  return (
    sections
      .filter((s) => s.length > 0)
      .map((s) => s.join('\n'))
      .join('\n\n') + '\n'
  );
}

function summary(
  result: AnalysisResult,
  w: WorkloadAnalysis,
  t: ReviewTexts,
  file?: string,
): string[] {
  const s = t.summary;
  const doc = result.documents[w.ref.document];
  const label = w.ref.templateLabel ? t.aside(w.ref.templateLabel) : '';
  const items: [string, string][] = [
    [s.workload, escapeText(`${w.ref.kind}/${w.ref.name}${label}`)],
    [s.namespace, w.ref.namespace ? escapeText(w.ref.namespace) : escapeText(s.noNamespace)],
    ...(file ? [[s.file, escapeText(file)] as [string, string]] : []),
    [s.podSpec, code(w.podSpecPath)],
    ...(doc
      ? [[s.documentLabel, escapeText(s.document(doc.index, doc.line))] as [string, string]]
      : []),
    [s.generatedBy, `podscope ${VERSION}`],
  ];
  return items.map(([k, v]) => `- **${escapeText(t.label(k))}** ${v}`);
}

const resources = (map: Record<string, string>): string =>
  escapeText(
    Object.entries(map)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ) || '—';

function containers(graph: PodGraph, t: ReviewTexts): string[] {
  const list = graph.nodes.filter((n): n is ContainerNode => n.kind === 'container');
  if (list.length === 0) return [];
  const rows = [...list]
    .sort((a, b) => a.runOrder - b.runOrder)
    .map((c) => [
      escapeText(c.name),
      roleOf(c, t),
      c.image ? code(c.image) : '—',
      resources(c.resources.requests),
      resources(c.resources.limits),
    ]);
  return [`## ${t.containers.heading}`, '', ...table(t.containers.header, rows)];
}

function roleOf(c: ContainerNode, t: ReviewTexts): string {
  // The init step number is ours, not user text: left unescaped so it reads `#1`, not `\#1`.
  const role = escapeText(t.containers.role[c.role]) + (c.initStep ? ` #${c.initStep}` : '');
  const known = c.wellKnown ? (t.containers.wellKnown[c.wellKnown] ?? c.wellKnown) : undefined;
  return known ? `${role}${t.aside(escapeText(known))}` : role;
}

function qos(pod: PodNode, t: ReviewTexts): string[] {
  const names = [
    ...new Set([...Object.keys(pod.requests), ...Object.keys(pod.limits), ...pod.unboundedLimits]),
  ];
  const rows = names.map((r) => [
    code(r),
    escapeText(pod.requests[r] ?? '—'),
    escapeText(pod.unboundedLimits.includes(r) ? t.qos.noLimit : (pod.limits[r] ?? '—')),
  ]);
  return [
    `## ${t.qos.heading}`,
    '',
    t.then(t.qos.classIs(escapeText(pod.qosClass)), escapeText(t.qos.meaning[pod.qosClass] ?? '')),
    ...(rows.length > 0
      ? ['', ...table(t.qos.header, rows), '', escapeText(t.qos.aggregation)]
      : []),
  ];
}

function podSecurity(w: WorkloadAnalysis, lang: Lang, t: ReviewTexts): string[] {
  const p = t.podSecurity;
  const { level, failures } = w.podSecurity;
  const rows = failures.map((f) => {
    const text = podSecurityCheckText(f.check, lang);
    return [
      escapeText(text.title),
      escapeText(f.level),
      f.containers.length > 0 ? f.containers.map(escapeText).join(', ') : escapeText(p.podLevel),
      escapeText(text.explanation),
    ];
  });
  return [
    `## ${p.heading}`,
    '',
    t.then(p.levelIs(level), escapeText(p.meaning[level])),
    ...(rows.length > 0 ? ['', ...table(p.header, rows)] : []),
  ];
}

function namespaces(graph: PodGraph, t: ReviewTexts): string[] {
  const n = t.namespaces;
  const hubs = graph.nodes.filter((x): x is NamespaceNode => x.kind === 'namespace');
  const rows = hubs.map((h) => [
    escapeText(n.name[h.name]),
    escapeText(h.scope === 'host' ? n.host : n.pod),
    escapeText(h.scope === 'host' ? n.onHost(h.name) : n.shares(h.name, h.hostname)),
  ]);
  if (!hubs.some((h) => h.name === 'pid'))
    rows.push([escapeText(n.name.pid), '—', escapeText(n.pidPrivate)]);
  const chips = hubs.find((h) => h.name === 'network')?.ports ?? [];
  const containerPorts = new Map(
    graph.nodes
      .filter((x): x is ContainerNode => x.kind === 'container')
      .map((c) => [c.name, c.ports]),
  );
  const portRows = chips.map((p) => {
    const hostPort = containerPorts
      .get(p.container)
      ?.find((cp) => cp.port === p.port && cp.protocol === p.protocol)?.hostPort;
    return [
      code(`${p.port}/${p.protocol}`),
      escapeText(p.container),
      p.name ? escapeText(p.name) : '—',
      hostPort === undefined ? '—' : String(hostPort),
      p.clash ? `**${escapeText(n.clash)}**` : '—',
    ];
  });
  return [
    `## ${n.heading}`,
    '',
    ...table(n.header, rows),
    '',
    `### ${n.portsHeading}`,
    '',
    ...(portRows.length > 0 ? table(n.portsHeader, portRows) : [escapeText(n.noPorts)]),
  ];
}

function volumes(graph: PodGraph, t: ReviewTexts): string[] {
  const v = t.volumes;
  const list = graph.nodes.filter((x): x is VolumeNode => x.kind === 'volume');
  if (list.length === 0) return [`## ${v.heading}`, '', escapeText(v.none)];
  const names = new Map(graph.nodes.map((x) => [x.id, x.name]));
  const mounts = graph.edges.filter((e): e is MountEdge => e.kind === 'mount');
  const rows = list.map((vol) => {
    const mine = mounts.filter((m) => m.target === vol.id);
    const where = mine.map((m) => {
      const sub = m.subPath ?? m.subPathExpr;
      const mode = m.readOnly ? v.readOnly : v.readWrite;
      const subPath = sub ? t.aside(`subPath ${code(sub)}`) : '';
      return `${escapeText(names.get(m.source) ?? '')} → ${code(m.mountPath)}${subPath}${t.aside(escapeText(mode))}`;
    });
    const details = [
      vol.medium ? `medium ${vol.medium}` : '',
      vol.sizeLimit ? `sizeLimit ${vol.sizeLimit}` : '',
      vol.storage ? `storage ${vol.storage}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return [
      escapeText(vol.name),
      code(vol.type) + (details ? t.aside(escapeText(details)) : ''),
      vol.reference ? code(vol.reference) : '—',
      where.length > 0 ? where.join('<br>') : escapeText(v.unmounted),
      vol.shared ? `**${escapeText(v.shared)}**` : '—',
    ];
  });
  return [`## ${v.heading}`, '', ...table(v.header, rows)];
}

function commands(result: AnalysisResult, workload: number, lang: Lang, t: ReviewTexts): string[] {
  const list = verifyCommands(result, workload, lang);
  if (list.length === 0) return [];
  const out = [`## ${t.commands.heading}`, '', escapeText(t.commands.intro)];
  if (list.some((c) => c.command.includes('<pod>'))) out.push('', t.commands.placeholder);
  for (const topic of Object.keys(t.commands.topic) as (keyof typeof t.commands.topic)[]) {
    const mine = list.filter((c) => c.topic === topic);
    if (mine.length === 0) continue;
    const script = mine
      .map((c) => `# ${oneLine(c.title)}\n# ${t.commands.needs(c.needs)}\n${c.command}`)
      .join('\n');
    out.push('', `### ${escapeText(t.commands.topic[topic])}`, '', ...fence('sh', script));
  }
  return out;
}

const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ');
