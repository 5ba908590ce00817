import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'yaml-syntax',
  severity: 'error',
  scope: 'document',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/',
  summary: 'The document is not valid YAML (or JSON), so kubectl cannot read it.',
  messages: {
    default: 'YAML syntax error: {detail}',
    template: '{detail}',
    limit: 'input refused: {detail}',
  },
  fix: 'Correct the marked position: indent with spaces, add the missing colon or quote. Render Helm charts first (helm template) and check the output, not the template.',
} satisfies RuleFolderMeta;
