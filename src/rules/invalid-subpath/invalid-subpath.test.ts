import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...mountLines: string[]): string =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: nginx',
    '      volumeMounts:',
    ...mountLines,
    '  volumes: [{name: data, emptyDir: {}}]',
  );

describe('invalid-subpath', () => {
  it('reports an absolute subPath at its value', () => {
    const text = pod(
      '        - name: data',
      '          mountPath: /var/log/app',
      '          subPath: /logs/app',
    );
    const [f, ...rest] = findingsOf(text, 'invalid-subpath');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-subpath',
      severity: 'error',
      path: 'spec.containers[0].volumeMounts[0].subPath',
      line: 11,
      column: 20,
      containers: ['app'],
      volumes: ['data'],
    });
    expect(f.message).toContain('must be a relative path');
  });

  it('reports ".." in subPathExpr and subPath together with subPathExpr', () => {
    const text = pod(
      '        - {name: data, mountPath: /a, subPathExpr: "$(POD_NAME)/../other"}',
      '        - {name: data, mountPath: /b, subPath: logs, subPathExpr: "$(POD_NAME)"}',
    );
    const found = findingsOf(text, 'invalid-subpath').map((f) => [f.path, f.messageId]);
    expect(found).toEqual([
      ['spec.containers[0].volumeMounts[0].subPathExpr', 'invalid-subpath.backsteps'],
      ['spec.containers[0].volumeMounts[1].subPathExpr', 'invalid-subpath.both'],
    ]);
  });

  it('accepts relative paths, names that merely contain dots, and no subPath', () => {
    const text = pod(
      '        - {name: data, mountPath: /a, subPath: logs/app}',
      '        - {name: data, mountPath: /b, subPath: ..data}',
      '        - {name: data, mountPath: /c, subPath: "a..b/c"}',
      '        - {name: data, mountPath: /d, subPathExpr: "$(POD_NAME)"}',
      '        - {name: data, mountPath: /e}',
    );
    expect(findingsOf(text, 'invalid-subpath')).toEqual([]);
  });
});
