// Every corpus file's expectation, in file name order.
import { expectation as argocdRepoServerDeployment } from './argocd-repo-server-deployment';
import { expectation as awsVpcCniK8s } from './aws-vpc-cni-k8s';
import { expectation as cloudSqlProxySidecarWorkloadIdentity } from './cloud-sql-proxy-sidecar-workload-identity';
import { expectation as csiHostpathPlugin } from './csi-hostpath-plugin';
import { expectation as istioHelloInjected } from './istio-hello-injected';
import { expectation as istioNativeSidecarInjected } from './istio-native-sidecar-injected';
import { expectation as k8sCronjob } from './k8s-cronjob';
import { expectation as k8sDaemonset } from './k8s-daemonset';
import { expectation as k8sDeploymentSidecar } from './k8s-deployment-sidecar';
import { expectation as k8sDeployment } from './k8s-deployment';
import { expectation as k8sInitContainers } from './k8s-init-containers';
import { expectation as k8sJobSidecar } from './k8s-job-sidecar';
import { expectation as k8sMemoryRequestLimit } from './k8s-memory-request-limit';
import { expectation as k8sMultiContainerLocalhost } from './k8s-multi-container-localhost';
import { expectation as k8sMultiContainerResources } from './k8s-multi-container-resources';
import { expectation as k8sMultiContainerSharedVolume } from './k8s-multi-container-shared-volume';
import { expectation as k8sMultiContainerStartupCoordination } from './k8s-multi-container-startup-coordination';
import { expectation as k8sNginxDeployment } from './k8s-nginx-deployment';
import { expectation as k8sPodConfigmapVolume } from './k8s-pod-configmap-volume';
import { expectation as k8sProjected } from './k8s-projected';
import { expectation as k8sQosPod2 } from './k8s-qos-pod-2';
import { expectation as k8sQosPod3 } from './k8s-qos-pod-3';
import { expectation as k8sQosPod4 } from './k8s-qos-pod-4';
import { expectation as k8sQosPod } from './k8s-qos-pod';
import { expectation as k8sSecurityContext } from './k8s-security-context';
import { expectation as k8sShareProcessNamespace } from './k8s-share-process-namespace';
import { expectation as k8sTwoContainerPod } from './k8s-two-container-pod';
import { expectation as k8sTwoFilesCounterPodAgentSidecar } from './k8s-two-files-counter-pod-agent-sidecar';
import { expectation as k8sTwoFilesCounterPodStreamingSidecar } from './k8s-two-files-counter-pod-streaming-sidecar';
import { expectation as k8sWebStatefulset } from './k8s-web-statefulset';
import { expectation as kubePrometheusNodeExporterDaemonset } from './kube-prometheus-nodeExporter-daemonset';
import { expectation as kuberayRayClusterFluentbit } from './kuberay-ray-cluster-fluentbit';
import { expectation as linkerdInjectEmojivotoDeployment } from './linkerd-inject-emojivoto-deployment';
import type { CorpusExpectation } from './types';

export const EXPECTATIONS: CorpusExpectation[] = [
  argocdRepoServerDeployment,
  awsVpcCniK8s,
  cloudSqlProxySidecarWorkloadIdentity,
  csiHostpathPlugin,
  istioHelloInjected,
  istioNativeSidecarInjected,
  k8sCronjob,
  k8sDaemonset,
  k8sDeploymentSidecar,
  k8sDeployment,
  k8sInitContainers,
  k8sJobSidecar,
  k8sMemoryRequestLimit,
  k8sMultiContainerLocalhost,
  k8sMultiContainerResources,
  k8sMultiContainerSharedVolume,
  k8sMultiContainerStartupCoordination,
  k8sNginxDeployment,
  k8sPodConfigmapVolume,
  k8sProjected,
  k8sQosPod2,
  k8sQosPod3,
  k8sQosPod4,
  k8sQosPod,
  k8sSecurityContext,
  k8sShareProcessNamespace,
  k8sTwoContainerPod,
  k8sTwoFilesCounterPodAgentSidecar,
  k8sTwoFilesCounterPodStreamingSidecar,
  k8sWebStatefulset,
  kubePrometheusNodeExporterDaemonset,
  kuberayRayClusterFluentbit,
  linkerdInjectEmojivotoDeployment,
];
