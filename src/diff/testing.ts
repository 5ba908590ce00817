// Manifests the diff tests share: a shop Deployment before and after a mesh sidecar is injected
// and its memory is halved. Test-only (imported by *.test.ts files).

const yaml = (...lines: string[]): string => lines.join('\n') + '\n';

/** A: the app alone, with a cache volume and a metrics port. */
export const SHOP_A = yaml(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: shop',
  'spec:',
  '  selector:',
  '    matchLabels: {app: shop}',
  '  template:',
  '    metadata:',
  '      labels: {app: shop}',
  '    spec:',
  '      containers:',
  '      - name: app',
  '        image: registry.example.com/shop:1.4.2',
  '        ports:',
  '        - {name: http, containerPort: 8080}',
  '        - {name: metrics, containerPort: 15090}',
  '        resources:',
  '          requests: {cpu: 250m, memory: 256Mi}',
  '          limits: {cpu: "1", memory: 512Mi}',
  '        readinessProbe:',
  '          httpGet: {path: /healthz, port: http}',
  '        volumeMounts:',
  '        - {name: cache, mountPath: /cache}',
  '      volumes:',
  '      - name: cache',
  '        emptyDir: {sizeLimit: 1Gi}',
);

/** B: an injected `istio-proxy` whose Prometheus port clashes with the app's, and half the memory. */
export const SHOP_B = SHOP_A.replace(
  'limits: {cpu: "1", memory: 512Mi}',
  'limits: {cpu: "1", memory: 256Mi}',
).replace(
  '      volumes:\n',
  yaml(
    '      - name: istio-proxy',
    '        image: docker.io/istio/proxyv2:1.22.1',
    '        args: [proxy, sidecar]',
    '        securityContext:',
    '          allowPrivilegeEscalation: false',
    '          capabilities: {drop: [ALL]}',
    '          readOnlyRootFilesystem: true',
    '          runAsNonRoot: true',
    '          runAsUser: 1337',
    '        ports:',
    '        - {name: http-envoy-prom, containerPort: 15090}',
    '        resources:',
    '          requests: {cpu: 100m, memory: 128Mi}',
    '          limits: {cpu: "2", memory: 1Gi}',
    '      volumes:',
  ),
);
