// Pieces analysed on their own → one result for the whole text: positions shifted to the
// whole text, documents and workloads renumbered, cross-document findings decided.
import type { AnalysisResult, DocumentSummary, TextPiece, WorkloadAnalysis } from './result';
import type { ConditionalFinding, PieceAnalysis } from './analyzePiece';
import { compareFindings } from './findingOrder';
import {
  buildInventory,
  findReference,
  type Inventory,
  type InventoryObject,
} from '../model/inventory';
import { ServiceSelection } from '../model/services';
import type { Piece } from '../parse/split';
import type { Finding } from '../types';

/** Where a piece sits in the text (see splitDocuments) and what it holds. */
export interface PlacedPiece {
  offset: number;
  line: number;
  analysis: PieceAnalysis;
}

/** Places piece results at their positions in `text`; pure, never re-parses anything. */
export function assemble(text: string, pieces: readonly PlacedPiece[]): AnalysisResult {
  const assembler = new Assembler();
  for (const p of pieces) assembler.add(p);
  return assembler.finish(text);
}

/** A piece's results moved to where the piece sits in the whole text. */
export interface PlacedResults {
  documents: DocumentSummary[];
  workloads: WorkloadAnalysis[];
  objects: InventoryObject[];
  findings: Finding[];
  /** Findings that hold only if the whole input lacks an object (decided in `finish`). */
  waiting: Waiting[];
}

/** How many documents and workloads come before a piece. */
export interface PieceBase {
  document: number;
  workload: number;
}

/**
 * A piece's results, positions shifted to the whole text and indexes to those before it.
 * `same` is the piece's results placed before with the same base: its workloads and objects
 * hold no text positions, so a piece that only moved keeps them (the picker and the inventory
 * can tell nothing changed there).
 */
export function placeResults(
  p: PlacedPiece,
  base: PieceBase,
  same?: Pick<PlacedResults, 'workloads' | 'objects'>,
): PlacedResults {
  const a = p.analysis;
  return {
    documents: a.documents.map((d) => shiftDocument(d, p, base.document)),
    workloads: same?.workloads ?? a.workloads.map((w) => shiftWorkload(w, base.document)),
    objects:
      same?.objects ??
      (base.document === 0
        ? a.objects
        : a.objects.map((o) => ({ ...o, document: o.document + base.document }))),
    findings: a.findings.map((f) => shiftFinding(f, p, base)),
    waiting: a.conditional.map((c) => ({
      finding: shiftFinding(c.finding, p, base),
      missing: c.missing,
      service: c.service,
    })),
  };
}

/**
 * Builds a result one piece at a time, so a piece's own analysis (relative positions) can be
 * dropped as soon as it is placed; only findings that wait for the whole input's objects are
 * kept aside until `finish`.
 */
export class Assembler {
  private readonly documents: DocumentSummary[] = [];
  private readonly workloads: WorkloadAnalysis[] = [];
  /** Each piece's findings, placed; index-aligned with the pieces added. */
  private readonly findings: Finding[][] = [];
  private readonly objects: InventoryObject[] = [];
  private readonly waiting: (Waiting & { piece: number })[] = [];
  /**
   * One copy of each message and path: documents written alike (a chart rendered for many
   * services) repeat the same findings word for word, each piece with its own copy of the text.
   */
  private readonly strings = new Map<string, string>();
  private readonly pieces: TextPiece[] = [];

  /** How many documents and workloads the pieces added so far hold. */
  base(): PieceBase {
    return { document: this.documents.length, workload: this.workloads.length };
  }

  add(p: PlacedPiece): void {
    const placed = placeResults(p, this.base());
    for (const f of placed.findings) this.share(f);
    for (const w of placed.waiting) this.share(w.finding);
    this.addPlaced(placed, { offset: p.offset, text: p.analysis.text });
  }

  /** Adds a piece's results placed for the current `base()` (see placeResults) and its text. */
  addPlaced(r: PlacedResults, source: TextPiece): void {
    const piece = this.findings.length;
    this.pieces.push(source);
    for (const d of r.documents) this.documents.push(d);
    for (const w of r.workloads) this.workloads.push(w);
    for (const o of r.objects) this.objects.push(o);
    this.findings.push(r.findings);
    for (const w of r.waiting) this.waiting.push({ piece, ...w });
  }

  private share(f: Finding): void {
    f.message = this.one(f.message);
    f.path = this.one(f.path);
  }

  private one(s: string): string {
    const kept = this.strings.get(s);
    if (kept !== undefined) return kept;
    this.strings.set(s, s);
    return s;
  }

  /** The result for `text`, once every piece of it was added in order. */
  finish(text: string): AnalysisResult {
    const inventory = buildInventory(this.objects);
    const held = new Map<number, Finding[]>();
    let selection: ServiceSelection | undefined;
    for (const w of this.waiting) {
      if (w.missing && !stillMissing(inventory, w.missing.kind, w.missing.name)) continue;
      if (w.service) {
        selection ??= new ServiceSelection(this.workloads.map((x) => x.model));
        if (!selection.holds(w.service)) continue;
      }
      const list = held.get(w.piece);
      if (list) list.push(w.finding);
      else held.set(w.piece, [w.finding]);
    }
    const findings: Finding[] = [];
    this.findings.forEach((own, i) => {
      const extra = held.get(i);
      // One at a time: a piece may hold more findings than a call can take arguments.
      for (const f of extra ? [...own, ...extra].sort(compareFindings) : own) findings.push(f);
    });
    return {
      text,
      pieces: this.pieces,
      documents: this.documents,
      workloads: this.workloads,
      findings,
      inventory,
    };
  }
}

/** A finding that waits for the whole input: for a missing object, or for its workloads. */
type Waiting = Pick<ConditionalFinding, 'finding' | 'missing' | 'service'>;

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
