import { podQosClass } from '../../k8s/qos';
import { mainContainerOf } from '../../model/mainContainer';
import type { PodRule } from '../types';
import { meta } from './meta';

/** A pod whose QoS class is BestEffort. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // Ephemeral containers have no resources; every other container counts (GetPodQOS).
    const running = model.containers.filter((c) => c.role !== 'ephemeral');
    if (running.length === 0 || podQosClass(running.map((c) => c.resources)) !== 'BestEffort')
      return;
    // At the main container's resources: where a reviewer starts giving the pod requests.
    const at = mainContainerOf(model)?.container ?? running[0];
    report({
      path: [...at.path, 'resources'],
      messageId: 'default',
      containers: running.map((c) => c.name),
    });
  },
};
