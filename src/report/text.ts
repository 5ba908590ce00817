// Compiler-style text report: one line per finding, editors and CI logs can jump to it.
import { countFindings, sortFindings, type Counts, type ReportFile } from './input';
import { reportTexts, type ReportTexts } from './texts';
import { groupFindings } from '../analysis/findingGroups';
import type { Lang } from '../i18n/lang';
import { localizeFindings } from '../i18n/localize';
import type { Finding } from '../types';

/**
 * Renders findings as `file:line:col: severity rule-id message` lines plus per-file summaries.
 * Messages and summaries follow `lang`; the severity and rule id stay as they are, for tools.
 */
export function toText(files: readonly ReportFile[], lang: Lang = 'en'): string {
  const t = reportTexts(lang);
  const lines: string[] = [];
  const total: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  let groups = 0;
  for (const { file, result } of files) {
    const findings = localizeFindings(sortFindings(result.findings), lang);
    for (const f of findings) lines.push(findingLine(file, f, t));
    const counts = countFindings(result.findings);
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    const { entries } = groupFindings(result.findings);
    groups += entries;
    lines.push(`${file}: ${t.findings(counts, entries)}`);
  }
  if (files.length > 1) lines.push(`${t.files(files.length)}: ${t.findings(total, groups)}`);
  return lines.map((l) => l + '\n').join('');
}

function findingLine(file: string, f: Finding, t: ReportTexts): string {
  const message = oneLine(f.message);
  const mark = f.suppressed
    ? t.suppressedMark(f.suppressReason ? oneLine(f.suppressReason) : undefined)
    : '';
  return `${file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${message}${mark}`;
}

/**
 * `N findings in M groups (N errors, N warnings, N info, N suppressed)`: what the findings of a
 * file are, and how many groups they form (a finding alone counts as one); `no findings` for none.
 */
export function summary(c: Counts, groups: number, lang: Lang = 'en'): string {
  return reportTexts(lang).findings(c, groups);
}

// A line per finding is the format's promise; a stray newline in a message would break parsers.
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
