// A Markdown review report: what each file runs, its QoS, and what to fix, as tables.
import { countFindings, sortFindings, type ReportFile, type ReportWorkload } from './input';
import { reportTexts, type ReportTexts } from './texts';
import type { Lang } from '../i18n/lang';
import { localizeFindings, localizeRules } from '../i18n/localize';
import type { RuleMeta } from '../rules/types';
import type { Finding } from '../types';

/** Renders a review report per file: workloads with QoS, a findings table with fixes, counts. */
export function toMarkdown(
  files: readonly ReportFile[],
  rules: readonly RuleMeta[],
  lang: Lang = 'en',
): string {
  const t = reportTexts(lang);
  const fixes = new Map(localizeRules(rules, lang).map((r) => [r.id, r.fix]));
  const out: string[] = [`# ${t.markdown.title}`, ''];
  for (const { file, result } of files) {
    out.push(`## ${escapeText(file)}`, '');
    out.push(...workloadSection(result.workloads, t), '');
    const findings = localizeFindings(sortFindings(result.findings), lang);
    out.push(...findingsSection(findings, fixes, t));
    out.push(`**${t.counts(countFindings(result.findings))}**`, '');
  }
  return out.join('\n');
}

function workloadSection(workloads: readonly ReportWorkload[], t: ReportTexts): string[] {
  if (workloads.length === 0) return [t.markdown.noWorkloads];
  const rows = workloads.map((w) => {
    const label = w.ref.templateLabel ? ` (${w.ref.templateLabel})` : '';
    return row([
      escapeText(`${w.ref.kind}/${w.ref.name}${label}`),
      String(w.ref.document),
      code(w.podSpecPath),
      escapeText(w.qosClass),
    ]);
  });
  return [row(t.markdown.workloadHeader), '| --- | ---: | --- | --- |', ...rows];
}

function findingsSection(
  findings: readonly Finding[],
  fixes: Map<string, string>,
  t: ReportTexts,
): string[] {
  if (findings.length === 0) return [t.markdown.noFindings, ''];
  const rows = findings.map((f) => {
    const severity = f.suppressed
      ? `${t.severity[f.severity]}${t.markdown.suppressed(f.suppressReason)}`
      : t.severity[f.severity];
    return row([
      escapeText(severity),
      code(f.ruleId),
      String(f.line),
      f.path === '' ? '' : code(f.path),
      escapeText(f.message),
      escapeText(fixes.get(f.ruleId) ?? ''),
    ]);
  });
  return [row(t.markdown.findingHeader), '| --- | --- | ---: | --- | --- | --- |', ...rows, ''];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Inline code that survives a table cell: a pipe ends the cell even in a code span. */
export function code(text: string): string {
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
