import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'request-exceeds-limit',
  severity: 'error',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  summary:
    'A request above the limit of the same resource in one container (or, for extended resources and hugepages, a request that differs from the limit).',
  messages: {
    default:
      '{resource} request {requestValue} of container {container} is invalid: must be less than or equal to {resource} limit of {limitValue}',
    notEqual:
      '{resource} request {requestValue} of container {container} is invalid: must be equal to {resource} limit of {limitValue} ({resource} cannot be overcommitted)',
    pod: 'pod-level {resource} request {requestValue} is invalid: must be less than or equal to {resource} limit of {limitValue}',
    podNotEqual:
      'pod-level {resource} request {requestValue} is invalid: must be equal to {resource} limit of {limitValue} ({resource} cannot be overcommitted)',
  },
  fix: 'Lower the request or raise the limit; the request is what the scheduler reserves, the limit what the container may use. Extended resources and hugepages need request = limit.',
} satisfies RuleFolderMeta;
