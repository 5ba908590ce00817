import { useTexts } from '../../i18n/useTexts';
import type { ContainerPort } from '../../../src/graph/types';
import { chipKey } from '../../../src/graph/marks';
import type { InspectorContext } from './context';
import { DataTable } from './DataTable';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';

interface Props {
  container: string;
  ports: readonly ContainerPort[];
  ctx: InspectorContext;
}

/** A container's declared ports; each port selects its chip on the network hub. */
export function PortsTable({ container, ports, ctx }: Props) {
  const T = useTexts('inspector');
  return (
    <DataTable
      caption={T.ports}
      name="ports"
      columns={[T.port, T.name, T.hostPort]}
      rows={ports.map((p, i) => ({
        key: `${p.port}/${p.protocol}/${i}`,
        cells: [
          <NodeLink
            target={{ kind: 'port', key: chipKey(container, p.port, p.protocol) }}
            label={`${p.port}/${p.protocol}`}
            onSelect={ctx.onSelect}
          />,
          p.name !== undefined ? <Mono>{p.name}</Mono> : '',
          p.hostPort !== undefined ? <Mono>{p.hostPort}</Mono> : '',
        ],
      }))}
    />
  );
}
