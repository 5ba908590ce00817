import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';
import {
  controlCharacterMessage,
  firstControlCharacter,
  MAX_QUOTE,
  shortenQuotes,
} from './printable';

describe('firstControlCharacter', () => {
  it('lets tab, line feed, carriage return and printable text through', () => {
    expect(firstControlCharacter('a:\tb\r\nc: "é 演示 🙂 \u00a0"\n')).toBe(-1);
    expect(firstControlCharacter('\ufeffkind: Pod\n')).toBe(-1);
  });

  it('finds NUL, other C0 controls, DEL, C1 controls (NEL too) and U+FFFE/U+FFFF', () => {
    expect(firstControlCharacter('ab\0')).toBe(2);
    expect(firstControlCharacter('a\x1bb\0')).toBe(1);
    expect(firstControlCharacter('a\x0bb')).toBe(1); // vertical tab
    expect(firstControlCharacter('a\x0cb')).toBe(1); // form feed
    expect(firstControlCharacter('x\x7f')).toBe(1);
    expect(firstControlCharacter('x\x85')).toBe(1);
    expect(firstControlCharacter('x\x9f')).toBe(1);
    expect(firstControlCharacter('x\xa0\ufffe')).toBe(2);
    expect(firstControlCharacter('\uffff')).toBe(0);
  });
});

describe('controlCharacterMessage', () => {
  it('names the code point, and NUL by name', () => {
    expect(controlCharacterMessage(0)).toBe(
      'control character U+0000 (NUL) is not allowed in YAML text: is this a binary file?',
    );
    expect(controlCharacterMessage(0x89)).toMatch(/^control character U\+0089 is not allowed/);
  });
});

describe('shortenQuotes', () => {
  it('keeps short excerpts and cuts long ones after MAX_QUOTE characters', () => {
    expect(shortenQuotes('Unexpected flow-seq-end token in YAML stream: "]"')).toBe(
      'Unexpected flow-seq-end token in YAML stream: "]"',
    );
    const long = 'z'.repeat(1_000_000);
    expect(shortenQuotes(`token: "${long}" here`)).toBe(`token: "${'z'.repeat(MAX_QUOTE)}…" here`);
  });

  it('reads escaped quotes as part of the excerpt', () => {
    const inner = `${'\\"'.repeat(30)}tail`;
    expect(shortenQuotes(`a "${inner}" b "c"`)).toBe(`a "${inner.slice(0, MAX_QUOTE)}…" b "c"`);
  });
});

describe('parseManifest with control characters', () => {
  it('refuses the document at its first control character, as kubectl does', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\0b\n';
    const [doc] = parseManifest(text).documents;
    expect(doc.value).toBeNull();
    expect(doc.issues).toEqual([
      {
        code: 'CONTROL_CHAR',
        message:
          'control character U+0000 (NUL) is not allowed in YAML text: is this a binary file?',
        offset: text.indexOf('\0'),
        endOffset: text.indexOf('\0') + 1,
      },
    ]);
  });

  it('quotes no more than MAX_QUOTE characters of a stray megabyte token', () => {
    const text = `- a\nb: ${'z'.repeat(1 << 20)}\n`;
    const messages = parseManifest(text).documents.flatMap((d) => d.issues.map((i) => i.message));
    expect(messages).toContain(
      `Unexpected scalar token in YAML stream: "${'z'.repeat(MAX_QUOTE)}…"`,
    );
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThan(120);
  });
});
