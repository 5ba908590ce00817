import { describe, expect, it } from 'vitest';
import { formatPath } from '../parse/path';
import { yaml } from '../testing/manifest';
import { analyze } from './analyze';
import { podSecurityFieldPath } from './result';

const DEPLOYMENT = yaml(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web}',
  'spec:',
  '  template:',
  '    metadata:',
  '      annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}',
  '    spec:',
  '      securityContext: {runAsUser: 1000, fsGroup: 2000}',
  '      initContainers:',
  '      - {name: setup, image: busybox}',
  '      containers:',
  '      - name: app',
  '        image: app:1',
  '        securityContext: {privileged: true, runAsUser: 0}',
);

describe('the Pod Security level in the analysis', () => {
  const [w] = analyze(DEPLOYMENT).workloads;

  it('evaluates every workload, with failure paths under the pod spec or template', () => {
    expect(w.podSecurity.level).toBe('privileged');
    const paths = w.podSecurity.failures.flatMap((f) =>
      f.paths.map((p) => formatPath(podSecurityFieldPath(w.ref, p))),
    );
    expect(paths).toContain(
      'spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]',
    );
    expect(paths).toContain('spec.template.spec.containers[0].securityContext.privileged');
  });

  it('keeps the written securityContexts, one per container in model order', () => {
    expect(w.securityContexts.pod).toEqual({ runAsUser: 1000, fsGroup: 2000 });
    expect(w.model.containers.map((c) => c.name)).toEqual(['setup', 'app']);
    expect(w.securityContexts.containers).toEqual([{}, { privileged: true, runAsUser: 0 }]);
  });

  it('passes restricted when nothing fails', () => {
    const [r] = analyze(
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}',
        '  containers:',
        '  - name: app',
        '    image: app:1',
        '    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}',
      ),
    ).workloads;
    expect(r.podSecurity).toEqual({ level: 'restricted', failures: [] });
  });
});
