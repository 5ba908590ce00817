// Synthetic inputs for the benchmark: a rendered-chart-like stream of many documents.

const KINDS = ['Deployment', 'Service', 'ConfigMap', 'Pod', 'StatefulSet'] as const;

function deployment(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: team-${i % 17}
  labels: {app: svc-${i}, tier: backend, app.kubernetes.io/part-of: shop, app.kubernetes.io/version: "1.${i % 10}.0"}
  annotations:
    deployment.kubernetes.io/revision: "${i % 5}"
    description: Handles requests for service number ${i} of the shop.
spec:
  replicas: 3
  selector:
    matchLabels: {app: svc-${i}}
  template:
    metadata:
      labels: {app: svc-${i}}
    spec:
      containers:
      - name: app
        image: registry.example.com/team/svc-${i}:1.${i % 10}.0
        env:
        - {name: LOG_LEVEL, value: info}
        - {name: PORT, value: "8080"}
        - name: POD_NAME
          valueFrom: {fieldRef: {fieldPath: metadata.name}}
        securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true}
        livenessProbe:
          httpGet: {path: /livez, port: http}
          periodSeconds: 10
        ports:
        - {name: http, containerPort: 8080}
        resources:
          requests: {cpu: 250m, memory: 256Mi}
          limits: {cpu: "1", memory: 512Mi}
        readinessProbe:
          httpGet: {path: /healthz, port: http}
        volumeMounts:
        - {name: cache, mountPath: /cache}
      - name: log-shipper
        image: fluent/fluent-bit:3.1
        volumeMounts:
        - {name: cache, mountPath: /var/log/app, readOnly: true}
      volumes:
      - name: cache
        emptyDir: {sizeLimit: 1Gi}
`;
}

function service(i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
  namespace: team-${i % 17}
  labels: {app: svc-${i}, app.kubernetes.io/part-of: shop}
  annotations:
    prometheus.io/scrape: "true"
    prometheus.io/port: "9090"
spec:
  type: ClusterIP
  selector: {app: svc-${i}}
  ports:
  - {port: 80, targetPort: http}
`;
}

function configMap(i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg-${i}
data:
  app.properties: |
    server.port=8080
    feature.flag.${i}=true
    log.level=info
    cache.size=256
    cache.ttl.seconds=300
    upstream.url=http://svc-${i}.team-${i % 17}.svc.cluster.local
`;
}

function pod(i: number): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: pod-${i}
  namespace: team-${i % 17}
  labels: {app: pod-${i}, app.kubernetes.io/part-of: shop}
spec:
  containers:
  - name: web
    image: nginx:1.27
    env:
    - {name: NGINX_PORT, value: "80"}
    - {name: NGINX_WORKERS, value: "4"}
    resources:
      requests: {cpu: 100m, memory: 128Mi}
      limits: {memory: 256Mi}
    ports: [{containerPort: 80}]
    volumeMounts: [{name: data, mountPath: /data}]
  - name: sidecar
    image: busybox:1.36
    command: [sh, -c, "tail -f /logs/access.log"]
    volumeMounts: [{name: data, mountPath: /logs}]
  volumes:
  - name: data
    emptyDir: {}
`;
}

function statefulSet(i: number): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db-${i}
  namespace: team-${i % 17}
  labels: {app: db-${i}, app.kubernetes.io/part-of: shop}
spec:
  serviceName: db-${i}
  selector: {matchLabels: {app: db-${i}}}
  template:
    metadata: {labels: {app: db-${i}}}
    spec:
      containers:
      - name: db
        image: postgres:16
        env:
        - {name: POSTGRES_DB, value: shop}
        - name: POSTGRES_PASSWORD
          valueFrom: {secretKeyRef: {name: db-${i}, key: password}}
        readinessProbe:
          exec: {command: [pg_isready, -U, postgres]}
          periodSeconds: 5
        ports: [{containerPort: 5432, name: pg}]
        resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {memory: 1Gi}}
        volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}
`;
}

const MAKERS: Record<(typeof KINDS)[number], (i: number) => string> = {
  Deployment: deployment,
  Service: service,
  ConfigMap: configMap,
  Pod: pod,
  StatefulSet: statefulSet,
};

/** `count` documents cycling through common kinds, joined with `---`. */
export function generateManifest(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) docs.push(MAKERS[KINDS[i % KINDS.length]](i));
  return docs.join('---\n');
}

/** The typical single pod of benchmark (b). */
export function typicalPod(): string {
  return deployment(7);
}

/** A pod with `containers` app containers and `volumes` volumes, each container mounting two. */
export function bigPod(containers: number, volumes: number): string {
  const lines = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: big-pod',
    'spec:',
    '  containers:',
  ];
  for (let c = 0; c < containers; c++) {
    lines.push(
      `  - name: worker-${c}`,
      `    image: registry.example.com/worker:1.${c}`,
      `    ports: [{containerPort: ${8000 + c}}]`,
      '    resources:',
      '      requests: {cpu: 50m, memory: 64Mi}',
      '      limits: {cpu: 100m, memory: 128Mi}',
      '    volumeMounts:',
      `    - {name: vol-${c % volumes}, mountPath: /data/${c}}`,
      `    - {name: vol-${(c + 1) % volumes}, mountPath: /shared/${c}, readOnly: true}`,
    );
  }
  lines.push('  volumes:');
  for (let v = 0; v < volumes; v++)
    lines.push(`  - name: vol-${v}`, '    emptyDir: {sizeLimit: 64Mi}');
  return lines.join('\n') + '\n';
}

/** The smallest useful pod: the baseline of the page benchmark. */
export function minimalPod(): string {
  return 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: one\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n';
}
