import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'prestop-exceeds-grace',
  severity: 'warning',
  scope: 'pod',
  category: 'lifecycle',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/',
  summary:
    'A preStop hook of known length (a sleep action, or an exec that is only sleep N) leaves the process less than 10 s, or less than a quarter of the grace period, between SIGTERM and SIGKILL; a sleep action longer than the grace period is rejected.',
  messages: {
    default:
      'container {container}: its preStop hook takes {seconds} s of the {grace} s grace period (terminationGracePeriodSeconds), so SIGTERM comes at {sigterm} s and SIGKILL at {sigkill} s: the process has {left} s to finish its requests and shut down, and whatever it has not finished then is killed',
    beyond:
      'container {container}: its preStop hook sleeps {seconds} s, longer than the {grace} s grace period (terminationGracePeriodSeconds): the kubelet stops waiting for it at {grace} s, sends SIGTERM, and SIGKILL follows {left} s later, so the process gets almost no time to shut down',
    rejected:
      'container {container}: the preStop sleep action of {seconds} s is longer than the {grace} s grace period (terminationGracePeriodSeconds): the API server rejects the pod',
  },
  fix: 'Keep the preStop sleep to what the endpoints need to notice the pod is going (a few seconds), or raise terminationGracePeriodSeconds so that preStop plus the app’s own shutdown fit inside it, with room to spare after SIGTERM.',
} satisfies RuleFolderMeta;
