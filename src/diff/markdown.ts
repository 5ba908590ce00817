// The change review as Markdown, for a pull request's job summary or comment: what changed in
// each pod, QoS and effective resources before → after, B's graph with the changes marked, and
// the findings that are new (with their fixes) or fixed.
import type { AnalysisResult } from '../analysis/result';
import { fixesFor, fixTitle } from '../fix/catalog';
import { buildGraph } from '../graph/build';
import { toMermaid, type MermaidMark } from '../graph/mermaid';
import { podNode } from '../graph/nodes';
import type { GraphEdge, GraphNode, PodGraph } from '../graph/types';
import type { Lang } from '../i18n/lang';
import { localizeFinding, ruleText } from '../i18n/localize';
import { countFindings } from '../report/input';
import { code, escapeText } from '../report/markdown';
import { reportTexts } from '../report/texts';
import { fence, table } from '../report/tables';
import type { Comparison } from './diff';
import { elementAside, formerMounts, readingOrder, valueText, workloadName } from './describe';
import { workloadCounts, type DiffFiles } from './json';
import { diffTexts, type DiffTexts } from './texts';
import type { WorkloadDiff } from './types';

// Past this many, unchanged workloads are counted rather than named.
const NAMED_UNCHANGED = 20;

/** The Markdown change review of a comparison, in `lang`. */
export function toDiffMarkdown(c: Comparison, files: DiffFiles, lang: Lang = 'en'): string {
  const t = diffTexts(lang);
  const { a, b, diff } = c;
  const fresh = diff.findings.new.map((j) => b.findings[j]);
  const fixed = diff.findings.fixed.map((i) => a.findings[i]);
  const counts = workloadCounts(diff.workloads);
  const overview =
    diff.workloads.length === 0
      ? escapeText(t.noWorkloads)
      : diff.changed
        ? `**${escapeText(t.label(t.headings.workloads))}** ${escapeText(t.workloadCounts(counts))}`
        : `**${escapeText(t.noChange(diff.workloads.length))}**`;
  const findings = t.findingCounts(
    countFindings(fresh),
    countFindings(fixed),
    diff.findings.unchanged.length,
  );
  const sections: string[][] = [
    [`# ${escapeText(t.title(files.a, files.b))}`],
    [overview, '', `**${escapeText(t.label(t.headings.findings))}** ${escapeText(findings)}`],
  ];
  for (const w of diff.workloads)
    if (w.change !== 'unchanged') sections.push(workloadSection(w, c, lang, t));
  const unchanged = diff.workloads.filter((w) => w.change === 'unchanged');
  if (diff.changed && unchanged.length > 0) sections.push(unchangedLine(unchanged, t));
  if (diff.objects.length > 0)
    sections.push([
      `## ${escapeText(t.headings.objects)}`,
      '',
      ...diff.objects.map(
        (o) => `- ${escapeText(`${o.kind}/${o.name}`)}: ${escapeText(t.change[o.change])}`,
      ),
    ]);
  sections.push(newFindings(c, files, lang, t), fixedFindings(c, files, lang, t));
  return sections.map((s) => s.join('\n')).join('\n\n') + '\n';
}

function unchangedLine(unchanged: readonly WorkloadDiff[], t: DiffTexts): string[] {
  const names = unchanged.slice(0, NAMED_UNCHANGED).map((w) => code(workloadName(w)));
  const more = unchanged.length > NAMED_UNCHANGED ? ', …' : '';
  return [
    `**${escapeText(t.label(t.headings.unchangedWorkloads))}** ${unchanged.length}${t.aside(names.join(t.comma) + more)}`,
  ];
}

function workloadSection(w: WorkloadDiff, c: Comparison, lang: Lang, t: DiffTexts): string[] {
  const out = [`## ${escapeText(workloadName(w))}: ${escapeText(t.change[w.change])}`];
  if (w.change === 'added' || w.change === 'removed') {
    const r = w.change === 'added' ? c.b : c.a;
    const index = (w.change === 'added' ? w.b : w.a) as number;
    const names = r.workloads[index].model.containers.map((x) => code(x.name));
    if (names.length > 0)
      out.push('', `${escapeText(t.label(t.element.container))} ${names.join(t.comma)}`);
    return out;
  }
  out.push('', `### ${escapeText(t.headings.whatChanged)}`, '', ...changeTable(w, c, lang, t));
  out.push('', `### ${escapeText(t.headings.qos)}`, '', ...qosTable(w, c.a, c.b, t));
  out.push('', `### ${escapeText(t.headings.graph)}`, '', escapeText(t.legend), '');
  out.push(...fence('mermaid', markedMermaid(w, c.b, t).trimEnd()));
  return out;
}

function changeTable(w: WorkloadDiff, c: Comparison, lang: Lang, t: DiffTexts): string[] {
  const rows: string[][] = [];
  for (const e of readingOrder(w.elements)) {
    const aside = elementAside(e, w, c.a, c.b, lang);
    const title = `${escapeText(t.element[e.kind])} ${code(e.name)}${aside ? escapeText(t.aside(aside)) : ''}`;
    const change = `${t.symbol[e.change]} ${escapeText(t.change[e.change])}`;
    const fields = e.fields ?? [];
    if (fields.length === 0) {
      const mounts = formerMounts(e, lang).map(escapeText).join('<br>');
      rows.push([title, change, '', mounts, '']);
      continue;
    }
    fields.forEach((f, i) =>
      rows.push([
        i === 0 ? title : '',
        i === 0 ? change : '',
        code(f.path),
        escapeText(valueText(f.from, lang)),
        escapeText(valueText(f.to, lang)),
      ]),
    );
  }
  return table(t.header.changes, rows);
}

function qosTable(w: WorkloadDiff, a: AnalysisResult, b: AnalysisResult, t: DiffTexts): string[] {
  const before = podNode(a.workloads[w.a as number]);
  const after = podNode(b.workloads[w.b as number]);
  const notSet = '—';
  const rows = [[escapeText(t.qosClass), escapeText(before.qosClass), escapeText(after.qosClass)]];
  const resources = [...new Set([...Object.keys(before.requests), ...Object.keys(after.requests)])];
  for (const r of resources.sort())
    rows.push([
      escapeText(t.request(r)),
      before.requests[r] ?? notSet,
      after.requests[r] ?? notSet,
    ]);
  const limits = [...new Set([...Object.keys(before.limits), ...Object.keys(after.limits)])];
  const limit = (p: typeof before, r: string) =>
    p.unboundedLimits.includes(r) ? notSet : (p.limits[r] ?? notSet);
  for (const r of limits.sort())
    rows.push([escapeText(t.limit(r)), limit(before, r), limit(after, r)]);
  return table(
    t.header.qos,
    rows.map((row) => row.map((cell, i) => (i === 0 ? cell : escapeText(cell)))),
  );
}

/** B's graph with A's removed elements and edges as ghosts, every change marked. */
function markedMermaid(w: WorkloadDiff, b: AnalysisResult, t: DiffTexts): string {
  const graph = buildGraph(b, w.b as number);
  const mark = (change: MermaidMark['change']): MermaidMark => ({
    change,
    label: `${t.symbol[change]} ${t.change[change]}`,
  });
  const marks = new Map<string, MermaidMark>();
  const ghosts: GraphNode[] = [];
  for (const e of w.elements) {
    marks.set(e.id, mark(e.change));
    if (e.change === 'removed' && e.before) ghosts.push(e.before);
  }
  const nodes = [...graph.nodes, ...ghosts];
  const present = new Set(nodes.map((n) => n.id));
  const edgeMarks = new Map<string, MermaidMark>();
  const ghostEdges: GraphEdge[] = [];
  for (const e of w.edges) {
    if (e.change !== 'removed') {
      edgeMarks.set(e.id, mark(e.change));
      continue;
    }
    if (!e.before || !present.has(e.source) || !present.has(e.target)) continue;
    // A's edge ids may be taken in B by another edge (mount ids count list positions).
    const ghost = { ...e.before, id: `removed:${e.id}` };
    ghostEdges.push(ghost);
    edgeMarks.set(ghost.id, mark('removed'));
  }
  const composed: PodGraph = { ...graph, nodes, edges: [...graph.edges, ...ghostEdges] };
  return toMermaid(composed, { marks, edgeMarks });
}

function where(file: string, line: number, namedPath: string, workload?: string): string {
  return [
    code(`${file}:${line}`),
    workload ? escapeText(workload) : '',
    namedPath ? code(namedPath) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function newFindings(c: Comparison, files: DiffFiles, lang: Lang, t: DiffTexts): string[] {
  const { b, diff } = c;
  const rows = diff.findings.new.map((j) => {
    const f = localizeFinding(b.findings[j], lang);
    const fix = fixesFor(b, j)[0];
    return [
      escapeText(severityText(f.severity, f.suppressed, f.suppressReason, lang)),
      code(f.ruleId),
      where(files.b, f.line, diff.findings.namedPathsB[j], ownerName(b, f.workload)),
      escapeText(f.message),
      escapeText(fix ? fixTitle(fix, lang) : ruleText(f.ruleId, lang).fix),
    ];
  });
  return [
    `## ${escapeText(t.headings.newFindings)}`,
    '',
    ...(rows.length > 0 ? table(t.header.findings, rows) : [escapeText(t.noFindings)]),
  ];
}

function fixedFindings(c: Comparison, files: DiffFiles, lang: Lang, t: DiffTexts): string[] {
  const { a, diff } = c;
  const rows = diff.findings.fixed.map((i) => {
    const f = localizeFinding(a.findings[i], lang);
    return [
      escapeText(severityText(f.severity, f.suppressed, f.suppressReason, lang)),
      code(f.ruleId),
      where(files.a, f.line, diff.findings.namedPathsA[i], ownerName(a, f.workload)),
      escapeText(f.message),
    ];
  });
  const out = [
    `## ${escapeText(t.headings.fixedFindings)}`,
    '',
    ...(rows.length > 0 ? table(t.header.fixed, rows) : [escapeText(t.noFindings)]),
  ];
  if (diff.findings.unchanged.length > 0)
    out.push('', escapeText(t.unchangedFindings(diff.findings.unchanged.length)));
  return out;
}

function ownerName(r: AnalysisResult, workload: number | undefined): string | undefined {
  const w = workload === undefined ? undefined : r.workloads[workload];
  return w ? `${w.ref.kind}/${w.ref.name}` : undefined;
}

function severityText(
  severity: keyof ReturnType<typeof reportTexts>['severity'],
  suppressed: boolean,
  reason: string | undefined,
  lang: Lang,
): string {
  const words = reportTexts(lang);
  return suppressed
    ? `${words.severity[severity]}${words.markdown.suppressed(reason)}`
    : words.severity[severity];
}
