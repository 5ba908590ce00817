import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'port-clash',
  severity: 'warning',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
  summary:
    'Two containers that run at the same time declare the same containerPort and protocol, or one container declares it twice.',
  messages: {
    default:
      'containers {first} and {second} both declare port {port}/{protocol}: they share one network namespace, so whichever binds second fails with "address already in use"',
    sameContainer:
      'container {second} declares port {port}/{protocol} twice (ports[{firstIndex}] and ports[{secondIndex}]): one listener cannot bind it twice; the API server warns about a duplicate port definition',
    sequential:
      'init container {first} and container {second} both declare port {port}/{protocol}: {first} has exited before {second} starts, so both binds succeed, but the API server warns about a duplicate port definition',
  },
  fix: 'Give each listener its own port (change the application’s listen port and containerPort together), or remove the duplicate declaration.',
} satisfies RuleFolderMeta;
