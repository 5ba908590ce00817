import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-name',
  severity: 'error',
  scope: 'pod',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
  summary:
    'A container or volume name that is not a DNS-1123 label, or a port name that is not an IANA service name.',
  messages: {
    container: 'container name "{name}" is invalid: {detail}',
    volume: 'volume name "{name}" is invalid: {detail}',
    port: 'port name "{name}" is invalid (an IANA service name: at most 15 characters, a-z, 0-9 and "-"): {detail}',
  },
  fix: 'Use lower-case letters, digits and "-" only, starting and ending with a letter or digit (at most 63 characters; port names at most 15 and with at least one letter).',
} satisfies RuleFolderMeta;
