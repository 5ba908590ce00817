// What must hold for any input whatsoever: shared by the property tests and the fuzz script.
import type { AnalysisResult } from '../analysis/result';
import { analyze } from '../analysis/analyze';
import { analyzePiece } from '../analysis/analyzePiece';
import { assemble } from '../analysis/assemble';

/** Every way `result` breaks the rules for positions in `text` (empty when none). */
export function rangeProblems(text: string, result: AnalysisResult): string[] {
  const problems: string[] = [];
  for (const f of result.findings) {
    const where = `${f.ruleId} at ${f.line}:${f.column}`;
    if (f.offset < 0 || f.endOffset < f.offset || f.endOffset > text.length)
      problems.push(`${where}: offsets ${f.offset}..${f.endOffset} outside 0..${text.length}`);
    if (f.line < 1 || f.column < 1 || f.endLine < f.line)
      problems.push(`${where}: bad line/column ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  }
  for (const d of result.documents)
    if (d.offset < 0 || d.endOffset > text.length || d.offset > d.endOffset)
      problems.push(`document ${d.index}: range ${d.offset}..${d.endOffset}`);
  return problems;
}

/** Analyses `text`; returns what went wrong: a thrown error, a bad range, or pieces disagreeing. */
export function invariantProblems(text: string): string[] {
  let result: AnalysisResult;
  try {
    result = analyze(text);
  } catch (e) {
    return [`analyze threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
  }
  const problems = rangeProblems(text, result);
  const broken = result.findings.some((f) => f.ruleId === 'yaml-syntax');
  if (!broken && text.length < 3 * 1024 * 1024) {
    // Valid YAML: reading it in pieces must say exactly what reading it in one go says.
    const whole = assemble(text, [{ offset: 0, line: 0, analysis: analyzePiece(text) }]);
    if (JSON.stringify(whole.findings) !== JSON.stringify(result.findings))
      problems.push('findings differ between piecewise and whole-text analysis');
  }
  return problems;
}
