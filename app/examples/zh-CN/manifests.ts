// The gallery's manifests with their comments in Chinese, fetched when an example is chosen in
// the Chinese page. Each says exactly what its English twin in ../ says, comments aside
// (examples.test.ts checks it); the default example's twin is fetched on its own (../index.ts).
import type { ExampleId } from '../catalog';
import cronjob from './cronjob.yaml?raw';
import debugEphemeral from './debug-ephemeral.yaml?raw';
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

/** Every catalog entry's Chinese manifest but the default's; a missing one fails the type check. */
export const MANIFESTS_ZH: Readonly<Record<Exclude<ExampleId, 'default'>, string>> = {
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
