import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('duplicate-port-name', () => {
  it('reports the second port of a container with the same name', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      ports:',
      '        - name: http',
      '          containerPort: 8080',
      '        - name: http',
      '          containerPort: 8443',
    );
    const [f, ...rest] = findingsOf(text, 'duplicate-port-name');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'duplicate-port-name',
      severity: 'error',
      path: 'spec.containers[0].ports[1].name',
      line: 11,
      column: 17,
      containers: ['app'],
      ports: ['app:8443/TCP'],
    });
  });

  it('is silent when two containers use one name (that is a warning rule) or the names differ', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - {name: app, image: nginx, ports: [{name: http, containerPort: 80}, {name: https, containerPort: 443}]}',
      '    - {name: side, image: envoy, ports: [{name: http, containerPort: 9901}]}',
    );
    expect(findingsOf(text, 'duplicate-port-name')).toEqual([]);
  });

  it('can be suppressed for one container', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  annotations: {podscope.io/ignore: "duplicate-port-name:app"}',
      'spec:',
      '  containers:',
      '    - {name: app, image: nginx, ports: [{name: web, containerPort: 80}, {name: web, containerPort: 81}]}',
    );
    expect(findingsOf(text, 'duplicate-port-name').map((f) => f.suppressed)).toEqual([true]);
  });
});
