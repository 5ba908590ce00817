import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'unknown-field',
  severity: 'error',
  scope: 'document',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  summary:
    'A field that does not exist in the Kubernetes schema at that position (strict decoding rejects it).',
  messages: {
    default:
      'unknown field "{field}" in {type}: kubectl\'s strict field validation rejects the object',
    suggest:
      'unknown field "{field}"; did you mean "{suggestion}"? {type} has no field "{field}", so kubectl\'s strict field validation rejects the object',
  },
  fix: 'Correct the field name (names are case-sensitive) or move the field to the level where it belongs; `kubectl explain pod.spec.containers` lists the valid fields.',
} satisfies RuleFolderMeta;
