import type { PodRule } from '../types';
import { meta } from './meta';

/** An image without a tag or with :latest, and not pinned by digest. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const container of model.containers) {
      // Ephemeral containers are attached once by `kubectl debug` and never re-created, so a
      // moving tag cannot make replicas differ.
      if (container.role === 'ephemeral' || !container.image?.trim() || container.imageDigest)
        continue;
      if (container.imageTag !== undefined && container.imageTag !== 'latest') continue;
      report({
        path: [...container.path, 'image'],
        messageId: container.imageTag === undefined ? 'noTag' : 'latest',
        params: { container: container.name, image: container.image },
        containers: [container.name],
      });
    }
  },
};
