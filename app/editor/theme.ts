// The editor's look. Colours are CSS custom properties set by the page (see palette.ts), so the
// light and dark themes follow the page's own `dark:` switch; the font size is a property too,
// so a presentation mode can enlarge the text without rebuilding the editor.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { SUPPRESSED_CLASS } from './diagnostics';

const v = (name: string): string => `var(--pe-${name})`;

/** Wavy underlines drawn by the browser: no data: URLs, so a strict CSP needs no exception. */
const squiggle = (color: string) => ({
  backgroundImage: 'none',
  textDecoration: `underline wavy ${color}`,
  textDecorationSkipInk: 'none',
  textUnderlineOffset: '3px',
  textDecorationThickness: '1px',
});

/** A gutter marker drawn with CSS instead of CodeMirror's inline SVG images. */
const marker = (color: string, shape: Record<string, string>) => ({
  content: 'none',
  display: 'block',
  width: '0.6em',
  height: '0.6em',
  margin: '0.2em auto 0',
  backgroundColor: color,
  ...shape,
});

export const editorTheme = EditorView.theme({
  '&': {
    height: '100%',
    color: v('fg'),
    backgroundColor: v('bg'),
    fontSize: 'var(--editor-font-size, 13px)',
  },
  '&.cm-focused': { outline: `2px solid ${v('focus')}`, outlineOffset: '-2px' },
  '.cm-scroller': {
    fontFamily: 'var(--font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace)',
    lineHeight: '1.6',
    overflow: 'auto',
  },
  '.cm-content': { caretColor: v('cursor'), padding: '6px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: v('cursor'), borderLeftWidth: '2px' },
  '.cm-selectionBackground': { backgroundColor: v('selection-blur') },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground': {
    backgroundColor: v('selection'),
  },
  '.cm-activeLine': { backgroundColor: v('active-line') },
  '.cm-gutters': {
    backgroundColor: v('gutter-bg'),
    color: v('gutter-fg'),
    borderRight: `1px solid ${v('border')}`,
  },
  '.cm-activeLineGutter': { backgroundColor: v('active-line'), color: v('fg') },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 6px 0 10px' },
  '.cm-foldGutter .cm-gutterElement': { padding: '0 4px', cursor: 'pointer' },
  '.cm-foldPlaceholder': {
    backgroundColor: v('chip-bg'),
    border: `1px solid ${v('border')}`,
    color: v('muted'),
    padding: '0 6px',
    borderRadius: '4px',
  },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: v('match'), outline: 'none' },
  '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: v('nomatch') },
  '.cm-searchMatch': { backgroundColor: v('search'), outline: `1px solid ${v('search-line')}` },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: v('search-current') },
  // Other occurrences of the selected text: outlined, so they never look selected themselves.
  '.cm-selectionMatch': {
    backgroundColor: 'transparent',
    outline: `1px dashed ${v('selection-match')}`,
    outlineOffset: '-1px',
  },
  '.cm-specialChar': { color: v('error') },
  '.cm-panels': { backgroundColor: v('gutter-bg'), color: v('fg') },
  '.cm-panels.cm-panels-top': { borderBottom: `1px solid ${v('border')}` },
  '.cm-panels.cm-panels-bottom': { borderTop: `1px solid ${v('border')}` },
  '.cm-panel.cm-search': { padding: '6px 28px 6px 8px', fontFamily: 'inherit', fontSize: '13px' },
  '.cm-panel.cm-search label': { fontSize: '13px' },
  '.cm-textfield': {
    backgroundColor: v('bg'),
    color: v('fg'),
    border: `1px solid ${v('border-strong')}`,
    borderRadius: '4px',
    padding: '2px 6px',
    fontSize: '13px',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: v('chip-bg'),
    color: v('fg'),
    border: `1px solid ${v('border-strong')}`,
    borderRadius: '4px',
    padding: '2px 8px',
    fontSize: '13px',
  },
  '.cm-textfield:focus-visible, .cm-button:focus-visible, .cm-panel button:focus-visible, .cm-panel input[type=checkbox]:focus-visible':
    { outline: `2px solid ${v('focus')}`, outlineOffset: '1px' },
  '.cm-tooltip': {
    backgroundColor: v('bg'),
    color: v('fg'),
    border: `1px solid ${v('border-strong')}`,
    borderRadius: '6px',
    boxShadow: '0 4px 16px rgb(15 23 42 / 0.16)',
    overflow: 'hidden',
  },
  '.cm-tooltip-lint': { maxWidth: '36em' },
  '.cm-diagnostic': {
    fontFamily: 'system-ui, sans-serif',
    fontSize: '13px',
    lineHeight: '1.45',
    padding: '6px 10px 6px 10px',
  },
  '.cm-diagnostic-error': { borderLeft: `4px solid ${v('error')}` },
  '.cm-diagnostic-warning': { borderLeft: `4px solid ${v('warning')}` },
  '.cm-diagnostic-info': { borderLeft: `4px solid ${v('info')}` },
  '.cm-diagnostic-hint': { borderLeft: `4px solid ${v('muted')}`, color: v('muted') },
  '.cm-diagnosticSource': {
    display: 'block',
    marginTop: '2px',
    fontFamily: 'var(--font-mono, ui-monospace, monospace)',
    fontSize: '12px',
    opacity: '1',
    color: v('muted'),
  },
  '.cm-lintRange-error': squiggle(v('error')),
  '.cm-lintRange-warning': squiggle(v('warning')),
  '.cm-lintRange-info': squiggle(v('info')),
  '.cm-lintRange-hint': squiggle(v('muted')),
  [`.${SUPPRESSED_CLASS}`]: { opacity: '0.75' },
  '.cm-lintPoint-error:after': { borderBottomColor: v('error') },
  '.cm-lintPoint-warning:after': { borderBottomColor: v('warning') },
  '.cm-lintPoint-info:after': { borderBottomColor: v('info') },
  '.cm-lintPoint-hint:after': { borderBottomColor: v('muted') },
  '.cm-gutter-lint': { width: '1.2em' },
  '.cm-gutter-lint .cm-gutterElement': { padding: '0' },
  '.cm-lint-marker-error': marker(v('error'), { borderRadius: '50%' }),
  '.cm-lint-marker-warning': marker(v('warning'), {
    clipPath: 'polygon(50% 0, 100% 100%, 0 100%)',
    width: '0.7em',
  }),
  '.cm-lint-marker-info': marker(v('info'), { borderRadius: '2px' }),
  '.cm-lint-marker-hint': marker('transparent', {
    borderRadius: '50%',
    boxShadow: `inset 0 0 0 1.5px ${v('muted')}`,
  }),
  '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: v('active-line-strong') },
});

/** Calm YAML colours: keys in the accent, values plain, strings and comments set apart. */
export const yamlHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: t.definition(t.propertyName), color: v('key') },
    { tag: t.string, color: v('string') },
    { tag: t.special(t.string), color: v('punct') },
    { tag: t.content, color: v('fg') },
    { tag: t.lineComment, color: v('comment'), fontStyle: 'italic' },
    { tag: t.meta, color: v('meta'), fontWeight: '600' },
    { tag: t.labelName, color: v('anchor') },
    { tag: t.typeName, color: v('tag') },
    { tag: [t.keyword, t.attributeValue], color: v('meta') },
    { tag: t.separator, color: v('punct') },
    { tag: [t.bracket, t.squareBracket, t.brace], color: v('punct') },
    { tag: t.invalid, color: v('error') },
  ]),
);
