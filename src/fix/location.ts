// Where a fix is, as `--fix` reports it: its finding's place, or for a fix of a Pod Security check
// (no finding names the field) the place of the field it writes, or of its nearest written parent.
import { documentText, type AnalysisResult } from '../analysis/result';
import { lineColumn, lineStarts } from '../parse/lines';
import { parseDocuments } from '../parse/manifest';
import { resolvePath } from '../parse/resolve';
import type { Fix } from './catalog';

/** The 1-based line and column of a fix in the whole text. */
export function fixLocation(result: AnalysisResult, fix: Fix): { line: number; column: number } {
  const finding = fix.finding === undefined ? undefined : result.findings[fix.finding];
  if (finding) return { line: finding.line, column: finding.column };
  const doc = result.documents[fix.document];
  const op = fix.changes[0]?.ops[0];
  if (!doc || !op) return { line: 1, column: 1 };
  const text = documentText(result, doc);
  const parsed = parseDocuments(text).next().value;
  if (!parsed) return { line: doc.line, column: 1 };
  const at = lineColumn(lineStarts(text), resolvePath(parsed.ast, op.path, text).offset);
  return { line: doc.line + at.line - 1, column: at.column };
}
