import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'wrong-type',
  severity: 'error',
  scope: 'document',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/',
  summary:
    'A value of the wrong type: a quoted number, an object where a list belongs, a number or yes/no where a string belongs.',
  messages: {
    default:
      '{field} must be {expected}, but it is a JSON {actual} ({value}): the API server cannot decode the object',
    quotedNumber:
      '{field} must be {expected}, but it is the string {value}: the API server does not convert strings to numbers; remove the quotes',
    needsString:
      '{field} must be {expected}, but it is the {actual} {value}: kubectl sends a JSON {actual} and the API server rejects it; quote it',
    yaml11Number:
      '{field} must be {expected}, but kubectl reads the unquoted {value} as a number (YAML 1.1) and the API server rejects it; quote it',
    yaml11Boolean:
      '{field} must be {expected}, but kubectl reads the unquoted {value} as a boolean (YAML 1.1) and the API server rejects it; quote it',
  },
  fix: 'Write the value in the type the field expects: integers without quotes, quotes around numbers and yes/no/on/off in string fields, a list (`- item`) where a list is expected.',
} satisfies RuleFolderMeta;
