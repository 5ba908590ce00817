import type { DocumentRule } from '../types';
import { meta } from './meta';

/** Reports every parse error of a document at its exact position. */
export const rule: DocumentRule = {
  ...meta,
  check({ document, report }) {
    for (const issue of document.issues) {
      const messageId =
        issue.code === 'TEMPLATE'
          ? 'template'
          : issue.code === 'ALIAS_BOMB' || issue.code === 'TOO_DEEP' || issue.code === 'TOO_LARGE'
            ? 'limit'
            : 'default';
      report({
        path: [],
        messageId,
        // The code lets other languages say the parser's sentence in their own words.
        params: { detail: issue.message, code: issue.code },
        span: { offset: issue.offset, endOffset: issue.endOffset },
      });
    }
  },
};
