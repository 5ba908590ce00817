import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../examples/catalog';
import { examples } from './examples';

const FIELDS = ['title', 'summary', 'idea'] as const;
const HAN = /[\u4e00-\u9fff]/;
const ZH = examples.words;

describe('the Chinese gallery', () => {
  it('has exactly the examples of the English one', () => {
    expect(Object.keys(ZH).sort()).toEqual(CATALOG.map((e) => e.id).sort());
  });

  it('translates every title, summary and idea into Chinese prose', () => {
    for (const e of CATALOG) {
      for (const field of FIELDS) {
        const zh = ZH[e.id][field];
        expect(zh, `${e.id}.${field}`).toMatch(HAN);
        expect(zh, `${e.id}.${field}`).not.toBe(e[field]);
      }
    }
  });

  it('keeps the Kubernetes names and numbers the English text shows', () => {
    // Names a reader types or looks for in the manifest must survive translation.
    const kept = /\b[a-z]+[A-Z]\w*|\b\d+(?:Mi|Gi)\b|(?<![\w/])\/[\w/.-]*\w|\blocalhost:\d+/g;
    for (const e of CATALOG) {
      for (const field of FIELDS) {
        for (const token of e[field].match(kept) ?? [])
          expect(ZH[e.id][field], `${e.id}.${field}: ${token}`).toContain(token);
      }
    }
  });
});
