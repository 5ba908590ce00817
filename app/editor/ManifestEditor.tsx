import { useId, useMemo, useRef } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { TextChange } from '../../src/analysis/textEdit';
import { FixDialog } from '../fix/FixDialog';
import { useFixActions } from '../fix/useFixActions';
import type { Finding } from '../../src/types';
import type { RevealRequest } from '../state/types';
import { EditorToolbar } from './EditorToolbar';
import { EDITOR_HOST, focusManifestEditor } from './focusEditor';
import { EDITOR_PALETTE } from './palette';
import { useTexts } from '../i18n/useTexts';
import { useManifestEditor } from './useManifestEditor';
import { useWrapSetting } from './useWrapSetting';

export interface ManifestEditorProps {
  /** The text: the one the editor last reported, or one loaded from outside. */
  value: string;
  /**
   * Changes whenever `value` comes from outside the editor (a loaded example, file or link): only
   * then is the document replaced. Any other `value` is one of the editor's own edits coming
   * back, possibly after the user typed on, and must not undo those keystrokes.
   */
  valueLoads: number;
  /**
   * Where the text comes from (the status line's source). Each load keeps the source it replaces
   * in the undo history, so undoing the load hands that source back through `onChange`.
   */
  source: string;
  /**
   * Every user edit, at most once per frame; `pasted` when a paste replaced the whole text;
   * `change` is how `text` came from the previous one (the last reported or loaded); `source`
   * when an undo or redo across a load (or a paste over everything) brought one back.
   */
  onChange: (
    text: string,
    pasted: boolean,
    change: TextChange | null,
    source: string | undefined,
  ) => void;
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
  /** Accessible name of the editable area; the editor's own in the page's language if not given. */
  label?: string;
  /** How to use the editor from the keyboard, read by screen readers. */
  keysHint?: string;
  /** The analysis `findings` come from: their quick fixes are offered as lint actions. */
  result?: AnalysisResult;
}

/** The YAML editor: CodeMirror with the findings inline and selection shared with the page. */
export function ManifestEditor({ label, keysHint, result, ...props }: ManifestEditorProps) {
  const texts = useTexts('editor');
  const name = label ?? texts.label;
  const host = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [wrap, setWrap] = useWrapSetting();
  const attributes = useMemo(
    () => ({ 'aria-label': name, 'aria-describedby': hintId }),
    [name, hintId],
  );
  const fixes = useFixActions(result);
  useManifestEditor(host, { ...props, attributes, texts, wrap, fixes });

  return (
    <div className={`${EDITOR_PALETTE} relative flex min-h-0 flex-1 flex-col`}>
      <EditorToolbar wrap={wrap} onWrap={setWrap} texts={texts} />
      <div ref={host} className="min-h-0 flex-1" data-testid={EDITOR_HOST} />
      <p id={hintId} className="sr-only">
        {keysHint ?? texts.keys}
      </p>
      <FixDialog onClosed={focusManifestEditor} />
    </div>
  );
}
