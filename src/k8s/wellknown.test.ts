import { describe, expect, it } from 'vitest';
import { imageRepository, isNodeAgent, wellKnownSidecar } from './wellknown';

describe('wellKnownSidecar: containers of the public manifests', () => {
  it.each<[string, string, string | undefined]>([
    // istio/istio injection test data
    ['istio-proxy', 'gcr.io/istio-testing/proxyv2:latest', 'service-mesh'],
    ['istio-init', 'gcr.io/istio-testing/proxyv2:latest', 'service-mesh'],
    ['hello', 'fake.docker.io/google-samples/hello-go-gke:1.0', undefined],
    // linkerd/linkerd2 injection golden file
    ['linkerd-proxy', 'cr.l5d.io/linkerd/proxy:test-inject-proxy-version', 'service-mesh'],
    ['linkerd-init', 'cr.l5d.io/linkerd/proxy-init:v2.4.1', 'service-mesh'],
    ['web-svc', 'buoyantio/emojivoto-web:v10', undefined],
    // kube-prometheus node exporter; kube-rbac-proxy is an auth proxy, not a known helper
    ['node-exporter', 'quay.io/prometheus/node-exporter:v1.6.1', 'metrics-agent'],
    ['kube-rbac-proxy', 'quay.io/brancz/kube-rbac-proxy:v0.14.2', undefined],
    // kuberay with a fluent-bit sidecar, and the logging docs' agent sidecars
    ['fluentbit', 'fluent/fluent-bit:3.2.2', 'log-shipper'],
    ['count-agent', 'registry.k8s.io/fluentd-gcp:1.30', 'log-shipper'],
    ['fluentd-elasticsearch', 'k8s.gcr.io/fluentd-elasticsearch:1.20', 'log-shipper'],
    // Cloud SQL proxy sidecar
    ['cloud-sql-proxy', 'gcr.io/cloudsql-docker/gce-proxy:1.28.0', 'sql-proxy'],
    // plain images stay unlabelled unless the name says what they are
    ['count-log-1', 'busybox:1.28', undefined],
    ['logshipper', 'alpine:latest', 'log-shipper'],
    ['nginx', 'nginx:1.14.2', undefined],
    ['csi-provisioner', 'registry.k8s.io/sig-storage/csi-provisioner:v5.3.0', undefined],
    ['argocd-repo-server', 'quay.io/argoproj/argocd:latest', undefined],
  ])('%s (%s) → %s', (name, image, kind) => {
    expect(wellKnownSidecar(name, image)).toBe(kind);
  });
});

describe('wellKnownSidecar: other well-known images', () => {
  it.each<[string, string, string]>([
    ['proxy', 'docker.io/istio/proxyv2:1.24.0', 'service-mesh'],
    ['envoy', 'envoyproxy/envoy:v1.31.0', 'service-mesh'],
    ['sidecar', 'envoyproxy/envoy-distroless:v1.31.0', 'service-mesh'],
    ['consul', 'hashicorp/consul-dataplane:1.5', 'service-mesh'],
    ['shipper', 'docker.elastic.co/beats/filebeat:8.15.0', 'log-shipper'],
    ['logs', 'timberio/vector:0.41.1-alpine', 'log-shipper'],
    ['logs', 'grafana/promtail:3.0.0', 'log-shipper'],
    ['logs', 'fluent/fluentd:v1.17', 'log-shipper'],
    ['prom', 'quay.io/prometheus/prometheus:v2.54.0', 'metrics-agent'],
    ['exporter', 'oliver006/redis_exporter:v1.62.0', 'metrics-agent'],
    ['exporter', 'nginx/nginx-prometheus-exporter:1.3', 'metrics-agent'],
    ['otel', 'otel/opentelemetry-collector-contrib:0.108.0', 'metrics-agent'],
    ['dd', 'gcr.io/datadoghq/agent:7', 'metrics-agent'],
    ['metrics', 'telegraf:1.31', 'metrics-agent'],
    ['metrics', 'prom/statsd-exporter:v0.27.0', 'metrics-agent'],
    ['secrets', 'cyberark/secretless-broker:latest', 'secret-agent'],
    ['driver', 'registry.k8s.io/csi-secrets-store/driver:v1.4.5', 'secret-agent'],
    ['proxy', 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.13.0', 'sql-proxy'],
    ['proxy', 'gcr.io/alloydb-connectors/alloydb-auth-proxy:1.10', 'sql-proxy'],
  ])('%s (%s) → %s', (name, image, kind) => {
    expect(wellKnownSidecar(name, image)).toBe(kind);
  });

  it('recognises names when the image says nothing (vault-agent runs the vault image)', () => {
    expect(wellKnownSidecar('vault-agent', 'hashicorp/vault:1.17')).toBe('secret-agent');
    expect(wellKnownSidecar('vault-agent-init', 'hashicorp/vault:1.17')).toBe('secret-agent');
    expect(wellKnownSidecar('vault', 'hashicorp/vault:1.17')).toBeUndefined();
    expect(wellKnownSidecar('istio-proxy')).toBe('service-mesh');
    expect(wellKnownSidecar('Fluent-Bit')).toBe('log-shipper');
  });

  it('does not match look-alikes', () => {
    expect(wellKnownSidecar('app', 'example.com/prometheus-config-reloader:v0.76')).toBeUndefined();
    expect(wellKnownSidecar('app', 'example.com/vectorizer:1')).toBeUndefined();
    expect(wellKnownSidecar('app', 'example.com/envoy-ratelimit:1')).toBeUndefined();
    expect(wellKnownSidecar('my-envoy-app', 'example.com/app:1')).toBeUndefined();
  });
});

describe('imageRepository', () => {
  it('drops tag and digest, keeps a registry port', () => {
    expect(imageRepository('localhost:5000/fluent-bit:3.0')).toBe('localhost:5000/fluent-bit');
    expect(imageRepository('localhost:5000/fluent-bit')).toBe('localhost:5000/fluent-bit');
    expect(imageRepository('Nginx@sha256:abc')).toBe('nginx');
    expect(imageRepository('nginx:1.2@sha256:abc')).toBe('nginx');
  });
});

describe('isNodeAgent', () => {
  it.each<[string, string, boolean]>([
    ['kube-flannel', 'docker.io/flannel/flannel:v0.25.1', true],
    ['calico-node', 'docker.io/calico/node:v3.28.0', true],
    ['cilium-agent', 'quay.io/cilium/cilium:v1.15.5', true],
    ['kube-router', 'docker.io/cloudnativelabs/kube-router:v2.1.0', true],
    ['kube-proxy', 'registry.k8s.io/kube-proxy:v1.35.0', true],
    ['aws-node', '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.0', true],
    ['node-exporter', 'quay.io/prometheus/node-exporter:v1.8.0', true],
    ['web', 'node:20-alpine', false],
    ['api', 'example.com/team/node:20', false],
    ['nginx', 'nginx:1.27', false],
  ])('%s (%s) → %s', (name, image, expected) => {
    expect(isNodeAgent(name, image)).toBe(expected);
  });
});
