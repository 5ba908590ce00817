import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'duplicate-mount-path',
  severity: 'error',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'Two volumeMounts of one container with the same mountPath.',
  messages: {
    default:
      'container {container} mounts both "{first}" and "{volume}" at {mountPath}: mountPath must be unique within a container (one mount would hide the other)',
    sameVolume:
      'container {container} mounts volume "{volume}" at {mountPath} twice: mountPath must be unique within a container',
  },
  fix: 'Mount each volume at its own path. To put files of several volumes into one directory, mount distinct files with subPath or use a projected volume.',
} satisfies RuleFolderMeta;
