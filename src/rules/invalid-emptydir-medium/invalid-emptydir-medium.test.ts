import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('invalid-emptydir-medium', () => {
  it('reports lower-case memory and names the accepted spelling', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx, volumeMounts: [{name: cache, mountPath: /cache}]}]',
      '  volumes:',
      '    - name: cache',
      '      emptyDir:',
      '        medium: memory',
    );
    const [f, ...rest] = findingsOf(text, 'invalid-emptydir-medium');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-emptydir-medium',
      severity: 'error',
      path: 'spec.volumes[0].emptyDir.medium',
      line: 9,
      column: 17,
      volumes: ['cache'],
    });
    expect(f.message).toContain('case-sensitive: "Memory"');
  });

  it('reports an unknown medium, a bad page size and HugePages without a hugepages request (Deployment)', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: db}',
      'spec:',
      '  selector: {matchLabels: {app: db}}',
      '  template:',
      '    metadata: {labels: {app: db}}',
      '    spec:',
      '      containers:',
      '        - name: db',
      '          image: postgres',
      '          resources: {limits: {hugepages-2Mi: 100Mi, memory: 1Gi}, requests: {memory: 1Gi}}',
      '      volumes:',
      '        - {name: a, emptyDir: {medium: SSD}}',
      '        - {name: b, emptyDir: {medium: HugePages-2MB}}',
      '        - {name: c, emptyDir: {medium: HugePages-1Gi}}',
      '        - {name: d, emptyDir: {medium: HugePages-2Mi}}',
      '        - {name: e, emptyDir: {medium: HugePages}}',
    );
    const found = findingsOf(text, 'invalid-emptydir-medium').map((f) => [f.path, f.messageId]);
    expect(found).toEqual([
      ['spec.template.spec.volumes[0].emptyDir.medium', 'invalid-emptydir-medium.default'],
      ['spec.template.spec.volumes[1].emptyDir.medium', 'invalid-emptydir-medium.badSize'],
      ['spec.template.spec.volumes[2].emptyDir.medium', 'invalid-emptydir-medium.noHugePages'],
    ]);
  });

  it('accepts "", Memory, and no medium at all', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx}]',
      '  volumes: [{name: a, emptyDir: {medium: ""}}, {name: b, emptyDir: {medium: Memory, sizeLimit: 64Mi}}, {name: c, emptyDir: {}}]',
    );
    expect(findingsOf(text, 'invalid-emptydir-medium')).toEqual([]);
  });
});
