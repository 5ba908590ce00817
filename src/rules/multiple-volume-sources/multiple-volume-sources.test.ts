import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('multiple-volume-sources', () => {
  it('reports a volume with emptyDir and configMap at the second source', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx}]',
      '  volumes:',
      '    - name: config',
      '      emptyDir: {}',
      '      configMap:',
      '        name: web-config',
    );
    const [f, ...rest] = findingsOf(text, 'multiple-volume-sources');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'multiple-volume-sources',
      severity: 'error',
      path: 'spec.volumes[0].configMap',
      line: 9,
      column: 7,
      volumes: ['config'],
    });
    expect(f.message).toContain('(emptyDir, configMap)');
  });

  it('ignores a misspelt key (unknown-field reports it) and a volume with one source', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx}]',
      '  volumes:',
      '    - {name: a, emptyDir: {}, emtpyDir: {}}',
      '    - {name: b, projected: {sources: [{configMap: {name: x}}, {secret: {name: y}}]}}',
      '    - {name: c}',
    );
    expect(findingsOf(text, 'multiple-volume-sources')).toEqual([]);
  });
});
