// The documents a fix reads, as plain values: parsed once per text, whichever result asks. On the
// page fixes are offered again after every analysis, and most documents did not change.
import { parse } from 'yaml';
import { documentText, type AnalysisResult, type DocumentSummary } from '../analysis/result';

const KEEP = 64;
const parsed = new Map<string, unknown>();

/** The document's value as plain JS (undefined when it does not parse). */
export function documentValue(result: AnalysisResult, doc: DocumentSummary): unknown {
  const text = documentText(result, doc);
  if (parsed.has(text)) return parsed.get(text);
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100 }) as unknown;
  } catch {
    value = undefined;
  }
  // A small cache, oldest first out: a 6,000-document input reads each document once per offer.
  if (parsed.size >= KEEP) parsed.delete(parsed.keys().next().value as string);
  parsed.set(text, value);
  return value;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
