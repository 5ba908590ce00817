import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { mainContainerOf } from './mainContainer';

const main = (...lines: string[]) => {
  const model = analyze(yaml('apiVersion: v1', 'kind: Pod', ...lines)).workloads[0].model;
  const found = mainContainerOf(model);
  return found && [found.container.name, found.reason];
};

describe('mainContainerOf', () => {
  it('takes the app container the default-container annotation names', () => {
    expect(
      main(
        'metadata: {name: p, annotations: {kubectl.kubernetes.io/default-container: b}}',
        'spec: {containers: [{name: a, image: a}, {name: b, image: b}]}',
      ),
    ).toEqual(['b', 'annotation']);
  });

  it('ignores an annotation that names no app container', () => {
    expect(
      main(
        'metadata: {name: p, annotations: {kubectl.kubernetes.io/default-container: init}}',
        'spec: {initContainers: [{name: init, image: i}], containers: [{name: a, image: a}]}',
      ),
    ).toEqual(['a', 'first-not-injected']);
  });

  it('passes over injected mesh proxies, SQL proxies and secret agents', () => {
    expect(
      main(
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.0}',
        '    - {name: cloud-sql-proxy, image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0}',
        '    - {name: vault-agent, image: hashicorp/vault:1.16}',
        '    - {name: shop, image: shop:1}',
      ),
    ).toEqual(['shop', 'first-not-injected']);
  });

  it('keeps a log shipper or metrics agent that comes first: it may be the point of the pod', () => {
    expect(
      main(
        'metadata: {name: p}',
        'spec: {containers: [{name: node-exporter, image: quay.io/prometheus/node-exporter:v1.8.0}, {name: kube-rbac-proxy, image: quay.io/brancz/kube-rbac-proxy:v0.18.0}]}',
      ),
    ).toEqual(['node-exporter', 'first-not-injected']);
  });

  it('falls back to the first app container when every one is an injected helper', () => {
    expect(
      main(
        'metadata: {name: p}',
        'spec: {containers: [{name: envoy, image: envoyproxy/envoy:v1.30.1}]}',
      ),
    ).toEqual(['envoy', 'first']);
  });

  it('has none without app containers', () => {
    expect(main('metadata: {name: p}', 'spec: {initContainers: [{name: i, image: i}]}')).toBe(
      undefined,
    );
  });
});
