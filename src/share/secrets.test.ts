import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { looksSecretName, looksSecretValue, nameWords, secretEnvReason } from './secretNames';
import { findSecrets } from './secrets';
import { describeSecret } from './texts';

const secretsOf = (text: string) => findSecrets(analyze(text));

describe('findSecrets', () => {
  it('lists every data and stringData key of a Secret, with its line', () => {
    const text = yaml(
      'apiVersion: v1', //                     1
      'kind: Secret',
      'metadata: {name: db-creds}',
      'type: Opaque',
      'data:', //                              5
      '  password: c2VjcmV0',
      '  tls.crt: |',
      '    LS0tLS1CRUdJTg==',
      'stringData:',
      '  username: admin', //                  10
    );
    expect(secretsOf(text)).toEqual([
      {
        document: 0,
        path: 'data[password]',
        line: 6,
        what: 'secret-data',
        name: 'password',
        secret: 'db-creds',
      },
      {
        document: 0,
        path: 'data[tls.crt]',
        line: 7,
        what: 'secret-data',
        name: 'tls.crt',
        secret: 'db-creds',
      },
      {
        document: 0,
        path: 'stringData[username]',
        line: 10,
        what: 'secret-string-data',
        name: 'username',
        secret: 'db-creds',
      },
    ]);
  });

  it('finds a DB_PASSWORD value in a Deployment, not its valueFrom neighbours', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: cfg}',
      '---',
      'apiVersion: apps/v1', //                 5
      'kind: Deployment',
      'metadata: {name: api}',
      'spec:',
      '  selector: {matchLabels: {app: api}}',
      '  template:', //                         10
      '    metadata: {labels: {app: api}}',
      '    spec:',
      '      containers:',
      '      - name: api',
      '        image: api:1.0', //              15
      '        env:',
      '        - {name: DB_HOST, value: db.internal}',
      '        - name: DB_PASSWORD',
      '          value: hunter2',
      '        - name: API_TOKEN', //           20
      '          valueFrom:',
      '            secretKeyRef: {name: api, key: token}',
      '        - {name: DB_PASSWORD_FILE, value: /run/secrets/db}',
      '        - {name: AWS_ACCESS_KEY_ID, value: AKIAEXAMPLE}',
      '        - {name: AWS_SECRET_ACCESS_KEY, value: abc123}', // 25
      '        - {name: DSN, value: "$(DB_PASSWORD)"}',
      '        - {name: DATABASE_URL, value: "postgres://app:pw@db:5432/app"}',
    );
    expect(secretsOf(text)).toEqual([
      {
        document: 1,
        path: 'spec.template.spec.containers[0].env[1].value',
        line: 19,
        what: 'env-value',
        name: 'DB_PASSWORD',
        container: 'api',
      },
      {
        document: 1,
        path: 'spec.template.spec.containers[0].env[5].value',
        line: 25,
        what: 'env-value',
        name: 'AWS_SECRET_ACCESS_KEY',
        container: 'api',
      },
      {
        document: 1,
        path: 'spec.template.spec.containers[0].env[7].value',
        line: 27,
        what: 'env-value',
        name: 'DATABASE_URL',
        container: 'api',
      },
    ]);
  });

  it('looks into init and ephemeral containers and into List items', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Secret', //                       5
      '  metadata: {name: s}',
      '  stringData: {token: abc}',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: p}', //                10
      '  spec:',
      '    initContainers:',
      '    - {name: init, image: busybox:1.36, env: [{name: adminPassword, value: x}]}',
      '    containers:',
      '    - {name: app, image: nginx:1.27}', // 15
      '    ephemeralContainers:',
      '    - {name: dbg, image: busybox:1.36, env: [{name: GITHUB_TOKEN, value: ghp_x}]}',
    );
    expect(secretsOf(text).map((s) => [s.what, s.name, s.line, s.path])).toEqual([
      ['secret-string-data', 'token', 7, 'items[0].stringData[token]'],
      ['env-value', 'adminPassword', 13, 'items[1].spec.initContainers[0].env[0].value'],
      ['env-value', 'GITHUB_TOKEN', 17, 'items[1].spec.ephemeralContainers[0].env[0].value'],
    ]);
  });

  it('finds nothing in a manifest without secrets, and skips empty values', () => {
    expect(
      secretsOf(
        yaml(
          'apiVersion: v1',
          'kind: Pod',
          'metadata: {name: p}',
          'spec:',
          '  containers:',
          '  - {name: a, image: nginx:1.27, env: [{name: PASSWORD, value: ""}]}',
        ),
      ),
    ).toEqual([]);
  });
});

describe('secret-looking names', () => {
  it('splits names into words whatever their case', () => {
    expect(nameWords('dbPassword')).toEqual(['DB', 'PASSWORD']);
    expect(nameWords('db-api.key')).toEqual(['DB', 'API', 'KEY']);
  });

  it('flags what holds a secret', () => {
    for (const name of [
      'PASSWORD',
      'DB_PASSWORD',
      'MYSQL_ROOT_PASSWD',
      'DBPASSWORD',
      'dbPass',
      'REDIS_PWD',
      'CLIENT_SECRET',
      'GITHUB_TOKEN',
      'API_KEY',
      'apiKey',
      'STRIPE_APIKEY',
      'AWS_SECRET_ACCESS_KEY',
      'PRIVATE_KEY',
      'JWT_SIGNING_KEY',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'BASIC_AUTH',
      'SESSION_COOKIE',
    ])
      expect({ name, secret: looksSecretName(name) }).toEqual({ name, secret: true });
  });

  it('leaves names that only point at or describe a secret', () => {
    for (const name of [
      'PWD',
      'AWS_ACCESS_KEY_ID',
      'DB_PASSWORD_FILE',
      'TOKEN_URL',
      'AUTH_ENABLED',
      'SECRET_NAME',
      'DB_USER',
      'CACHE_KEY',
      'PARTITION_KEY',
      'LOG_LEVEL',
      'PASSENGER_COUNT',
    ])
      expect({ name, secret: looksSecretName(name) }).toEqual({ name, secret: false });
  });

  it('flags credential URLs and private keys whatever the name', () => {
    expect(looksSecretValue('mysql://root:toor@db:3306/x')).toBe(true);
    expect(looksSecretValue('-----BEGIN RSA PRIVATE KEY-----\nMII…')).toBe(true);
    expect(looksSecretValue('https://example.com/path')).toBe(false);
    expect(looksSecretValue('https://user@example.com')).toBe(false);
  });
});

describe('describeSecret', () => {
  it('says what would be shared, in either language', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: db-creds}',
      'stringData: {password: x}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers:',
      '  - {name: app, image: nginx:1.27, env: [{name: DB_PASSWORD, value: x}]}',
    );
    const found = secretsOf(text);
    expect(found.map((s) => describeSecret(s, 'en'))).toEqual([
      'line 4: stringData key password of Secret db-creds',
      'line 11: the value of env DB_PASSWORD in container app',
    ]);
    expect(found.map((s) => describeSecret(s, 'zh-CN'))).toEqual([
      '第 4 行：Secret db-creds 的 stringData 键 password',
      '第 11 行：容器 app 的环境变量 DB_PASSWORD 的值',
    ]);
  });
});

describe('secretEnvReason: one test for the share warning and the plaintext-secret-env rule', () => {
  it.each<[string, string, 'name' | 'value' | undefined]>([
    ['DB_PASSWORD', 'hunter2', 'name'],
    ['DATABASE_URL', 'postgres://app:s3cret@db/app', 'value'],
    ['DB_PASSWORD', 'postgres://app:s3cret@db/app', 'value'],
    // A URL that names its password through a reference holds none.
    ['DATABASE_URL', 'postgres://app:$(DB_PASSWORD)@db/app', undefined],
    ['DB_PASSWORD', '$(FROM_SECRET)', undefined],
    ['DB_PASSWORD', '', undefined],
    ['DB_PASSWORD_FILE', '/run/secrets/db', undefined],
    ['LOG_LEVEL', 'debug', undefined],
  ])('%s=%s → %s', (name, value, reason) => {
    expect(secretEnvReason(name, value)).toBe(reason);
  });
});
