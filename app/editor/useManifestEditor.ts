import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import type { TextChange } from '../../src/analysis/textEdit';
import type { Finding } from '../../src/types';
import type { RevealRequest } from '../state/types';
import { setFixApplier } from '../fix/channel';
import { ManifestEditorController } from './controller';
import type { FixActions } from './diagnostics';
import type { EditorTexts } from '../i18n/en/editor';

export interface ManifestEditorOptions {
  value: string;
  valueLoads: number;
  source: string;
  onChange: (
    text: string,
    pasted: boolean,
    change: TextChange | null,
    source: string | undefined,
  ) => void;
  findings: readonly Finding[];
  findingsText?: string;
  reveal: RevealRequest | null;
  onCursor: (offset: number) => void;
  /** Attributes of the editable area: its accessible name and description. */
  attributes: Record<string, string>;
  /** The editor's strings in the page's language. */
  texts: EditorTexts;
  /** Whether long lines wrap. */
  wrap: boolean;
  /** The findings' quick fixes, as lint actions. */
  fixes?: FixActions;
}

/**
 * Mounts one CodeMirror view into `host` for the component's lifetime and forwards prop changes
 * to it. The view is never recreated on re-render: that would lose the cursor, scroll and undo.
 */
export function useManifestEditor(
  host: RefObject<HTMLDivElement | null>,
  options: ManifestEditorOptions,
): void {
  const { value, valueLoads, source, findings, findingsText, reveal, attributes, texts, wrap } =
    options;
  const { fixes } = options;
  const editor = useRef<ManifestEditorController | null>(null);
  // Callbacks may change on every render; the view keeps calling the latest ones.
  const onChange = useEffectEvent(
    (text: string, pasted: boolean, change: TextChange | null, source: string | undefined) =>
      options.onChange(text, pasted, change, source),
  );
  const onCursor = useEffectEvent((offset: number) => options.onCursor(offset));

  useEffect(() => {
    if (!host.current) return;
    const controller = new ManifestEditorController(host.current, {
      onChange: (text, pasted, change, source) => onChange(text, pasted, change, source),
      onCursor: (offset) => onCursor(offset),
    });
    editor.current = controller;
    // Fixes chosen anywhere on the page (the inspector, the preview dialog) go through here.
    const release = setFixApplier((edits, text) => controller.applyEdits(edits, text));
    return () => {
      release();
      editor.current = null;
      controller.destroy();
    };
  }, [host]);

  // Declared in this order so a new text is in place before its findings and its reveal.
  useEffect(() => editor.current?.setAttributes(attributes), [attributes]);
  useEffect(() => editor.current?.setTexts(texts), [texts]);
  useEffect(() => editor.current?.setWrap(wrap), [wrap]);
  useEffect(() => editor.current?.setValue(value, valueLoads, source), [value, valueLoads, source]);
  // In a task of its own: thousands of diagnostics take a while, and typing should not wait.
  useEffect(() => {
    const task = setTimeout(() => {
      editor.current?.setFixes(fixes);
      editor.current?.setFindings(findings, findingsText);
    });
    return () => clearTimeout(task);
  }, [findings, findingsText, fixes]);
  useEffect(() => {
    if (reveal) editor.current?.reveal(reveal);
  }, [reveal]);
}
