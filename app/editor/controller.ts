// The CodeMirror view behind ManifestEditor, free of React: the hook creates one per mount and
// forwards prop changes to it. Keeps the page's text and the editor's document in step without
// serialising the document more than once per frame, however fast the user types.
import { isolateHistory } from '@codemirror/commands';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { foldedRanges, unfoldEffect } from '@codemirror/language';
import {
  Annotation,
  ChangeSet,
  Compartment,
  EditorSelection,
  EditorState,
  type Extension,
  type StateEffect,
  type Text,
  Transaction,
} from '@codemirror/state';
import { EditorView, placeholder, type ViewUpdate } from '@codemirror/view';
import { minimalEdit, type TextChange, type TextEdit } from '../../src/analysis/textEdit';
import type { Finding } from '../../src/types';
import type { RevealRequest } from '../state/types';
import { changeToEdit } from './changeEdit';
import { ChunkedText } from './chunkedText';
import { findingsToDiagnostics, sameAfterEdits, type FixActions, type Locate } from './diagnostics';
import { EditTrail } from './editTrail';
import { editorExtensions, PLAIN_ABOVE, yamlSupport } from './extensions';
import { detectLineBreak, offsetToPos, posToOffset, type LineBreak } from './lineBreaks';
import { lineWrap, wraps } from './lineWrap';
import { sourceChanged, sourceHistory, sourceOf } from './sourceHistory';
import { editor as editorEn, type EditorTexts } from '../i18n/en/editor';

export interface EditorCallbacks {
  /**
   * `pasted` when a paste replaced the whole document since the last call; `change` says how
   * `text` came from the text of the last call (or of the last `setValue`); `source` is the
   * source an undo or redo across a load or such a paste brought back.
   */
  onChange: (
    text: string,
    pasted: boolean,
    change: TextChange | null,
    source: string | undefined,
  ) => void;
  onCursor: (offset: number) => void;
}

/** Marks transactions the page asked for; they never come back as edits or cursor moves. */
const fromPage = Annotation.define<true>();

export class ManifestEditorController {
  readonly view: EditorView;
  private readonly extensions = editorExtensions();
  private readonly attributes = new Compartment();
  private attrs: Record<string, string> = {};
  /** CodeMirror's own strings (search panel, lint panel, folding) in the page's language. */
  private readonly phrases = new Compartment();
  /** YAML support, switched off for very large texts. */
  private readonly language = new Compartment();
  private plain = false;
  /** Soft line wrapping: the reader's choice, switched off for very large texts. */
  private readonly wrapping = new Compartment();
  private wrapWanted = true;
  private wrapped = false;
  /** Where the page's text comes from (the status line's source), as the page last said. */
  private source = '';
  /** The source an undo or redo brought back, not yet handed to the page. */
  private restored: string | undefined;
  private texts: EditorTexts = editorEn;
  private lineBreak: LineBreak = '\n';
  private ready = false;
  /** The text of the document when it last matched the page's (before any pending edits). */
  private pageText = '';
  /** The same text in chunks, so an edit makes the next text without copying this one. */
  private readonly chunks = new ChunkedText();
  /** Which load of the page's the document shows (see ManifestEditorProps.valueLoads). */
  private loaded = -1;
  /** The document has edits the page has not been told about yet. */
  private dirty = false;
  /** Those edits, and the document they were made to (the one `pageText` is the text of). */
  private unsent: { changes: ChangeSet; doc: Text } | null = null;
  /** One of those edits was a paste over the whole document. */
  private pastedOverAll = false;
  private frame = 0;
  private revealSeq: number | undefined;
  private findings: { list: readonly Finding[]; text: string | undefined } | null = null;
  /** The quick fixes the diagnostics offer (see setFixes). */
  private fixes: FixActions | undefined;
  /** The diagnostics last given to CodeMirror and the edits made since (it moves them along). */
  private shown: {
    diagnostics: readonly Diagnostic[];
    since: ChangeSet;
    fixes: FixActions | undefined;
  } | null = null;
  private readonly trail = new EditTrail();

  constructor(
    parent: HTMLElement,
    private readonly callbacks: EditorCallbacks,
  ) {
    this.view = new EditorView({ parent, state: this.createState('') });
  }

  /**
   * Shows `text` when it is a new load; any other text is one the editor itself handed to the
   * page, possibly before the latest keystrokes, and is left alone. `source` names where the
   * page's text comes from: a load keeps the one it replaces in the undo history.
   */
  setValue(text: string, load: number, source: string): void {
    if (load === this.loaded) {
      this.source = source;
      return;
    }
    this.loaded = load;
    const current = this.dirty ? this.view.state.sliceDoc() : this.pageText;
    this.cancelFrame();
    this.dirty = false;
    this.pastedOverAll = false;
    this.restored = undefined;
    const lineBreak = detectLineBreak(text);
    if (!this.ready || lineBreak !== this.lineBreak) {
      // A new line-break convention changes what positions mean: start over, history included.
      this.lineBreak = lineBreak;
      this.view.setState(this.createState(text));
      this.shown = null;
      this.ready = true;
    } else {
      const edit = minimalEdit(current, text);
      if (edit) {
        const doc = this.view.state.doc;
        this.view.dispatch({
          changes: {
            from: offsetToPos(doc, edit.from, lineBreak),
            to: offsetToPos(doc, edit.to, lineBreak),
            insert: edit.insert,
          },
          // Its own undo step, never merged with the typing just before it; undoing it brings
          // back the source it replaced (see sourceHistory.ts).
          annotations: [fromPage.of(true), isolateHistory.of('full')],
          effects: sourceChanged.of(source),
        });
      }
    }
    this.source = source;
    this.pageText = text;
    this.chunks.reset(text);
    this.unsent = null;
    this.trail.reset(text, this.view.state.doc);
    // Findings computed for this very text (a reload, a shared link) can be shown right away.
    if (this.findings && this.findings.text === text) {
      this.setFindings(this.findings.list, this.findings.text);
    }
  }

  /** Shows findings as diagnostics; `text` is the text they were computed for, when known. */
  setFindings(findings: readonly Finding[], text: string | undefined): void {
    this.findings = { list: findings, text };
    const { doc } = this.view.state;
    const lineBreak = this.lineBreak;
    const earlier = text === undefined ? null : this.trail.locate(text);
    const locate: Locate = earlier
      ? (offset, assoc) =>
          earlier.changes.mapPos(offsetToPos(earlier.doc, offset, lineBreak), assoc)
      : (offset) => offsetToPos(doc, offset, lineBreak);
    const diagnostics = findingsToDiagnostics(findings, locate, this.texts.suppressed, this.fixes);
    // Most keystrokes change no finding: CodeMirror has already moved the ones it shows along
    // with the edits, and rebuilding thousands of them would hold up typing for no change.
    const unchanged =
      this.shown !== null &&
      this.shown.fixes === this.fixes &&
      sameAfterEdits(this.shown.diagnostics, this.shown.since, diagnostics);
    this.shown = { diagnostics, since: ChangeSet.empty(doc.length), fixes: this.fixes };

    if (!unchanged) this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** The quick fixes the diagnostics offer as lint actions, from now on. */
  setFixes(fixes: FixActions | undefined): void {
    this.fixes = fixes;
  }

  /**
   * Applies edits made for `text` (sorted, apart, in its offsets) as one transaction, its own undo
   * step; they reach the page as an edit like any typed one. False when the trail no longer knows
   * `text` or the user has since typed where they would write.
   */
  applyEdits(edits: readonly TextEdit[], text: string): boolean {
    this.flush();
    const earlier = this.trail.locate(text);
    if (!earlier || edits.length === 0) return false;
    const changes = [];
    for (const e of edits) {
      const from = offsetToPos(earlier.doc, e.from, this.lineBreak);
      const to = offsetToPos(earlier.doc, e.to, this.lineBreak);
      if (!earlier.changes.empty && earlier.changes.touchesRange(from, to)) return false;
      const at = earlier.changes.mapPos(from, 1);
      changes.push({
        from: at,
        to: Math.max(at, earlier.changes.mapPos(to, -1)),
        insert: e.insert,
      });
    }
    this.view.dispatch({
      changes,
      annotations: [isolateHistory.of('full'), Transaction.userEvent.of('input.fix')],
    });
    return true;
  }

  /** Selects a range of the text and scrolls it to the middle, once per request. */
  reveal(request: RevealRequest): void {
    if (request.seq === this.revealSeq) return;
    this.revealSeq = request.seq;
    const { state } = this.view;
    const from = offsetToPos(state.doc, request.from, this.lineBreak);
    const to = Math.max(from, offsetToPos(state.doc, request.to, this.lineBreak));
    const effects: StateEffect<unknown>[] = [];
    foldedRanges(state).between(from, to, (a, b) => {
      effects.push(unfoldEffect.of({ from: a, to: b }));
    });
    // The head (the cursor, the active line) goes to the start: that is where the element is
    // defined, and a range taller than the editor is scrolled to its first line, not its last.
    const range = EditorSelection.range(to, from);
    effects.push(EditorView.scrollIntoView(range, { y: 'center' }));
    this.view.dispatch({
      selection: EditorSelection.create([range]),
      effects,
      annotations: fromPage.of(true),
    });
  }

  /** The accessible name and description of the editable area. */
  setAttributes(attrs: Record<string, string>): void {
    this.attrs = attrs;
    this.view.dispatch({
      effects: this.attributes.reconfigure(EditorView.contentAttributes.of(attrs)),
    });
  }

  /** The page's language: CodeMirror's phrases and the words the diagnostics use. */
  setTexts(texts: EditorTexts): void {
    if (texts === this.texts) return;
    this.texts = texts;
    this.view.dispatch({ effects: this.phrases.reconfigure(this.phrasesOf(texts)) });
    if (this.findings) this.setFindings(this.findings.list, this.findings.text);
  }

  /** Whether long lines wrap (texts over WRAP_UP_TO characters never do). */
  setWrap(wanted: boolean): void {
    this.wrapWanted = wanted;
    this.followSize(this.view.state.doc.length);
  }

  destroy(): void {
    this.flush();
    this.view.destroy();
  }

  private phrasesOf(texts: EditorTexts): Extension {
    return [EditorState.phrases.of(texts.phrases), placeholder(texts.placeholder)];
  }

  private createState(text: string): EditorState {
    this.plain = text.length > PLAIN_ABOVE;
    this.wrapped = wraps(this.wrapWanted, text.length);
    return EditorState.create({
      doc: text,
      extensions: [
        this.extensions,
        EditorState.lineSeparator.of(this.lineBreak),
        this.attributes.of(EditorView.contentAttributes.of(this.attrs)),
        this.phrases.of(this.phrasesOf(this.texts)),
        this.language.of(yamlSupport(text.length)),
        this.wrapping.of(lineWrap(this.wrapped)),
        sourceHistory(() => this.source, pastesOverAll),
        EditorView.updateListener.of((update) => this.onUpdate(update)),
        EditorView.domEventHandlers({ blur: () => this.flush() }),
      ],
    });
  }

  private onUpdate(update: ViewUpdate): void {
    if (update.docChanged) {
      this.followSize(update.state.doc.length);
      if (this.shown) this.shown.since = this.shown.since.compose(update.changes);
    }
    if (update.transactions.some((tr) => tr.annotation(fromPage))) return;
    if (update.docChanged) {
      this.trail.edit(update.changes);
      this.unsent = this.unsent
        ? { changes: this.unsent.changes.compose(update.changes), doc: this.unsent.doc }
        : { changes: update.changes, doc: update.startState.doc };
      this.dirty = true;
      for (const tr of update.transactions) this.followSource(tr);
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.flush();
      });
    }
    const moved = update.transactions.some((tr) => tr.selection && !tr.docChanged);
    if (moved) {
      this.flush(); // the page hears of the edit before the cursor that follows it
      const { doc, selection } = update.state;
      this.callbacks.onCursor(posToOffset(doc, selection.main.head, this.lineBreak));
    }
  }

  // The latest of a paste over everything (the page names it) and an undo or redo that brought a
  // source back wins.
  private followSource(tr: Transaction): void {
    const source = sourceOf(tr);
    if (source !== undefined) {
      this.source = source;
      this.restored = source;
      this.pastedOverAll = false;
    } else if (pastesOverAll(tr)) {
      this.pastedOverAll = true;
      this.restored = undefined;
    }
  }

  // Switches YAML support off above PLAIN_ABOVE characters and wrapping above WRAP_UP_TO, and
  // back on below (after the update: an update listener may not dispatch).
  private followSize(length: number): void {
    const plain = length > PLAIN_ABOVE;
    const wrapped = wraps(this.wrapWanted, length);
    const effects: StateEffect<unknown>[] = [];
    if (plain !== this.plain) effects.push(this.language.reconfigure(yamlSupport(length)));
    if (wrapped !== this.wrapped) effects.push(this.wrapping.reconfigure(lineWrap(wrapped)));
    if (effects.length === 0) return;
    this.plain = plain;
    this.wrapped = wrapped;
    queueMicrotask(() => this.view.dispatch({ effects }));
  }

  /** Hands pending edits to the page. */
  private flush(): void {
    this.cancelFrame();
    if (!this.dirty) return;
    this.dirty = false;
    const { state } = this.view;
    const edit = this.unsent
      ? changeToEdit(this.unsent.changes, this.unsent.doc, state.doc, this.lineBreak)
      : null;
    // The new text from the old one's chunks (see chunkedText.ts), not from the document, whose
    // string is joined line by line: on a multi-megabyte manifest that cost tens of milliseconds.
    let text: string;
    if (edit) text = this.chunks.apply(edit);
    else {
      text = state.sliceDoc();
      this.chunks.reset(text);
    }
    const change = edit ? { base: this.pageText, edit } : null;
    this.unsent = null;
    this.pageText = text;
    this.trail.commit(text, state.doc);
    const pasted = this.pastedOverAll;
    const restored = this.restored;
    this.pastedOverAll = false;
    this.restored = undefined;
    this.callbacks.onChange(text, pasted, change, restored);
  }

  private cancelFrame(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

// A paste that replaced everything there was (Ctrl+A, Ctrl+V): a new manifest, not an edit.
function pastesOverAll(tr: Transaction): boolean {
  if (!tr.docChanged || !tr.isUserEvent('input.paste')) return false;
  const before = tr.startState.doc.length;
  let all = false;
  tr.changes.iterChangedRanges((fromA, toA) => {
    if (fromA === 0 && toA === before) all = true;
  });
  return all;
}
