// The change as text for a terminal or a CI log: per workload what was added, removed or
// changed (old → new values), then the findings that are new or fixed, one line each.
import type { AnalysisResult } from '../analysis/result';
import type { Lang } from '../i18n/lang';
import { localizeFinding } from '../i18n/localize';
import { countFindings } from '../report/input';
import type { Finding } from '../types';
import type { Comparison } from './diff';
import { elementAside, formerMounts, readingOrder, valueText, workloadName } from './describe';
import { workloadCounts, type DiffFiles } from './json';
import { diffTexts, type DiffTexts } from './texts';
import type { WorkloadDiff } from './types';

/** The text report of a comparison, in `lang`. */
export function toDiffText(c: Comparison, files: DiffFiles, lang: Lang = 'en'): string {
  const t = diffTexts(lang);
  const { a, b, diff } = c;
  const lines = [t.title(files.a, files.b), ''];
  const counts = workloadCounts(diff.workloads);
  if (diff.workloads.length === 0) lines.push(t.noWorkloads);
  else if (!diff.changed) lines.push(t.noChange(diff.workloads.length));
  else lines.push(`${t.label(t.headings.workloads)} ${t.workloadCounts(counts)}`);
  const fresh = diff.findings.new.map((j) => b.findings[j]);
  const fixed = diff.findings.fixed.map((i) => a.findings[i]);
  const findings = t.findingCounts(
    countFindings(fresh),
    countFindings(fixed),
    diff.findings.unchanged.length,
  );
  lines.push(`${t.label(t.headings.findings)} ${findings}`);
  for (const w of diff.workloads) {
    if (w.change === 'unchanged') continue;
    lines.push('', `${t.label(workloadName(w))} ${t.change[w.change]}`);
    lines.push(...workloadLines(w, a, b, lang, t));
  }
  if (diff.objects.length > 0) {
    lines.push('');
    for (const o of diff.objects)
      lines.push(`${t.label(`${o.kind}/${o.name}`)} ${t.change[o.change]}`);
  }
  if (fresh.length + fixed.length > 0) lines.push('');
  for (const f of fresh) lines.push(findingLine(t.findingChange.new, files.b, f, lang));
  for (const f of fixed) lines.push(findingLine(t.findingChange.fixed, files.a, f, lang));
  return lines.map((l) => l + '\n').join('');
}

function workloadLines(
  w: WorkloadDiff,
  a: AnalysisResult,
  b: AnalysisResult,
  lang: Lang,
  t: DiffTexts,
): string[] {
  const out: string[] = [];
  if (w.change === 'added' || w.change === 'removed') {
    const r = w.change === 'added' ? b : a;
    const index = w.change === 'added' ? w.b : w.a;
    const names = index === undefined ? [] : r.workloads[index].model.containers.map((c) => c.name);
    if (names.length > 0) out.push(`  ${t.label(t.element.container)} ${names.join(t.comma)}`);
  }
  for (const e of readingOrder(w.elements)) {
    const aside = elementAside(e, w, a, b, lang);
    out.push(
      `  ${t.symbol[e.change]} ${t.element[e.kind]} ${e.name}${aside ? t.aside(aside) : ''}`,
    );
    for (const f of e.fields ?? [])
      out.push(`      ${f.path}: ${valueText(f.from, lang)} → ${valueText(f.to, lang)}`);
    for (const m of formerMounts(e, lang)) out.push(`      ${m}`);
  }
  return out;
}

function findingLine(change: string, file: string, f: Finding, lang: Lang): string {
  const l = localizeFinding(f, lang);
  const message = l.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return `${change}: ${file}:${l.line}:${l.column}: ${l.severity} ${l.ruleId} ${message}`;
}
