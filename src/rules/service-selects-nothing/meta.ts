import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'service-selects-nothing',
  severity: 'warning',
  scope: 'document',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  summary:
    'A Service’s selector matches the pod template labels of no workload in the input, so it gets no endpoints from them.',
  messages: {
    default:
      'Service {service} selects pods labelled {selector}, and no workload in this input has pod template labels that match: unless such pods come from elsewhere, the Service has no endpoints and connections to it are refused or time out',
  },
  fix: 'Make the selector a subset of the pod template’s labels (spec.template.metadata.labels of the Deployment, not its own metadata.labels); every key=value of the selector must be on the pod. If the pods come from another input, say so with the podscope.io/ignore annotation on the Service.',
} satisfies RuleFolderMeta;
