import type { PodRule } from './types';

/** An image without a tag or with :latest, and not pinned by digest. */
export const rule: PodRule = {
  id: 'latest-tag',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  summary:
    'An image has no tag or the tag latest, and no digest, so which build runs is not fixed.',
  messages: {
    noTag:
      'image {image} of container {container} has no tag, so it means :latest: imagePullPolicy defaults to Always, and replicas started at different times (or on different nodes) can run different builds; rolling back is impossible',
    latest:
      'image {image} of container {container} uses the tag latest: imagePullPolicy defaults to Always, and replicas started at different times (or on different nodes) can run different builds; rolling back is impossible',
  },
  fix: 'Pin a version tag (nginx:1.27.3) or, better, a digest (nginx@sha256:…).',
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
