// Cutting the input into documents must never change what the engine says: every result of the
// piecewise analysis equals the analysis of the whole text read in one go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from './result';
import { analyze } from './analyze';
import { analyzePiece } from './analyzePiece';
import { assemble } from './assemble';
import { corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { findingsOf } from '../testing/manifest';
import { mutate, mutation } from '../testing/mutate';

function inOneGo(text: string): AnalysisResult {
  return assemble(text, [{ offset: 0, line: 0, analysis: analyzePiece(text) }]);
}

// Valid YAML must give identical results. In a broken one a quote or bracket left open can run
// past a `---` line in yaml's reader, while kubectl (and podscope) always start a new document
// there; then both must still report the text as broken.
function expectSame(text: string): void {
  const pieces = analyze(text);
  const whole = inOneGo(text);
  const broken = (r: AnalysisResult) => r.findings.some((f) => f.ruleId === 'yaml-syntax');
  if (broken(whole)) {
    expect(broken(pieces)).toBe(true);
    return;
  }
  expect(pieces.findings).toEqual(whole.findings);
  expect(pieces.documents).toEqual(whole.documents);
  expect(pieces.workloads).toEqual(whole.workloads);
  expect(pieces.inventory).toEqual(whole.inventory);
}

const corpus = corpusFilesIfPresent();
const isSyntax = (f: { ruleId: string }) => f.ruleId === 'yaml-syntax';

describe('assemble', () => {
  describe('on the public corpus', NEEDS_CORPUS, () => {
    it.each(corpus)('gives the same result piecewise as in one go: %s', (_, text) => {
      expectSame(text);
    });

    it('gives the same result for mutated real manifests', () => {
      const texts = corpus.map(([, text]) => text);
      fc.assert(
        fc.property(
          fc.constantFrom(...texts),
          fc.array(mutation, { minLength: 1, maxLength: 8 }),
          (text, ms) => expectSame(mutate(text, ms)),
        ),
        { numRuns: 300 },
      );
    });

    it('gives the same result for valid inputs joined from several manifests', () => {
      const texts = corpus
        .map(([, text]) => text)
        .filter((t) => !inOneGo(t).findings.some(isSyntax));
      const joint = fc.constantFrom('---\n', '\n---\n', '--- # next\n', '...\n---\n', '# c\n---\n');
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...texts), joint), { minLength: 2, maxLength: 5 }),
          (parts) => {
            const lines = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
            const text = parts.map(([t, j], i) => (i === 0 ? lines(t) : j + lines(t))).join('');
            expectSame(text);
            expect(analyze(text).documents.length).toBeGreaterThanOrEqual(parts.length);
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  it('decides cross-document references once every document is read', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers: [{name: app, image: nginx, volumeMounts: [{name: c, mountPath: /c}]}]',
      '  volumes: [{name: c, configMap: {name: settings}}]',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: other}',
      '',
    ].join('\n');
    const missing = findingsOf(text, 'unresolved-reference');
    expect(missing.map((f) => [f.line, f.column, f.document, f.workload])).toEqual([[6, 41, 0, 0]]);
    expect(
      findingsOf(text.replace('name: other', 'name: settings'), 'unresolved-reference'),
    ).toEqual([]);
  });

  it('renumbers documents, workloads and lines of later pieces', () => {
    const pod = (name: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: [{name: app, image: nginx, ports: [{containerPort: 80}, {containerPort: 80}]}]\n`;
    const result = analyze(`${pod('a')}---\n${pod('b')}`);
    const clashes = result.findings.filter((f) => f.ruleId === 'port-clash');
    expect(clashes.map((f) => [f.document, f.workload, f.line])).toEqual([
      [0, 0, 5],
      [1, 1, 11],
    ]);
    expect(result.workloads.map((w) => [w.ref.document, w.model.workload.document])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(result.documents.map((d) => [d.index, d.line, d.offset])).toEqual([
      [0, 1, 0],
      [1, 7, pod('a').length + 4],
    ]);
  });
});
