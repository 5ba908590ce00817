import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'duplicate-port-name-across-containers',
  severity: 'warning',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  summary:
    'The same port name is declared by two containers, so selecting the port by name is ambiguous.',
  messages: {
    default:
      'port name {name} ({protocol}) is declared by containers {winner} and {loser}: a Service with targetPort {name} always sends traffic to {winner} port {winnerPort}, never to {loser} port {loserPort}',
    otherProtocol:
      'port name {name} is declared by containers {winner} ({winnerProtocol}) and {loser} ({loserProtocol}): Services tell them apart by protocol, but tools that select ports by name alone (monitors, meshes) may pick either',
  },
  fix: 'Give every port in the pod a unique name, for example prefixed with the container’s role: app-http, proxy-http.',
} satisfies RuleFolderMeta;
