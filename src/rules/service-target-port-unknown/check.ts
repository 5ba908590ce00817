import { servicesIn } from '../../model/services';
import { IGNORE_ANNOTATION } from '../suppress';
import type { DocumentRule } from '../types';
import { meta } from './meta';

/** A targetPort name that no selected container declares (decided once the input is read). */
export const rule: DocumentRule = {
  ...meta,
  check({ document, report }) {
    for (const service of servicesIn(document.value)) {
      if (!service.selector) continue;
      for (const p of service.ports) {
        // Numbers need no name; a string of digits is no port name at all (the API server
        // rejects it: a name needs a letter).
        if (typeof p.targetPort !== 'string' || p.targetPort === '' || /^\d+$/.test(p.targetPort))
          continue;
        report({
          path: [...service.path, 'spec', 'ports', p.index, 'targetPort'],
          messageId: 'default',
          ignore: service.annotations[IGNORE_ANNOTATION],
          params: {
            service: service.name,
            port: p.port ?? '?',
            targetPort: p.targetPort,
            protocol: p.protocol,
          },
          whenService: {
            test: 'port-name',
            namespace: service.namespace,
            selector: service.selector,
            portName: p.targetPort,
            protocol: p.protocol,
          },
        });
      }
    }
  },
};
