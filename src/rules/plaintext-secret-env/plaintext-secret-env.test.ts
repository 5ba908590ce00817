import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'plaintext-secret-env';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports a literal value under a secret name, at the value, without quoting it', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:1',
      '      env:',
      '        - name: LOG_LEVEL',
      '          value: debug',
      '        - name: DB_PASSWORD',
      '          value: hunter2',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].env[1].value',
      line: 13,
      column: 18,
      containers: ['app'],
    });
    expect(found[0].message).toContain('env DB_PASSWORD of container app is named like a secret');
    expect(found[0].message).not.toContain('hunter2');
  });

  it('reports a credential URL or a private key whatever the name, in any container', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: migrate, image: m:1, env: [{name: DATABASE_URL, value: "postgres://app:s3cret@db:5432/app"}]}',
      '  containers:',
      '    - {name: app, image: app:1, env: [{name: TLS, value: "-----BEGIN RSA PRIVATE KEY-----\\nMIIB"}]}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.containers, f.messageId])).toEqual([
      [['migrate'], 'plaintext-secret-env.value'],
      [['app'], 'plaintext-secret-env.value'],
    ]);
  });

  it('is silent for secretKeyRef, references, empty values and names that only point at a secret', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:1',
      '      env:',
      '        - {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}',
      '        - {name: API_TOKEN, value: "$(TOKEN_FROM_SECRET)"}',
      '        - {name: SECRET_KEY, value: ""}',
      '        - {name: DB_PASSWORD_FILE, value: /run/secrets/db}',
      '        - {name: AWS_ACCESS_KEY_ID, value: AKIAEXAMPLE}',
      '        - {name: DATABASE_URL, value: "postgres://app:$(DB_PASSWORD)@db/app"}',
      '        - {name: PWD, value: /srv}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });
});
