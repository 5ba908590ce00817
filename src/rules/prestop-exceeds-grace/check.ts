import { graceSecondsOf, MINIMUM_STOP_SECONDS } from '../../lifecycle/defaults';
import { hookOf } from '../../lifecycle/hooks';
import type { PodRule } from '../types';
import { meta } from './meta';

// Below either, an app rarely finishes in-flight work after SIGTERM (RULES.md's policy).
const MIN_LEFT_SECONDS = 10;
const MIN_LEFT_SHARE = 0.25;

/** A preStop of known length that leaves too little of the grace period, or exceeds it. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const grace = graceSecondsOf(model.terminationGracePeriodSeconds);
    for (const c of model.containers) {
      // Only app containers and sidecars may have hooks (other rules report the rest).
      if (c.role !== 'app' && c.role !== 'sidecar') continue;
      // The hook and its known duration as the model reads them (the timeline reads the same).
      const preStop = hookOf(c.hooks, 'preStop');
      const seconds = preStop?.seconds;
      if (preStop === undefined || seconds === undefined || seconds === 0) continue;
      const hookPath = [...c.path, 'lifecycle', 'preStop'];
      const params = { container: c.name, seconds, grace };
      if (preStop.handler === 'sleep' && seconds > grace) {
        report({
          path: [...hookPath, 'sleep', 'seconds'],
          messageId: 'rejected',
          severity: 'error',
          params,
          containers: [c.name],
        });
        continue;
      }
      // With no grace period there is nothing to leave: the kubelet skips the hook.
      if (grace === 0) continue;
      const sigterm = Math.min(seconds, grace);
      const window = Math.max(grace - sigterm, MINIMUM_STOP_SECONDS);
      if (grace - sigterm >= MIN_LEFT_SECONDS && grace - sigterm >= grace * MIN_LEFT_SHARE)
        continue;
      report({
        path:
          preStop.handler === 'sleep'
            ? [...hookPath, 'sleep', 'seconds']
            : [...hookPath, 'exec', 'command'],
        messageId: seconds > grace ? 'beyond' : 'default',
        params: { ...params, sigterm, left: window, sigkill: sigterm + window },
        containers: [c.name],
      });
    }
  },
};
