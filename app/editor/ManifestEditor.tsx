import { useId, useMemo, useRef } from 'react';
import type { Finding } from '../../src/types';
import type { RevealRequest } from '../state/types';
import { EDITOR_PALETTE } from './palette';
import { editorText } from './texts';
import { useManifestEditor } from './useManifestEditor';

export interface ManifestEditorProps {
  /** The text; when it differs from what the editor last reported, the document is replaced. */
  value: string;
  /** Every user edit, at most once per frame. */
  onChange: (text: string) => void;
  /** Shown as diagnostics: squiggles, gutter markers and hover text. */
  findings: readonly Finding[];
  /**
   * The text `findings` were computed for (AnalysisResult.text). When given, findings that
   * arrive after the user typed on are moved along with the edits instead of being clamped.
   */
  findingsText?: string;
  /** Selects `from..to` and scrolls it into view whenever `seq` changes. */
  reveal: RevealRequest | null;
  /** The user moved the cursor (keys, click, search); never called for `reveal`. */
  onCursor: (offset: number) => void;
  /** Accessible name of the editable area. */
  label?: string;
  /** How to use the editor from the keyboard, read by screen readers. */
  keysHint?: string;
}

/** The YAML editor: CodeMirror with the findings inline and selection shared with the page. */
export function ManifestEditor({
  label = editorText.label,
  keysHint = editorText.keys,
  ...props
}: ManifestEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const attributes = useMemo(
    () => ({ 'aria-label': label, 'aria-describedby': hintId }),
    [label, hintId],
  );
  useManifestEditor(host, { ...props, attributes });

  return (
    <div className={`${EDITOR_PALETTE} relative flex min-h-0 flex-1 flex-col`}>
      <div ref={host} className="min-h-0 flex-1" data-testid="manifest-editor" />
      <p id={hintId} className="sr-only">
        {keysHint}
      </p>
    </div>
  );
}
