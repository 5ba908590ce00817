// CodeMirror asks for its strings by their English text (`state.phrase("Find")`); every phrase
// the editor's packages ask for must have a Chinese translation, or it shows up in English.
import { describe, expect, it } from 'vitest';
// The packages' own code, as the page bundles it (their exports hide dist/ from bare imports).
import commands from '../../node_modules/@codemirror/commands/dist/index.js?raw';
import language from '../../node_modules/@codemirror/language/dist/index.js?raw';
import lint from '../../node_modules/@codemirror/lint/dist/index.js?raw';
import search from '../../node_modules/@codemirror/search/dist/index.js?raw';
import view from '../../node_modules/@codemirror/view/dist/index.js?raw';
import { editor as en } from '../i18n/en/editor';
import { editor as zhEditor } from '../i18n/zh-CN/editor';

const PACKAGES: Record<string, string> = { view, commands, language, lint, search };

function phrasesOf(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/phrase\((?:view, )?"([^"]+)"/g)) found.add(m[1]);
  // Phrases chosen at runtime: `phrase(fold ? "Folded lines" : "Unfolded lines")`.
  for (const m of source.matchAll(/phrase\([^()"]*\? "([^"]+)" : "([^"]+)"\)/g)) {
    found.add(m[1]);
    found.add(m[2]);
  }
  return [...found];
}

describe('CodeMirror phrases', () => {
  const zh = zhEditor.phrases;

  it.each(Object.keys(PACKAGES))('are all translated for @codemirror/%s', (pkg) => {
    const phrases = phrasesOf(PACKAGES[pkg]);
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.filter((p) => !zh[p])).toEqual([]);
  });

  it('keep the `$` placeholders CodeMirror fills in', () => {
    for (const [english, chinese] of Object.entries(zh))
      expect(chinese.split('$').length, english).toBe(english.split('$').length);
  });

  it('leave English as CodeMirror writes it', () => {
    expect(en.phrases).toEqual({});
  });
});
