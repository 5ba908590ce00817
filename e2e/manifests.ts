// The YAML the specs feed the page, in one place: the gallery's own examples, read from
// app/examples/ as the page ships them, and the hand-written manifests more than one spec uses.
// A manifest only one spec needs stays in that spec, next to the comment that says why it is so.
import { readdirSync, readFileSync } from 'node:fs';

const EXAMPLES = new URL('../app/examples/', import.meta.url);

/** A gallery example's text by id (`default`, `port-clash`, …), byte for byte as shipped. */
export function example(id: string): string {
  return readFileSync(new URL(`${id}.yaml`, EXAMPLES), 'utf8');
}

/** The ids of every example manifest in app/examples/, the default one included. */
export function exampleIds(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/** The smallest pod the page draws: one container, `web`, on a pinned nginx image. */
export function minimalPod(name: string): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  containers:',
    '    - name: web',
    '      image: nginx:1.27',
    '',
  ].join('\n');
}

/**
 * A manifest whose Share asks first: a Secret with data and stringData, and a pod with a password
 * in plain text and a token from the Secret. Its values sit on lines 7 (password), 9 (username)
 * and 21 (DB_PASSWORD's value).
 */
export const SECRET_AND_POD = `apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
data:
  password: cGFzc3dvcmQ=
stringData:
  username: admin
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example/api:1.0
      env:
        - name: DB_PASSWORD
          value: hunter2
        - name: API_TOKEN
          valueFrom:
            secretKeyRef: { name: db-credentials, key: password }
        - name: LOG_LEVEL
          value: debug
`;

/** Two workloads (the picker shows) and a suppressed finding (greyed in the list). */
export const SUPPRESSED_MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: quiet
  annotations:
    podscope.io/ignore: "missing-requests # sized by the VPA"
spec:
  containers:
    - name: app
      image: registry.example/app:1.0
---
apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: task
          image: registry.example/task:1.0
`;

/**
 * A Deployment `name` whose selector and template carry the label app=`name`, with `podSpec` (its
 * pod spec's fields, written six spaces in) as the template's spec.
 */
export function deployment(name: string, podSpec: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
${podSpec}`;
}
