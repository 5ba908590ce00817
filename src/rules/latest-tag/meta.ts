import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'latest-tag',
  severity: 'warning',
  scope: 'pod',
  category: 'lifecycle',
  docs: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  summary:
    'An image has no tag or the tag latest, and no digest, so which build runs is not fixed.',
  messages: {
    noTag:
      'image {image} of container {container} has no tag, so it means :latest: imagePullPolicy defaults to Always, and replicas started at different times (or on different nodes) can run different builds; rolling back to an earlier ReplicaSet brings back the same reference, which may now pull a different build',
    latest:
      'image {image} of container {container} uses the tag latest: imagePullPolicy defaults to Always, and replicas started at different times (or on different nodes) can run different builds; rolling back to an earlier ReplicaSet brings back the same reference, which may now pull a different build',
  },
  fix: 'Pin a version tag (nginx:1.27.3) or, better, a digest (nginx@sha256:…).',
} satisfies RuleFolderMeta;
