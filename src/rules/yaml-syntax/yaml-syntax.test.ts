import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('yaml-syntax', () => {
  it('reports a bad indentation at its line and column', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: x', ' spec: {}');
    const [f] = findingsOf(text, 'yaml-syntax');
    expect(f).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', document: 0, line: 5 });
  });

  it('reports every error of every document, not just the first', () => {
    const text = yaml('a: [1, 2', '---', 'b: "open', '---', 'c: ok');
    const docs = findingsOf(text, 'yaml-syntax').map((f) => f.document);
    expect(new Set(docs)).toEqual(new Set([0, 1]));
  });

  it('names a Helm template instead of a bare parse error', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: {{ .Values.name }}');
    const f = findingsOf(text, 'yaml-syntax')[0];
    expect(f.message).toContain('Helm');
    expect([f.line, f.column]).toEqual([4, 9]);
  });

  it('refuses an alias bomb quickly with a clear message', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const f = findingsOf(yaml(...lines), 'yaml-syntax');
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/alias/);
  });

  it('refuses 10,000 levels of nesting without overflowing the stack', () => {
    const text = 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
    const f = findingsOf(text, 'yaml-syntax');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].message).toMatch(/nesting|deep/);
  });

  it('refuses a document over 3 MiB at its `---` line and still reads the others', () => {
    const big = `a: "${'x'.repeat(3 * 1024 * 1024)}"\n`;
    const text = yaml('kind: ConfigMap', 'metadata: {name: small}', '---') + big;
    const f = findingsOf(text, 'yaml-syntax');
    expect(f.map((x) => [x.document, x.line, x.column])).toEqual([[1, 3, 1]]);
    expect(f[0].message).toBe(
      'input refused: 3.0 MiB in one document or input: podscope reads documents up to 3 MiB (the API server refuses larger requests) and inputs up to 16 MiB',
    );
    expect(findingsOf(text.replace(big, 'a: 1\n'), 'yaml-syntax')).toEqual([]);
  });

  it('refuses an input over 16 MiB as a whole, even if every document is small', () => {
    const doc = `kind: ConfigMap\ndata: {a: "${'x'.repeat(1000)}"}\n---\n`;
    const text = doc.repeat(Math.ceil((16 * 1024 * 1024) / doc.length) + 1);
    const f = findingsOf(text, 'yaml-syntax');
    expect(f.map((x) => [x.document, x.line, x.column])).toEqual([[0, 1, 1]]);
    expect(f[0].message).toMatch(/^input refused: 16\.\d MiB/);
  });

  it('is silent on valid YAML, JSON, flow style, CRLF and a BOM', () => {
    for (const text of [
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: x}',
        'spec: {containers: [{name: a, image: nginx:1}]}',
      ),
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"}}',
      '\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: x\r\n',
    ]) {
      expect(findingsOf(text, 'yaml-syntax')).toEqual([]);
    }
  });
});
