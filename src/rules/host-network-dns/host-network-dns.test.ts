import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-network-dns';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: agent', 'spec:', ...spec);

describe(ID, () => {
  it('reports an explicit ClusterFirst with hostNetwork on the dnsPolicy value', () => {
    const text = pod(
      '  hostNetwork: true',
      '  dnsPolicy: ClusterFirst',
      '  containers:',
      '    - {name: agent, image: agent:3}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.dnsPolicy',
      line: 7,
      column: 14,
      namespaces: ['network'],
    });
    expect(found[0].message).toContain('use ClusterFirstWithHostNet');
  });

  it('reports an unset dnsPolicy, which defaults to ClusterFirst, where dnsPolicy belongs', () => {
    const text = pod('  hostNetwork: true', '  containers:', '    - {name: agent, image: agent:3}');
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.dnsPolicy', line: 5, column: 1 });
    expect(f.message).toContain('defaults to ClusterFirst');
  });

  it('is silent with ClusterFirstWithHostNet or Default, and without hostNetwork', () => {
    for (const spec of [
      ['  hostNetwork: true', '  dnsPolicy: ClusterFirstWithHostNet'],
      ['  hostNetwork: true', '  dnsPolicy: Default'],
      ['  dnsPolicy: ClusterFirst'],
    ]) {
      expect(findingsOf(pod(...spec, '  containers: [{name: a, image: a:1}]'), ID)).toEqual([]);
    }
  });

  it('uses the template path of a DaemonSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: agent}',
      'spec:',
      '  selector: {matchLabels: {app: agent}}',
      '  template:',
      '    metadata: {labels: {app: agent}}',
      '    spec:',
      '      hostNetwork: true',
      '      dnsPolicy: ClusterFirst',
      '      containers: [{name: agent, image: agent:3}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.template.spec.dnsPolicy', line: 10, column: 18 });
  });

  it('words the finding for node agents on a hostNetwork DaemonSet, as info', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: kube-flannel-ds}',
      'spec:',
      '  selector: {matchLabels: {app: flannel}}',
      '  template:',
      '    metadata: {labels: {app: flannel}}',
      '    spec:',
      '      hostNetwork: true',
      '      containers:',
      '        - {name: kube-flannel, image: docker.io/flannel/flannel:v0.25.1}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ severity: 'info', path: 'spec.template.spec.dnsPolicy' });
    expect(f.message).toContain('is a node agent');
    expect(f.message).toContain('set dnsPolicy: Default');
    expect(f.message).not.toContain('use ClusterFirstWithHostNet');
  });

  it('names the node-agent exception for any hostNetwork DaemonSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: agent}',
      'spec:',
      '  selector: {matchLabels: {app: agent}}',
      '  template:',
      '    metadata: {labels: {app: agent}}',
      '    spec:',
      '      hostNetwork: true',
      '      dnsPolicy: ClusterFirst',
      '      containers: [{name: agent, image: example/agent:3}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('For a node agent (CNI plugin, kube-proxy, node exporter)');
  });

  it('names the exception for a pod read back from the cluster that a DaemonSet owns', () => {
    const lines = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: agent-x7k2p',
      '  ownerReferences:',
      '    - {apiVersion: apps/v1, kind: DaemonSet, name: agent, uid: 1f0c, controller: true}',
      'spec:',
      '  hostNetwork: true',
      '  containers: [{name: agent, image: example/agent:3}]',
    ];
    const [f] = findingsOf(yaml(...lines), ID);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('pod of DaemonSet agent');
    expect(f.message).toContain('For a node agent (CNI plugin, kube-proxy, node exporter)');
    // Owned by a ReplicaSet, the same pod is no node agent: the warning stays.
    const replica = lines.map((l) => l.replace('kind: DaemonSet', 'kind: ReplicaSet'));
    expect(findingsOf(yaml(...replica), ID)[0]).toMatchObject({ severity: 'warning' });
  });

  it('recognises a well-known node agent in a bare pod, and keeps the warning for others', () => {
    const agent = pod(
      '  hostNetwork: true',
      '  containers:',
      '    - {name: kube-proxy, image: registry.k8s.io/kube-proxy:v1.35.0}',
    );
    expect(findingsOf(agent, ID)[0]).toMatchObject({ severity: 'info' });
    const app = pod('  hostNetwork: true', '  containers:', '    - {name: web, image: nginx:1.27}');
    expect(findingsOf(app, ID)[0]).toMatchObject({ severity: 'warning' });
  });
});
