// A field path → its range in the text, reading the workload's document again: the YAML reader
// is loaded with this module, on the first click that needs it (see useRevealField).
import { documentText, type AnalysisResult } from '../../../src/analysis/result';
import { parseDocuments } from '../../../src/parse/manifest';
import { resolvePath } from '../../../src/parse/resolve';
import type { FieldPath } from '../../../src/types';

/** Where `path` (from the document root) is in `result.text`: the field, else its nearest parent. */
export function fieldRange(
  result: AnalysisResult,
  document: number,
  path: FieldPath,
): { from: number; to: number } | undefined {
  const doc = result.documents[document];
  if (!doc) return undefined;
  const slice = documentText(result, doc);
  const parsed = parseDocuments(slice).next().value;
  if (!parsed) return undefined;
  const r = resolvePath(parsed.ast, path, slice);
  return { from: doc.offset + r.offset, to: doc.offset + r.endOffset };
}
