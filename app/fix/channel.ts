// How the page's parts reach the editor with a fix: the editor registers the one function that
// applies edits to its document, and the preview dialog listens for the finding to show. Both are
// module state because there is one editor and one dialog on the page.
import type { AnalysisResult } from '../../src/analysis/result';
import type { TextEdit } from '../../src/analysis/textEdit';
import type { FixKind } from '../../src/fix/catalog';

/** Applies `edits`, made for `text`, as one undoable editor transaction; false if it cannot. */
export type FixApplier = (edits: readonly TextEdit[], text: string) => boolean;

let applier: FixApplier | null = null;

/** The editor says how to reach it; the returned function takes that back. */
export function setFixApplier(next: FixApplier): () => void {
  applier = next;
  return () => {
    if (applier === next) applier = null;
  };
}

/** Hands `edits` to the editor; false when there is no editor or the text moved under them. */
export function applyFixEdits(edits: readonly TextEdit[], text: string): boolean {
  return applier ? applier(edits, text) : false;
}

/** A finding whose fix the dialog should preview. */
export interface FixRequest {
  result: AnalysisResult;
  finding: number;
  kind: FixKind;
  seq: number;
}

let request: FixRequest | null = null;
let seq = 0;
const listeners = new Set<() => void>();

/** Opens the preview dialog on a finding's fix (from the editor's lint action). */
export function openFixPreview(result: AnalysisResult, finding: number, kind: FixKind): void {
  request = { result, finding, kind, seq: ++seq };
  for (const l of listeners) l();
}

export function subscribeFixPreview(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const fixPreviewRequest = (): FixRequest | null => request;
