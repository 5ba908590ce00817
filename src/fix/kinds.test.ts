// The fixes added for ports, the main container and resources blocks, each applied to a real
// manifest (the public corpus and the page's examples): the result parses, the finding is gone,
// and every byte outside the changed spans is as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/result';
import { applyEdit } from '../analysis/textEdit';
import { CORPUS_DIR, NEEDS_CORPUS } from '../testing/corpus';
import {
  applyFixesToText,
  checkFixes,
  fixEdits,
  fixesFor,
  fixesOf,
  fixTitle,
  withResources,
  type Fix,
  type FixKind,
} from './catalog';
import { fixLocation } from './location';
import { invalidResourceValues } from './resources';

const corpus = (name: string) => readFileSync(`${CORPUS_DIR}/${name}`, 'utf8');
const example = (name: string) =>
  readFileSync(new URL(`../../app/examples/${name}`, import.meta.url), 'utf8');

const key = (f: { ruleId: string; path: string; document: number }) =>
  `${f.document} ${f.ruleId} ${f.path}`;

function fixOf(result: AnalysisResult, ruleId: string, kind: FixKind, container?: string): Fix {
  for (let i = 0; i < result.findings.length; i++) {
    if (result.findings[i].ruleId !== ruleId) continue;
    const fix = fixesFor(result, i).find(
      (f) => f.kind === kind && (container === undefined || f.container === container),
    );
    if (fix) return fix;
  }
  throw new Error(`no ${kind} fix on ${ruleId}`);
}

// Applies `fix` through its edits (as the page does) and as the CLI does; both agree, the text
// parses, the finding is gone, and outside the edits nothing changed.
function applied(result: AnalysisResult, fix: Fix): { text: string; after: AnalysisResult } {
  const edits = fixEdits(result, [fix]);
  let text = result.text;
  for (const e of [...edits].reverse()) text = applyEdit(text, e);
  expect(text).toBe(applyFixesToText(result, [fix]));
  let kept = '';
  let at = 0;
  let atNew = 0;
  for (const e of edits) {
    kept += result.text.slice(at, e.from);
    atNew += e.from - at;
    expect(text.slice(atNew, atNew + e.insert.length)).toBe(e.insert);
    atNew += e.insert.length;
    at = e.to;
  }
  expect(text.slice(atNew)).toBe(result.text.slice(at));
  expect(kept.length).toBeGreaterThan(0);
  const after = analyze(text);
  expect(after.documents.filter((d) => d.invalid)).toEqual([]);
  if (fix.finding !== undefined)
    expect(after.findings.map(key)).not.toContain(key(result.findings[fix.finding]));
  return { text, after };
}

describe('rename-port', NEEDS_CORPUS, () => {
  it('renames the later of two ports named http (a native sidecar and the app)', () => {
    const result = analyze(corpus('istio-native-sidecar-injected.yaml'));
    const fix = fixOf(result, 'duplicate-port-name-across-containers', 'rename-port');
    // other-sidecar-http would be longer than the 15 characters a port name may have.
    expect(fix).toMatchObject({ safe: true, from: 'http', value: 'http-2' });
    expect(fixTitle(fix, 'en')).toContain('Rename port http to http-2');
    const { text } = applied(result, fix);
    expect(text).toContain('    - containerPort: 80\n      name: http-2\n    readinessProbe:');
  });

  it('moves the probes and the Services that reach the renamed port, and no others', () => {
    const pod = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports: [{name: http, containerPort: 8080}]
          readinessProbe: {httpGet: {path: /, port: http}}
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          ports:
            - {name: http, containerPort: 9901}
          livenessProbe:
            tcpSocket:
              port: http
          lifecycle:
            preStop:
              httpGet: {path: /quit, port: http}
`;
    const services = `---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
    - {name: web, port: 80, targetPort: http}
    - {name: udp, port: 53, protocol: UDP, targetPort: http}
---
apiVersion: v1
kind: Service
metadata: {name: other}
spec:
  selector: {app: other}
  ports: [{port: 80, targetPort: http}]
`;
    // The proxy's port answers UDP where the app's answers TCP: the UDP Service port reaches it.
    const text =
      pod.replace(
        '{name: http, containerPort: 9901}',
        '{name: http, containerPort: 9901, protocol: UDP}',
      ) + services;
    const result = analyze(text);
    const fix = fixOf(result, 'duplicate-port-name-across-containers', 'rename-port');
    expect(fix.value).toBe('proxy-http');
    expect(fix.changes.map((c) => c.document)).toEqual([0, 1]);
    const { text: out } = applied(result, fix);
    expect(out).toContain('readinessProbe: {httpGet: {path: /, port: http}}');
    expect(out).toContain('tcpSocket:\n              port: proxy-http\n');
    expect(out).toContain('httpGet: {path: /quit, port: proxy-http}');
    expect(out).toContain('{name: web, port: 80, targetPort: http}');
    expect(out).toContain('{name: udp, port: 53, protocol: UDP, targetPort: proxy-http}');
    expect(out).toContain('ports: [{port: 80, targetPort: http}]');
  });

  it('gives two renames in one pod two names', () => {
    const text = example('default.yaml').replace(/(\n(\s*)- containerPort: (\d+)\n)/, '$1');
    const result = analyze(
      text +
        `---
apiVersion: v1
kind: Pod
metadata: {name: three}
spec:
  containers:
    - name: a
      image: x:1
      ports: [{name: web, containerPort: 1}, {name: web, containerPort: 2}, {name: web, containerPort: 3}]
`,
    );
    const names = fixesOf(result)
      .filter((f) => f.kind === 'rename-port')
      .map((f) => f.value);
    expect(names).toEqual(['web-2', 'web-3']);
  });
});

describe('default-container', NEEDS_CORPUS, () => {
  it('names a helper the main container when the main one was only inferred', () => {
    const result = analyze(corpus('k8s-qos-pod-4.yaml'));
    const fix = fixOf(result, 'sidecar-without-limits', 'default-container');
    expect(fix).toMatchObject({ safe: false, value: 'qos-demo-4-ctr-2' });
    expect(fixTitle(fix, 'zh-CN')).toBe('将 qos-demo-4-ctr-2 设为主容器（default-container 注解）');
    const { text } = applied(result, fix);
    expect(text).toContain(
      '  metadata: {\n    name: "qos-demo-4",\n    namespace: "qos-example",\n    annotations: {kubectl.kubernetes.io/default-container: qos-demo-4-ctr-2},\n',
    );
  });

  it('is not offered for an injected or well-known helper, nor past the annotation', () => {
    for (const text of [
      corpus('linkerd-inject-emojivoto-deployment.yaml'),
      example('metrics-agent.yaml'),
    ]) {
      const result = analyze(text);
      expect(fixesOf(result).filter((f) => f.kind === 'default-container')).toEqual([]);
    }
    const named = corpus('k8s-qos-pod-4.yaml').replace(
      'namespace: "qos-example",',
      'namespace: "qos-example",\n    annotations: {"kubectl.kubernetes.io/default-container": "qos-demo-4-ctr-1"},',
    );
    expect(fixesOf(analyze(named)).filter((f) => f.kind === 'default-container')).toEqual([]);
  });
});

describe('resources', NEEDS_CORPUS, () => {
  it('proposes a block from the other containers, page only, and writes the confirmed values', () => {
    const result = analyze(corpus('k8s-qos-pod-4.yaml'));
    const fix = fixOf(result, 'missing-memory-limit', 'resources', 'qos-demo-4-ctr-2');
    expect(fix.safe).toBe(false);
    expect(fix.proposed).toEqual({
      requestsCpu: '100m',
      requestsMemory: '200Mi',
      limitsCpu: '',
      limitsMemory: '200Mi',
    });
    const { after } = applied(result, fix);
    expect(
      after.findings.filter(
        (f) => f.containers?.includes('qos-demo-4-ctr-2') && /missing/.test(f.ruleId),
      ),
    ).toEqual([]);
    const mine = withResources(result, fix, {
      ...fix.proposed!,
      limitsCpu: '500m',
      requestsMemory: '',
    });
    const { text } = applied(result, mine);
    expect(text).toContain(
      'image: "redis",\n      resources: {requests: {cpu: 100m}, limits: {cpu: 500m, memory: 200Mi}},\n',
    );
  });

  it('fills an empty resources map, and is not offered where a block exists', () => {
    const result = analyze(corpus('istio-native-sidecar-injected.yaml'));
    const fix = fixOf(result, 'missing-requests', 'resources', 'hello');
    const { text } = applied(result, fix);
    expect(text).toContain(
      // The main container gets the largest values of the others (here the istio-proxy sidecar's).
      '      name: http\n    resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: "2", memory: 1Gi}}\n',
    );
    const some = analyze(corpus('k8s-memory-request-limit.yaml'));
    expect(fixesOf(some).filter((f) => f.kind === 'resources')).toEqual([]);
  });

  it('refuses values that are not quantities, and limits below requests', () => {
    expect(
      invalidResourceValues({
        requestsCpu: 'lots',
        requestsMemory: '1Gi',
        limitsCpu: '',
        limitsMemory: '512Mi',
      }),
    ).toEqual(['requestsCpu', 'limitsMemory']);
  });
});

describe('not a fix', () => {
  it('offers nothing for a port clash', () => {
    const result = analyze(example('port-clash.yaml'));
    const i = result.findings.findIndex((f) => f.ruleId === 'port-clash');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(fixesFor(result, i)).toEqual([]);
  });
});

describe('drop-capabilities', () => {
  const restrictedFails = (r: AnalysisResult, container: string): boolean =>
    r.workloads[0].podSecurity.failures.some(
      (f) => f.check === 'capabilities_restricted' && f.containers.includes(container),
    );

  it('drops ALL in a non-root container (safe), and only offers it for a root one', () => {
    const result = analyze(example('istio-mesh.yaml'));
    const drops = fixesOf(result).filter((f) => f.kind === 'drop-capabilities');
    expect(drops.map((f) => [f.container, f.safe])).toEqual([
      ['reviews', false],
      ['istio-proxy', true],
    ]);
    const proxy = drops[1];
    expect(proxy.finding).toBeUndefined();
    expect(proxy.check).toEqual({ workload: 0, check: 'capabilities_restricted' });
    expect(fixTitle(proxy, 'en')).toBe('Drop ALL capabilities in container istio-proxy');
    expect(fixTitle(proxy, 'zh-CN')).toContain('权能（capability）');
    expect(restrictedFails(result, 'istio-proxy')).toBe(true);
    const { text, after } = applied(result, proxy);
    expect(restrictedFails(after, 'istio-proxy')).toBe(false);
    // Written inside the container's own securityContext, indented like its other keys.
    expect(text).toContain(
      '        runAsUser: 1337\n        capabilities:\n          drop: [ALL]\n',
    );
  });

  it('keeps what a drop list already names and adds ALL', () => {
    const result = analyze(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  securityContext: { runAsUser: 1000 }
  containers:
    - name: app
      image: app:1
      securityContext:
        capabilities:
          drop: [NET_RAW]
`);
    const [fix] = checkFixes(result, 0);
    expect(fix).toMatchObject({ container: 'app', safe: true, value: 'drop: [NET_RAW, ALL]' });
    const { text, after } = applied(result, fix);
    expect(text).toContain('          drop: [NET_RAW, ALL]\n');
    expect(restrictedFails(after, 'app')).toBe(false);
    expect(fixLocation(result, fix)).toEqual({ line: 11, column: 11 }); // the `drop` key
  });

  it('offers nothing to a privileged container, one that drops ALL, or a pod that passes', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: priv
      image: a:1
      securityContext: { privileged: true }
    - name: hardened
      image: b:1
      securityContext:
        runAsNonRoot: true
        allowPrivilegeEscalation: false
        seccompProfile: { type: RuntimeDefault }
        capabilities: { drop: [ALL] }
`;
    expect(checkFixes(analyze(text), 0)).toEqual([]);
    const passes = text.replace(/ {4}- name: priv\n.*\n.*\n/, '');
    const result = analyze(passes);
    expect(result.workloads[0].podSecurity.level).toBe('restricted');
    expect(checkFixes(result, 0)).toEqual([]);
  });
});
