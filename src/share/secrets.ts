// What a share link would give away: Secret data, and literal env values that look secret.
import type { AnalysisResult } from '../analysis/result';
import type { ContainerModel } from '../model/types';
import { lineColumn, lineStarts } from '../parse/lines';
import { parseDocuments, type ParsedDocument } from '../parse/manifest';
import { formatPath } from '../parse/path';
import { resolvePath } from '../parse/resolve';
import type { FieldPath } from '../types';
import { secretEnvReason } from './secretNames';

export interface FoundSecret {
  /** 0-based YAML document index. */
  document: number;
  /** Field path from the document root, in the API server's notation. */
  path: string;
  /** 1-based line of the value. */
  line: number;
  what: 'secret-data' | 'secret-string-data' | 'env-value';
  /** The Secret's key, or the environment variable's name. */
  name: string;
  /** The Secret object's name (secret-data, secret-string-data). */
  secret?: string;
  /** The container whose env holds the value (env-value). */
  container?: string;
}

interface Candidate {
  path: FieldPath;
  what: FoundSecret['what'];
  name: string;
  secret?: string;
  container?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every secret the manifest text holds, in document and line order. */
export function findSecrets(result: AnalysisResult): FoundSecret[] {
  const byDocument = envCandidates(result);
  const hasSecretKind = result.documents.some((d) => d.kind === 'Secret' || d.kind === 'List');
  if (byDocument.size === 0 && !hasSecretKind) return [];
  const starts = lineStarts(result.text);
  const found: FoundSecret[] = [];
  for (const doc of parseDocuments(result.text)) {
    const candidates = [...secretCandidates(doc.value), ...(byDocument.get(doc.index) ?? [])];
    for (const c of candidates) found.push(locate(doc, c, result.text, starts));
  }
  return found.sort((a, b) => a.document - b.document || a.line - b.line);
}

function locate(doc: ParsedDocument, c: Candidate, text: string, starts: number[]): FoundSecret {
  const range = resolvePath(doc.ast, c.path, text);
  const out: FoundSecret = {
    document: doc.index,
    path: formatPath(c.path),
    line: lineColumn(starts, range.offset).line,
    what: c.what,
    name: c.name,
  };
  if (c.secret !== undefined) out.secret = c.secret;
  if (c.container !== undefined) out.container = c.container;
  return out;
}

// A Secret's data and stringData keys, at the root or as items of a `kind: List`.
function secretCandidates(root: unknown): Candidate[] {
  if (!isObj(root)) return [];
  if (root.kind === 'List' && Array.isArray(root.items))
    return root.items.flatMap((item, i) => ofSecret(item, ['items', i]));
  return ofSecret(root, []);
}

function ofSecret(o: unknown, at: FieldPath): Candidate[] {
  if (!isObj(o) || o.kind !== 'Secret') return [];
  const secret =
    isObj(o.metadata) && typeof o.metadata.name === 'string' ? o.metadata.name : undefined;
  const fields = [
    ['data', 'secret-data'],
    ['stringData', 'secret-string-data'],
  ] as const;
  return fields.flatMap(([field, what]) => {
    const map = o[field];
    if (!isObj(map)) return [];
    return Object.keys(map).map((key) => ({
      path: [...at, field, { key }],
      what,
      name: key,
      ...(secret !== undefined ? { secret } : {}),
    }));
  });
}

// Literal env values in every container of every workload (init and ephemeral ones included).
function envCandidates(result: AnalysisResult): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  for (const w of result.workloads) {
    for (const c of w.model.containers) {
      const found = envOf(c);
      if (found.length === 0) continue;
      const doc = w.ref.document;
      const list = out.get(doc);
      if (list) list.push(...found);
      else out.set(doc, found);
    }
  }
  return out;
}

function envOf(c: ContainerModel): Candidate[] {
  return c.envValues.flatMap(({ index, name, value }): Candidate[] => {
    if (!secretEnvReason(name, value)) return [];
    return [
      { path: [...c.path, 'env', index, 'value'], what: 'env-value', name, container: c.name },
    ];
  });
}
