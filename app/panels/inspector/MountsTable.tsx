import { useTexts } from '../../i18n/useTexts';
import type { ContainerModel } from '../../../src/model/types';
import { containerMounts, volumeMounts, type MountRow } from '../sharing';
import type { InspectorTexts } from '../../i18n/en/inspector';
import { nodeIdOf, type InspectorContext } from './context';
import { DataTable } from './DataTable';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';

type Props =
  | { container: ContainerModel; volume?: undefined; ctx: InspectorContext }
  | { volume: string; container?: undefined; ctx: InspectorContext };

function access(r: MountRow, T: InspectorTexts) {
  return (
    <span className={r.readOnly ? 'text-slate-600 dark:text-slate-300' : 'font-medium'}>
      {r.readOnly ? T.ro : T.rw}
    </span>
  );
}

/** volumeMounts as a table: a container's (by volume) or a volume's (by container). */
export function MountsTable({ container, volume, ctx }: Props) {
  const T = useTexts('inspector');
  const { model } = ctx.workload;
  const rows = container ? containerMounts(model, container) : volumeMounts(model, volume);
  const link = (kind: 'container' | 'volume', name: string) => {
    const id = nodeIdOf(ctx.graph, kind, name);
    return (
      <NodeLink
        target={id ? { kind: 'node', id } : undefined}
        label={name}
        onSelect={ctx.onSelect}
      />
    );
  };
  return (
    <DataTable
      caption={T.mounts}
      name="mounts"
      columns={[container ? T.volume : T.container, T.mountPath, T.access, T.subPath]}
      rows={rows.map((r, i) => ({
        key: `${r.container}/${r.volume}/${i}`,
        cells: [
          container ? (
            <span>
              {link('volume', r.volume)}
              {!r.found && (
                <span className="ml-1 text-xs text-red-700 dark:text-red-400">
                  ({T.missingVolume})
                </span>
              )}
            </span>
          ) : (
            <span>{link('container', r.container)}</span>
          ),
          <Mono>{r.mountPath}</Mono>,
          <span>{access(r, T)}</span>,
          r.subPath !== undefined ? <Mono>{r.subPath}</Mono> : '',
        ],
      }))}
    />
  );
}
