// Test helper: a manifest's first workload as the engine draws it. Only tests import this file.
import { analyze } from '../../src/analysis/analyze';
import { buildGraph, layoutGraph } from '../../src/graph';
import type { GraphLayout } from '../../src/graph/layout';
import type { PodGraph } from '../../src/graph/types';

/**
 * The graph and its layout for a square pane, the shape of a canvas beside the editor and the
 * side panel, where volumes lie under the frame.
 */
export function graphOf(yaml: string, workload = 0): { graph: PodGraph; layout: GraphLayout } {
  const graph = buildGraph(analyze(yaml), workload);
  return { graph, layout: layoutGraph(graph, { width: 800, height: 800 }) };
}

/** The page's default example, cut down: app and log shipper share a volume, an agent reads a ConfigMap. */
export const SHOP = `apiVersion: v1
kind: Pod
metadata:
  name: pod-demo
spec:
  containers:
    - name: app
      image: eclipse-temurin:21-jre
      ports:
        - name: http
          containerPort: 8080
      resources:
        requests: { cpu: 500m, memory: 512Mi }
        limits: { cpu: "1", memory: 1Gi }
      volumeMounts:
        - name: shared-data
          mountPath: /data
    - name: log-shipper
      image: busybox:1.36
      resources:
        requests: { cpu: 50m, memory: 32Mi }
        limits: { cpu: 100m, memory: 64Mi }
      volumeMounts:
        - name: shared-data
          mountPath: /logs
          readOnly: true
    - name: prom-agent
      image: prom/prometheus:v3.5.0
      ports:
        - containerPort: 9090
      volumeMounts:
        - name: config
          mountPath: /etc/prom
          readOnly: true
  volumes:
    - name: shared-data
      emptyDir:
        sizeLimit: 500Mi
    - name: config
      configMap:
        name: prom-config
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: prom-config
data:
  prometheus.yml: ""
`;
