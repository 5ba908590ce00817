import { describe, expect, it } from 'vitest';
import { chipKey } from '../../src/graph/marks';
import type { Lang } from '../../src/i18n/lang';
import { drawn } from '../../src/testing/graph';
import { resolveTarget } from '../state/target';
import type { Selection } from '../state/types';
import { chineseDocs, docsLinks } from './docs';
import { lessonFor } from './explain';

// An app and a log shipper sharing a volume at two paths, a clash on 8080, an init container.
const text = `apiVersion: v1
kind: Pod
metadata: { name: pod-demo }
spec:
  initContainers:
    - { name: migrate, image: flyway/flyway:10 }
  containers:
    - name: app
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      volumeMounts: [{ name: shared-data, mountPath: /data }]
    - name: sidecar
      image: busybox:1.36
      ports: [{ containerPort: 8080 }]
      volumeMounts: [{ name: shared-data, mountPath: /logs, readOnly: true }]
  volumes:
    - { name: shared-data, emptyDir: {} }
`;
const { result, graph, workload: w } = drawn(text);

function lesson(selection: Selection | null, lang: Lang = 'en') {
  const target = resolveTarget(result, graph, selection);
  if (!target) throw new Error('no target');
  const l = lessonFor(w, graph, target, lang);
  if (!l) throw new Error('no lesson');
  return l;
}
const commands = (s: Selection | null, lang: Lang = 'en') =>
  lesson(s, lang).commands.map((c) => c.command);

describe('lessonFor', () => {
  it('shows the shared network with each container’s IP and a call over localhost', () => {
    const c = commands({ kind: 'node', id: 'namespace:network' });
    expect(c).toContain('kubectl exec pod-demo -c app -- hostname -i');
    expect(c).toContain('kubectl exec pod-demo -c sidecar -- hostname -i');
    // The call goes from the other container to the port's owner, with busybox's wget, and
    // from a debug container for images without it.
    expect(c).toContain('kubectl exec pod-demo -c sidecar -- wget -O- http://localhost:8080/');
    expect(c).toContain(
      'kubectl debug -it pod-demo --image=busybox:1.36 --target=app -- wget -O- http://localhost:8080/',
    );
  });

  it('shows IPC with ipcs -m in two containers and ipcs -s', () => {
    const c = commands({ kind: 'node', id: 'namespace:ipc' });
    expect(c).toEqual(
      expect.arrayContaining([
        'kubectl exec pod-demo -c app -- ipcs -m',
        'kubectl exec pod-demo -c sidecar -- ipcs -m',
        'kubectl exec pod-demo -c app -- ipcs -s',
      ]),
    );
  });

  it('prints the hostname in every running container, not in the init container', () => {
    expect(commands({ kind: 'node', id: 'namespace:uts' })).toEqual([
      'kubectl exec pod-demo -c app -- hostname',
      'kubectl exec pod-demo -c sidecar -- hostname',
    ]);
  });

  it('lists one volume at each container’s own path, and proves the read-only mount', () => {
    const c = commands({ kind: 'node', id: 'volume:shared-data' });
    expect(c.slice(0, 2)).toEqual([
      'kubectl exec pod-demo -c app -- ls -l /data',
      'kubectl exec pod-demo -c sidecar -- ls -l /logs',
    ]);
    expect(c).toContain('kubectl exec pod-demo -c app -- df -i /data');
    expect(c).toContain('kubectl exec pod-demo -c sidecar -- touch /logs/.podscope-write-test');
  });

  it('explains an init container with its logs, since it cannot be exec’d into', () => {
    const c = commands({ kind: 'node', id: 'container:migrate' });
    expect(c[0]).toBe('kubectl logs pod-demo -c migrate');
    expect(c.some((x) => x.includes('exec'))).toBe(false);
  });

  it('explains a port-clash finding with the loser’s previous logs', () => {
    const index = result.findings.findIndex((f) => f.ruleId === 'port-clash');
    expect(index).toBeGreaterThanOrEqual(0);
    const l = lesson({ kind: 'finding', index });
    expect(l.commands.map((c) => c.command)).toContain(
      'kubectl logs pod-demo -c sidecar --previous',
    );
    expect(l.docs[0]?.href).toBe(
      'https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
    );
  });

  it('treats a port chip as the network namespace it listens in', () => {
    const key = chipKey('app', 8080, 'TCP');
    expect(commands({ kind: 'port', key })).toContain(
      'kubectl exec pod-demo -c sidecar -- wget -O- http://localhost:8080/',
    );
  });

  it('speaks Chinese with the same commands', () => {
    const en = lesson({ kind: 'node', id: 'namespace:uts' });
    const zh = lesson({ kind: 'node', id: 'namespace:uts' }, 'zh-CN');
    expect(zh.commands.map((c) => c.command)).toEqual(en.commands.map((c) => c.command));
    expect(zh.commands[0]?.label).toBe('app 看到的主机名（每个容器都一样）');
    expect(zh.text.what).toMatch(/UTS 命名空间/);
    expect(zh.docs.map((d) => d.href)).toEqual([
      'https://kubernetes.io/zh-cn/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
      'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
    ]);
  });

  it('first tells how to find a pod when the workload is not a Pod', () => {
    const deploy = drawn(`apiVersion: apps/v1
kind: Deployment
metadata: { name: orders, namespace: shop }
spec:
  template:
    spec:
      containers: [{ name: main-app, image: java:11 }]
`);
    const target = resolveTarget(deploy.result, deploy.graph, {
      kind: 'node',
      id: 'container:main-app',
    });
    if (!target) throw new Error('no target');
    const c =
      lessonFor(deploy.workload, deploy.graph, target, 'en')?.commands.map((x) => x.command) ?? [];
    expect(c[0]).toBe('kubectl get pods -n shop -o wide | grep orders');
    expect(c).toContain('kubectl exec -it -n shop deploy/orders -c main-app -- sh');
    expect(c).toContain('kubectl top pod -n shop <pod> --containers');
  });
});

describe('docs links', () => {
  it('point Chinese readers at the zh-cn site, with the English page beside it', () => {
    expect(chineseDocs('https://kubernetes.io/docs/concepts/storage/volumes/#emptydir')).toBe(
      'https://kubernetes.io/zh-cn/docs/concepts/storage/volumes/#emptydir',
    );
    const pods = 'https://kubernetes.io/docs/concepts/workloads/pods/';
    expect(docsLinks(pods, 'en')).toEqual([{ label: 'Kubernetes documentation', href: pods }]);
    expect(docsLinks(pods, 'zh-CN')).toEqual([
      {
        label: 'Kubernetes 中文文档',
        href: 'https://kubernetes.io/zh-cn/docs/concepts/workloads/pods/',
      },
      { label: '英文原文', href: pods },
    ]);
    expect(docsLinks('https://example.com/', 'zh-CN')).toEqual([
      { label: 'Kubernetes 文档', href: 'https://example.com/' },
    ]);
  });

  it('lands at the top of a translated page that lacks the anchor, and stays English where there is no translation', () => {
    expect(
      chineseDocs(
        'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
      ),
    ).toBe('https://kubernetes.io/zh-cn/docs/reference/kubernetes-api/workload-resources/pod-v1/');
    const untranslated = 'https://kubernetes.io/docs/concepts/workloads/pods/container-restarts/';
    expect(chineseDocs(untranslated)).toBe(untranslated);
    expect(docsLinks(untranslated, 'zh-CN')).toEqual([
      { label: 'Kubernetes 文档', href: untranslated },
    ]);
  });
});
