// Text → YAML documents with source ranges and plain values. Never throws: every problem
// becomes a SyntaxIssue with an exact range.
import { Composer, Parser, type Document } from 'yaml';
import { ConvertLimitError, MAX_DEPTH, toPlain } from './convert';
import { MAX_DOCUMENT_CHARS } from './limits';
import { lineStarts } from './lines';
import { controlCharacterMessage, firstControlCharacter, shortenQuotes } from './printable';

export interface SyntaxIssue {
  /** yaml's error code (e.g. BAD_INDENT) or our own (ALIAS_BOMB, CONTROL_CHAR, TOO_DEEP, TOO_LARGE, TEMPLATE). */
  code: string;
  message: string;
  offset: number;
  endOffset: number;
}

export interface ParsedDocument {
  /** 0-based index among the `---`-separated documents. */
  index: number;
  /** The yaml AST with source ranges (used to resolve paths to positions). */
  ast: Document.Parsed;
  /** Plain JS value (null when empty or when it could not be converted safely). */
  value: unknown;
  issues: SyntaxIssue[];
  /** Offsets of the document's content in the whole text. */
  start: number;
  end: number;
  empty: boolean;
}

export interface ParsedManifest {
  text: string;
  lineStarts: number[];
  documents: ParsedDocument[];
}

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

/**
 * Parses the input one document at a time, so a caller can analyse a document and let its AST go
 * before the next is built (a rendered chart of thousands of documents stays small in memory).
 */
export function* parseDocuments(text: string): Generator<ParsedDocument, void> {
  if (text.length > MAX_DOCUMENT_CHARS) {
    yield refused(text, 'TOO_LARGE', tooLarge(text.length), 0);
    return;
  }
  const control = firstControlCharacter(text);
  if (control !== -1) {
    yield refused(text, 'CONTROL_CHAR', controlCharacterMessage(text.charCodeAt(control)), control);
    return;
  }
  const deep = excessiveNesting(text);
  if (deep !== -1) {
    yield refused(text, 'TOO_DEEP', `nesting deeper than ${MAX_DEPTH} levels: not read`, deep);
    return;
  }
  const composer = new Composer(OPTIONS);
  let index = 0;
  try {
    for (const ast of composer.compose(new Parser().parse(text), true, text.length)) {
      yield toParsedDocument(ast, index++, text);
    }
  } catch (e) {
    // The YAML reader recurses; input shaped to exhaust the stack ends here, not in a crash.
    if (!(e instanceof RangeError)) throw e;
    yield refused(text, 'TOO_DEEP', 'the input is nested too deeply to read', 0);
  }
}

function tooLarge(length: number): string {
  const mib = (length / 1024 / 1024).toFixed(1);
  return `${mib} MiB in one document or input: podscope reads documents up to 3 MiB (the API server refuses larger requests) and inputs up to 16 MiB`;
}

// Flow collections (`[[[[…`) are the cheap way to nest deeply; count them before parsing.
function excessiveNesting(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 10 && text.startsWith('---', i + 1)) depth = 0;
  }
  return -1;
}

function refused(text: string, code: string, message: string, offset: number): ParsedDocument {
  const ast = new Composer(OPTIONS).compose(new Parser().parse(''), true, 0).next()
    .value as Document.Parsed;
  return {
    index: 0,
    ast,
    value: null,
    issues: [{ code, message, offset, endOffset: Math.min(text.length, offset + 1) }],
    start: 0,
    end: text.length,
    empty: false,
  };
}

/** Parses a whole input (YAML 1.2 or JSON, one or more documents) and keeps every AST. */
export function parseManifest(text: string): ParsedManifest {
  return { text, lineStarts: lineStarts(text), documents: [...parseDocuments(text)] };
}

function toParsedDocument(ast: Document.Parsed, index: number, text: string): ParsedDocument {
  const issues: SyntaxIssue[] = ast.errors.map((e) => {
    const [offset, endOffset] = e.pos;
    return {
      code: e.code,
      message: cleanMessage(e.message),
      offset,
      endOffset: Math.max(endOffset, offset + 1),
    };
  });
  const contents = ast.contents;
  const start = contents?.range[0] ?? ast.range[0];
  const end = ast.range[1];
  let value: unknown = null;
  if (issues.length === 0) {
    try {
      value = toPlain(contents);
    } catch (e) {
      if (!(e instanceof ConvertLimitError)) throw e;
      issues.push({
        code: e.code === 'alias' ? 'ALIAS_BOMB' : e.code === 'key' ? 'COMPLEX_KEY' : 'TOO_DEEP',
        message: e.message,
        offset: e.offset,
        endOffset: Math.max(e.endOffset, e.offset + 1),
      });
    }
  }
  if (issues.length > 0) addTemplateHint(issues, text, start, end);
  const empty =
    contents === null || (value === null && issues.length === 0 && isBlank(text, start, end));
  return { index, ast, value, issues, start, end, empty };
}

// yaml's messages end with "at line L, column C" plus a code excerpt; we give positions ourselves.
function cleanMessage(message: string): string {
  return shortenQuotes(
    message
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '')
      .trim(),
  );
}

function isBlank(text: string, start: number, end: number): boolean {
  return /^(\s|#[^\n]*|---|\.\.\.)*$/.test(text.slice(start, end));
}

// A Helm or Go template (`{{ … }}`) is not YAML; say so at the first template marker.
function addTemplateHint(issues: SyntaxIssue[], text: string, start: number, end: number): void {
  const at = text.indexOf('{{', start);
  if (at === -1 || at >= end) return;
  const rest = issues.filter((i) => i.code !== 'COMPLEX_KEY');
  issues.splice(0, issues.length, ...rest);
  issues.unshift({
    code: 'TEMPLATE',
    message:
      'this looks like a Helm/Go template ("{{ … }}"), not YAML: render it first (helm template …)',
    offset: at,
    endOffset: Math.min(end, at + 2),
  });
}
