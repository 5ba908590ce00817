// The review report's findings: this workload's first, then everything else in the input, so
// the report lists every finding a reviewer could meet (suppressed ones marked, never dropped).
import type { AnalysisResult } from '../analysis/result';
import { pathWithin } from '../graph/marks';
import type { Lang } from '../i18n/lang';
import { localizeFindings, ruleText } from '../i18n/localize';
import type { Finding } from '../types';
import { countFindings, sortFindings } from './input';
import { code, escapeText } from './markdown';
import type { ReviewTexts } from './reviewTexts';
import { table } from './tables';
import { reportTexts } from './texts';

/** Whether a finding belongs to workload `index`: by its workload, else by its document and path. */
export function belongsTo(result: AnalysisResult, f: Finding, index: number): boolean {
  if (f.workload !== undefined) return f.workload === index;
  const w = result.workloads[index];
  if (f.document !== w.ref.document) return false;
  // A document-level finding (schema, syntax) goes to the workload whose pod spec holds its
  // path, else to the document's first workload.
  const inDocument = result.workloads
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => x.ref.document === f.document);
  const holder = inDocument.find(({ x }) => pathWithin(f.path, x.podSpecPath)) ?? inDocument[0];
  return holder?.i === index;
}

/** The findings sections of the review report of workload `index`. */
export function reviewFindings(
  result: AnalysisResult,
  index: number,
  lang: Lang,
  t: ReviewTexts,
): string[] {
  const all = localizeFindings(sortFindings(result.findings), lang);
  const mine = all.filter((f) => belongsTo(result, f, index));
  const others = all.filter((f) => !belongsTo(result, f, index));
  const words = reportTexts(lang);
  const out = [`## ${t.findings.heading}`, ''];
  if (mine.length === 0) out.push(escapeText(t.findings.none));
  else
    out.push(
      ...table(
        t.findings.header,
        mine.map((f) => cells(f, lang, false)),
      ),
    );
  out.push('', `**${escapeText(words.counts(countFindings(mine)))}**`);
  if (others.length > 0) {
    out.push('', `### ${t.findings.other}`, '');
    out.push(
      ...table(
        t.findings.otherHeader,
        others.map((f) => cells(f, lang, true)),
      ),
    );
  }
  return out;
}

function cells(f: Finding, lang: Lang, withDocument: boolean): string[] {
  const words = reportTexts(lang);
  const severity = f.suppressed
    ? `${words.severity[f.severity]}${words.markdown.suppressed(f.suppressReason)}`
    : words.severity[f.severity];
  return [
    escapeText(severity),
    code(f.ruleId),
    ...(withDocument ? [String(f.document)] : []),
    String(f.line),
    escapeText(f.message),
    escapeText(ruleText(f.ruleId, lang).fix),
  ];
}
