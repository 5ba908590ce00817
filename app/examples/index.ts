// The example gallery: every manifest in this folder with what the gallery says about it.
import { CATALOG, type ExampleId } from './catalog';
import cronjob from './cronjob.yaml?raw';
import debugEphemeral from './debug-ephemeral.yaml?raw';
import defaultPod from './default.yaml?raw';
import gpu from './gpu.yaml?raw';
import hostnetworkDaemonset from './hostnetwork-daemonset.yaml?raw';
import ipcSharedMemory from './ipc-shared-memory.yaml?raw';
import istioMesh from './istio-mesh.yaml?raw';
import localhost from './localhost.yaml?raw';
import logSidecar from './log-sidecar.yaml?raw';
import memoryCache from './memory-cache.yaml?raw';
import metricsAgent from './metrics-agent.yaml?raw';
import nativeSidecar from './native-sidecar.yaml?raw';
import portClash from './port-clash.yaml?raw';
import resourcesQos from './resources-qos.yaml?raw';
import sharedPid from './shared-pid.yaml?raw';
import sharedVolume from './shared-volume.yaml?raw';
import unixSocket from './unix-socket.yaml?raw';
import volumeFull from './volume-full.yaml?raw';

export interface Example {
  id: ExampleId;
  title: string;
  summary: string;
  idea: string;
  text: string;
}

const TEXTS: Record<string, string> = {
  default: defaultPod,
  localhost,
  'shared-volume': sharedVolume,
  'ipc-shared-memory': ipcSharedMemory,
  'metrics-agent': metricsAgent,
  'log-sidecar': logSidecar,
  'port-clash': portClash,
  'volume-full': volumeFull,
  'shared-pid': sharedPid,
  'memory-cache': memoryCache,
  'unix-socket': unixSocket,
  'resources-qos': resourcesQos,
  'native-sidecar': nativeSidecar,
  'hostnetwork-daemonset': hostnetworkDaemonset,
  'istio-mesh': istioMesh,
  cronjob,
  'debug-ephemeral': debugEphemeral,
  gpu,
};

/** Every example in gallery order; the first is the default. */
export const EXAMPLES: readonly Example[] = CATALOG.map(({ id, title, summary, idea }) => {
  const text = TEXTS[id];
  // A catalog entry without its file is a build mistake, not something to show half of.
  if (text === undefined) throw new Error(`example ${id} has no manifest`);
  return { id, title, summary, idea, text };
});

/** The manifest the page opens with on a first visit. */
export const DEFAULT_EXAMPLE: Example = EXAMPLES[0];
