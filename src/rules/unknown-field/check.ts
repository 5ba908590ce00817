// Strict decoding: every field must exist in the Kubernetes schema at its position. The walk
// (../schemaWalk.ts) is shared with wrong-type; both see the same roots and stop at the same places.
import { shortTypeName, suggestField } from '../../k8s/schema';
import type { MessageParams } from '../../types';
import { containerAt, walkSchema } from '../schemaWalk';
import type { DocumentRule } from '../types';
import { meta } from './meta';

export const rule: DocumentRule = {
  ...meta,
  check({ document, workloads, report }) {
    const root = document.value;
    walkSchema(root, workloads, {
      unknown(path, field, typeName) {
        const suggestion = suggestField(typeName, field);
        const params: MessageParams = {
          field,
          type: shortTypeName(typeName),
          ...(suggestion ? { suggestion } : {}),
        };
        const containers = containerAt(root, workloads, path);
        report({
          path,
          messageId: suggestion ? 'suggest' : 'default',
          params,
          ...(containers ? { containers } : {}),
        });
      },
    });
  },
};
