import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'fractional-memory',
  severity: 'warning',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#meaning-of-memory',
  summary:
    'A memory or ephemeral-storage quantity is a fraction of a byte, usually "m" (milli) written for "Mi".',
  messages: {
    container:
      '{field}.{resource} of container {container} is {value}, i.e. {bytes} bytes ("m" means milli): the API server warns that a fractional byte value is invalid, and Kubernetes rounds it up to a whole number of bytes ({rounded})',
    containerSuggest:
      '{field}.{resource} of container {container} is {value}, i.e. {bytes} bytes ("m" means milli): the API server warns that a fractional byte value is invalid, and Kubernetes rounds it up to a whole number of bytes ({rounded}); did you mean {suggestion}?',
    overhead:
      'overhead.{resource} is {value}, i.e. {bytes} bytes ("m" means milli): the API server warns that a fractional byte value is invalid, and Kubernetes rounds it up to a whole number of bytes ({rounded})',
    overheadSuggest:
      'overhead.{resource} is {value}, i.e. {bytes} bytes ("m" means milli): the API server warns that a fractional byte value is invalid, and Kubernetes rounds it up to a whole number of bytes ({rounded}); did you mean {suggestion}?',
  },
  fix: 'Write bytes with a byte suffix: Mi or Gi (powers of two) or M or G (powers of ten), never m.',
} satisfies RuleFolderMeta;
