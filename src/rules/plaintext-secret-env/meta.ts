import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'plaintext-secret-env',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/concepts/configuration/secret/',
  summary:
    'An environment variable holds what looks like a secret, written in plain text in the manifest.',
  messages: {
    name: 'env {name} of container {container} is named like a secret and holds a literal value: it is readable by everyone who can read this manifest, its repository or the {kind} object (and in kubectl describe output), not only by those allowed to read Secrets',
    value:
      'env {name} of container {container} holds what looks like a credential (a URL with a password, or a private key) as a literal value: it is readable by everyone who can read this manifest, its repository or the {kind} object, not only by those allowed to read Secrets',
  },
  fix: 'Move the value into a Secret and refer to it with env[].valueFrom.secretKeyRef (or mount the Secret as a file); rotate the value if the manifest was ever shared or committed.',
} satisfies RuleFolderMeta;
