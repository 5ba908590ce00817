import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../analysis/textEdit';
import { spliceEdits } from './edits';
import { applyFixes, type FixOp } from './splice';

const text = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports: [{name: http, containerPort: 80}]
    - name: side
      image: busybox:1.36
  volumes:
    - name: a
      emptyDir: {}
    - name: b
      emptyDir:
`;

const OPS: FixOp[] = [
  { op: 'set', path: ['spec', 'volumes', 0, 'emptyDir', 'sizeLimit'], value: '1Gi' },
  { op: 'set', path: ['spec', 'volumes', 1, 'emptyDir', 'sizeLimit'], value: '2Gi' },
  { op: 'set', path: ['spec', 'containers', 0, 'ports', 0, 'name'], value: 'web' },
  {
    op: 'set',
    path: ['spec', 'containers', 1, 'securityContext', 'allowPrivilegeEscalation'],
    value: false,
  },
  { op: 'set', path: ['spec', 'containers', 1, 'securityContext', 'runAsNonRoot'], value: true },
  { op: 'renameKey', path: ['spec', 'containers', 0, 'image'], to: 'image' },
  {
    op: 'set',
    path: ['metadata', 'annotations', { key: 'kubectl.kubernetes.io/default-container' }],
    value: 'side',
  },
  { op: 'set', path: ['spec', 'containers', 0, 'resources', 'requests'], value: { cpu: '100m' } },
  { op: 'set', path: ['spec', 'containers', 0, 'resources', 'limits'], value: { memory: '1Gi' } },
];

describe('spliceEdits', () => {
  it('gives edits in the first text’s offsets that make what the ops make, in any order', () => {
    fc.assert(
      fc.property(fc.subarray(OPS), fc.infiniteStream(fc.nat()), (ops, seeds) => {
        const order = [...ops].sort(() => (seeds.next().value % 3) - 1);
        const edits = spliceEdits(text, order);
        for (let i = 1; i < edits.length; i++)
          expect(edits[i].from).toBeGreaterThan(edits[i - 1].to);
        let out = text;
        for (const e of [...edits].reverse()) out = applyEdit(out, e);
        expect(out).toBe(applyFixes(text, order));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps apart edits that are apart, and joins ones that touch', () => {
    const apart = spliceEdits(text, [OPS[0], OPS[2]]);
    expect(apart.map((e) => e.insert)).toEqual(['web', 'sizeLimit: 1Gi']);
    const joined = spliceEdits(text, [OPS[3], OPS[4]]);
    expect(joined).toHaveLength(1);
    expect(joined[0].insert).toBe(
      '\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true',
    );
  });
});
