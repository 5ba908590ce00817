// A Markdown review report: what each file runs, its QoS, and what to fix, as tables.
import { countFindings, sortFindings, type ReportFile, type ReportWorkload } from './input';
import { summary } from './text';
import type { RuleMeta } from '../rules/types';
import type { Finding } from '../types';

/** Renders a review report per file: workloads with QoS, a findings table with fixes, counts. */
export function toMarkdown(files: readonly ReportFile[], rules: readonly RuleMeta[]): string {
  const fixes = new Map(rules.map((r) => [r.id, r.fix]));
  const out: string[] = ['# podscope review', ''];
  for (const { file, result } of files) {
    out.push(`## ${escapeText(file)}`, '');
    out.push(...workloadSection(result.workloads), '');
    out.push(...findingsSection(result.findings, fixes));
    out.push(`**${summary(countFindings(result.findings))}**`, '');
  }
  return out.join('\n');
}

function workloadSection(workloads: readonly ReportWorkload[]): string[] {
  if (workloads.length === 0) return ['No workloads (no pod template found).'];
  const rows = workloads.map((w) => {
    const label = w.ref.templateLabel ? ` (${w.ref.templateLabel})` : '';
    return row([
      escapeText(`${w.ref.kind}/${w.ref.name}${label}`),
      String(w.ref.document),
      code(w.podSpecPath),
      escapeText(w.qosClass),
    ]);
  });
  return ['| Workload | Document | Pod spec | QoS |', '| --- | ---: | --- | --- |', ...rows];
}

function findingsSection(findings: readonly Finding[], fixes: Map<string, string>): string[] {
  if (findings.length === 0) return ['No findings.', ''];
  const rows = sortFindings(findings).map((f) => {
    const severity = f.suppressed
      ? `${f.severity} (suppressed${f.suppressReason ? `: ${f.suppressReason}` : ''})`
      : f.severity;
    return row([
      escapeText(severity),
      code(f.ruleId),
      String(f.line),
      f.path === '' ? '' : code(f.path),
      escapeText(f.message),
      escapeText(fixes.get(f.ruleId) ?? ''),
    ]);
  });
  return [
    '| Severity | Rule | Line | Path | Message | Fix |',
    '| --- | --- | ---: | --- | --- | --- |',
    ...rows,
    '',
  ];
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

// Inside a table a pipe ends the cell even in a code span, so it is escaped there too.
function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  return flat.includes('`') ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}

/** Escapes Markdown and HTML so names and messages render as the literal text they are. */
export function escapeText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
