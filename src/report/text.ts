// Compiler-style text report: one line per finding, editors and CI logs can jump to it.
import { countFindings, sortFindings, type Counts, type ReportFile } from './input';
import type { Finding } from '../types';

/** Renders findings as `file:line:col: severity rule-id message` lines plus per-file summaries. */
export function toText(files: readonly ReportFile[]): string {
  const lines: string[] = [];
  const total: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const { file, result } of files) {
    for (const f of sortFindings(result.findings)) lines.push(findingLine(file, f));
    const counts = countFindings(result.findings);
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    lines.push(`${file}: ${summary(counts)}`);
  }
  if (files.length > 1) lines.push(`${files.length} files: ${summary(total)}`);
  return lines.map((l) => l + '\n').join('');
}

function findingLine(file: string, f: Finding): string {
  const message = oneLine(f.message);
  const mark = f.suppressed
    ? f.suppressReason
      ? ` (suppressed: ${oneLine(f.suppressReason)})`
      : ' (suppressed)'
    : '';
  return `${file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${message}${mark}`;
}

/** `N errors, N warnings, N info`, plus the suppressed count when there is one. */
export function summary(c: Counts): string {
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), `${c.info} info`];
  if (c.suppressed > 0) parts.push(`${c.suppressed} suppressed`);
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// A line per finding is the format's promise; a stray newline in a message would break parsers.
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
