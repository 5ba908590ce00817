import type { DocumentRule } from './types';

/** Reports every parse error of a document at its exact position. */
export const rule: DocumentRule = {
  id: 'yaml-syntax',
  severity: 'error',
  scope: 'document',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/',
  summary: 'The document is not valid YAML (or JSON), so kubectl cannot read it.',
  messages: {
    default: 'YAML syntax error: {detail}',
    template: '{detail}',
    limit: 'input refused: {detail}',
  },
  fix: 'Correct the YAML at the marked position (indentation, a missing colon or quote). Render Helm templates before checking them.',
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
