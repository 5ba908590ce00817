import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-protocol',
  severity: 'error',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/reference/networking/service-protocols/',
  summary: 'A port protocol other than TCP, UDP or SCTP (the values are case-sensitive).',
  messages: {
    default:
      'protocol "{protocol}" of container {container} is not supported: supported values: "SCTP", "TCP", "UDP" (upper case)',
  },
  fix: 'Write the protocol in upper case: TCP (the default when omitted), UDP or SCTP. For HTTP or gRPC use TCP and name the port (http, grpc).',
} satisfies RuleFolderMeta;
