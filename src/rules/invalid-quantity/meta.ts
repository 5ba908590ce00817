import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-quantity',
  severity: 'error',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
  summary:
    'A resource request, limit, overhead or sizeLimit that is not a valid Kubernetes quantity (1KB, 1 Gi, 500mi, 1.2.3) or is negative.',
  messages: {
    default:
      '{resource} "{value}" is not a Kubernetes quantity: {detail}; the API server cannot decode the object',
    suggest:
      '{resource} "{value}" is not a Kubernetes quantity: {detail}; did you mean "{suggestion}"?',
    negative: '{resource} "{value}" is invalid: must be greater than or equal to 0',
    sizeLimit:
      'emptyDir sizeLimit "{value}" is invalid: SizeLimit field must be a valid resource quantity (not negative)',
    notInteger:
      '{resource} "{value}" is invalid: must be an integer (extended resources are whole devices)',
  },
  fix: 'Write a number with an optional suffix: decimal k, M, G, T (powers of 1000), binary Ki, Mi, Gi, Ti (powers of 1024), or m (thousandths, for CPU): 500m, 1.5, 256Mi, 1Gi.',
} satisfies RuleFolderMeta;
