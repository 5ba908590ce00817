import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { valueAt } from '../parse/path';
import { splitDocuments } from '../parse/split';
import { findWorkloads } from '../parse/workloads';
import { corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { applyFixes, FixNotApplicable, spliceFix, type FixOp } from './splice';

const apply = (text: string, op: FixOp): string => applyFixes(text, [op]);

// Every byte before and after the replaced span is the original's.
function expectOnlySpliced(before: string, op: FixOp): string {
  const e = spliceFix(before, op);
  const after = before.slice(0, e.from) + e.insert + before.slice(e.to);
  expect(after.slice(0, e.from)).toBe(before.slice(0, e.from));
  expect(after.slice(e.from + e.insert.length)).toBe(before.slice(e.to));
  expect(parseDocument(after).errors).toEqual([]);
  return after;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo   # the pod
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports: [{containerPort: 80, name: http}]

    - name: sidecar
      image: busybox:1.36
      securityContext:
        runAsUser: 1000
  volumes:
    - name: scratch
      emptyDir: {}
    - name: cache
      emptyDir:
        medium: Memory
    - name: bare
      emptyDir:
`;

describe('spliceFix', () => {
  it('adds a key after the last entry of a block map, at its column', () => {
    const after = expectOnlySpliced(POD, {
      op: 'set',
      path: ['spec', 'containers', 1, 'securityContext', 'allowPrivilegeEscalation'],
      value: false,
    });
    expect(after).toContain('        runAsUser: 1000\n        allowPrivilegeEscalation: false\n');
  });

  it('creates the maps missing on the way, indented by the document’s step', () => {
    const after = expectOnlySpliced(POD, {
      op: 'set',
      path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
      value: ['ALL'],
    });
    expect(after).toContain(
      '      ports: [{containerPort: 80, name: http}]\n      securityContext:\n        capabilities:\n          drop: [ALL]\n\n    - name: sidecar',
    );
    const pod = parseDocument(after).toJS() as { spec: { containers: Record<string, unknown>[] } };
    expect(pod.spec.containers[0].securityContext).toEqual({ capabilities: { drop: ['ALL'] } });
  });

  it('adds into a flow map, keeping its style', () => {
    const after = expectOnlySpliced(POD, {
      op: 'set',
      path: ['spec', 'volumes', 0, 'emptyDir', 'sizeLimit'],
      value: '1Gi',
    });
    expect(after).toContain('      emptyDir: {sizeLimit: 1Gi}\n');
  });

  it('fills a key that has no value yet', () => {
    const after = expectOnlySpliced(POD, {
      op: 'set',
      path: ['spec', 'volumes', 2, 'emptyDir', 'sizeLimit'],
      value: '500Mi',
    });
    expect(after).toContain('      emptyDir: {sizeLimit: 500Mi}\n');
  });

  it('replaces a value that is there', () => {
    const after = expectOnlySpliced(POD, {
      op: 'set',
      path: ['spec', 'containers', 1, 'securityContext', 'runAsUser'],
      value: 1001,
    });
    expect(after).toContain('runAsUser: 1001\n');
  });

  it('keeps a comment at the end of the last line with its line', () => {
    const after = expectOnlySpliced(POD, {
      op: 'set',
      path: ['metadata', 'annotations', 'kubectl.kubernetes.io/default-container'],
      value: 'app',
    });
    expect(after).toContain(
      '  name: demo   # the pod\n  annotations:\n    kubectl.kubernetes.io/default-container: app\nspec:',
    );
  });

  it('renames a key and nothing else', () => {
    const text = 'spec:\n  containers:\n    - name: a\n      imagePullPolicyy: Always # typo\n';
    const after = expectOnlySpliced(text, {
      op: 'renameKey',
      path: ['spec', 'containers', 0, 'imagePullPolicyy'],
      to: 'imagePullPolicy',
    });
    expect(after).toBe(
      'spec:\n  containers:\n    - name: a\n      imagePullPolicy: Always # typo\n',
    );
  });

  it('quotes a value YAML would read as something else', () => {
    const text = 'metadata:\n  name: x\n';
    for (const value of ['true', '0755', 'null', 'a: b', ''])
      expect(
        (
          parseDocument(apply(text, { op: 'set', path: ['metadata', 'v'], value })).toJS() as {
            metadata: Record<string, unknown>;
          }
        ).metadata.v,
      ).toBe(value);
  });

  it('keeps CRLF line breaks', () => {
    const text = 'metadata:\r\n  name: x\r\n';
    expect(apply(text, { op: 'set', path: ['metadata', 'namespace'], value: 'shop' })).toBe(
      'metadata:\r\n  name: x\r\n  namespace: shop\r\n',
    );
  });

  it('refuses a path through a list item that is not there, or a text that does not parse', () => {
    expect(() =>
      spliceFix(POD, { op: 'set', path: ['spec', 'containers', 5, 'image'], value: 'x' }),
    ).toThrow(FixNotApplicable);
    expect(() => spliceFix('a: [', { op: 'set', path: ['a'], value: 1 })).toThrow(FixNotApplicable);
  });
});

// Real manifests, as their projects format them: a fix on every container of every workload
// changes that container only, and the document still reads the same everywhere else.
const corpusDocuments = corpusFilesIfPresent().flatMap(([file, text]) =>
  splitDocuments(text).map((piece, i) => ({
    name: `${file}#${i}`,
    text: piece.text,
    i,
  })),
);

describe('spliceFix on the public corpus', NEEDS_CORPUS, () => {
  it.each(corpusDocuments)('$name: every container can be given a fix', ({ text, i }) => {
    const value = parseDocument(text).toJS() as unknown;
    for (const w of findWorkloads(value, i)) {
      const containers = valueAt(value, [...w.podSpecPath, 'containers']);
      if (!Array.isArray(containers)) continue;
      containers.forEach((_, c) => {
        const path = [
          ...w.podSpecPath,
          'containers',
          c,
          'securityContext',
          'allowPrivilegeEscalation',
        ];
        const after = expectOnlySpliced(text, { op: 'set', path, value: false });
        expect(valueAt(parseDocument(after).toJS(), path)).toBe(false);
      });
    }
  });
});
