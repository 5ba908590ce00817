// Pieces analysed on their own → one result for the whole text: positions shifted to the
// whole text, documents and workloads renumbered, cross-document findings decided.
import type { AnalysisResult, DocumentSummary, WorkloadAnalysis } from './analysis';
import type { PieceAnalysis } from './analyzePiece';
import { compareFindings } from './findingOrder';
import { buildInventory, findReference, type Inventory } from './model/inventory';
import type { Piece } from './parse/split';
import type { Finding } from './types';

/** Where a piece sits in the text (see splitDocuments) and what it holds. */
export interface PlacedPiece {
  offset: number;
  line: number;
  analysis: PieceAnalysis;
}

/** Places piece results at their positions in `text`; pure, never re-parses anything. */
export function assemble(text: string, pieces: readonly PlacedPiece[]): AnalysisResult {
  const documents: DocumentSummary[] = [];
  const workloads: WorkloadAnalysis[] = [];
  const findings: Finding[] = [];
  const bases: { document: number; workload: number }[] = [];
  const objects = [];
  for (const p of pieces) {
    const base = { document: documents.length, workload: workloads.length };
    bases.push(base);
    for (const d of p.analysis.documents) documents.push(shiftDocument(d, p, base.document));
    for (const w of p.analysis.workloads) workloads.push(shiftWorkload(w, base.document));
    for (const o of p.analysis.objects)
      objects.push(base.document === 0 ? o : { ...o, document: o.document + base.document });
  }
  const inventory = buildInventory(objects);
  pieces.forEach((p, i) => {
    const held = p.analysis.conditional
      .filter((c) => stillMissing(inventory, c.missing.kind, c.missing.name))
      .map((c) => c.finding);
    const own = held.length > 0 ? [...p.analysis.findings, ...held].sort(compareFindings) : null;
    for (const f of own ?? p.analysis.findings) findings.push(shiftFinding(f, p, bases[i]));
  });
  return { text, documents, workloads, findings, inventory };
}

function stillMissing(
  inventory: Inventory,
  kind: Parameters<typeof findReference>[1],
  name: string,
) {
  return inventory.kinds.has(kind) && !findReference(inventory, kind, name);
}

/** Pieces cut from the text paired with their analyses, in order. */
export function place(pieces: readonly Piece[], analyses: readonly PieceAnalysis[]): PlacedPiece[] {
  return pieces.map((p, i) => ({ offset: p.offset, line: p.line, analysis: analyses[i] }));
}

// Objects are copied only when something moves: a one-piece input is returned as analysed.
function shiftDocument(d: DocumentSummary, p: PlacedPiece, base: number): DocumentSummary {
  if (p.offset === 0 && p.line === 0 && base === 0) return d;
  return {
    ...d,
    index: d.index + base,
    line: d.line + p.line,
    offset: d.offset + p.offset,
    endOffset: d.endOffset + p.offset,
  };
}

function shiftWorkload(w: WorkloadAnalysis, base: number): WorkloadAnalysis {
  if (base === 0) return w;
  const ref = { ...w.ref, document: w.ref.document + base };
  return { ...w, ref, model: { ...w.model, workload: ref } };
}

function shiftFinding(
  f: Finding,
  p: PlacedPiece,
  base: { document: number; workload: number },
): Finding {
  if (p.offset === 0 && p.line === 0 && base.document === 0 && base.workload === 0) return f;
  return {
    ...f,
    document: f.document + base.document,
    line: f.line + p.line,
    endLine: f.endLine + p.line,
    offset: f.offset + p.offset,
    endOffset: f.endOffset + p.offset,
    workload: f.workload === undefined ? undefined : f.workload + base.workload,
  };
}
