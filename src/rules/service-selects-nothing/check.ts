import { formatSelector, servicesIn } from '../../model/services';
import { IGNORE_ANNOTATION } from '../suppress';
import type { DocumentRule } from '../types';
import { meta } from './meta';

/** A Service whose selector matches no workload of the input (decided once it is all read). */
export const rule: DocumentRule = {
  ...meta,
  check({ document, report }) {
    for (const service of servicesIn(document.value)) {
      if (!service.selector) continue;
      report({
        path: [...service.path, 'spec', 'selector'],
        messageId: 'default',
        params: { service: service.name, selector: formatSelector(service.selector) },
        ignore: service.annotations[IGNORE_ANNOTATION],
        whenService: {
          test: 'selects-nothing',
          namespace: service.namespace,
          selector: service.selector,
        },
      });
    }
  },
};
