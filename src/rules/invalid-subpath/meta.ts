import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-subpath',
  severity: 'error',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
  summary: 'A subPath or subPathExpr that is absolute or contains "..", or both set on one mount.',
  messages: {
    absolute:
      '{field} "{value}" of the mount of "{volume}" in container {container} must be a relative path (inside the volume)',
    backsteps:
      '{field} "{value}" of the mount of "{volume}" in container {container} must not contain \'..\': it could escape the volume',
    both: 'the mount of "{volume}" in container {container} sets both subPath and subPathExpr: they are mutually exclusive',
    ephemeral:
      '{field} cannot be set for an ephemeral container (container {container}): subPath bind mounts would outlive it',
  },
  fix: 'Write subPath relative to the volume root (logs/app, not /logs/app) and without “..”; use subPath or subPathExpr, not both.',
} satisfies RuleFolderMeta;
