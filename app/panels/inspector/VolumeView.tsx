import { useTexts } from '../../i18n/useTexts';
import { findReference, type ReferencedKind } from '../../../src/model/inventory';
import type { VolumeNode } from '../../../src/graph/types';
import type { InspectorContext } from './context';
import { Fields } from './Fields';
import { MountsTable } from './MountsTable';
import { Mono } from './Mono';
import { Section } from './Section';

const REFERENCED: Record<string, ReferencedKind> = {
  configMap: 'ConfigMap',
  secret: 'Secret',
  persistentVolumeClaim: 'PersistentVolumeClaim',
};

/** A volume: its type and source, its size, and who mounts it where. */
export function VolumeView({ node, ctx }: { node: VolumeNode; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const kind = REFERENCED[node.type];
  const entry =
    kind && node.reference !== undefined
      ? findReference(ctx.result.inventory, kind, node.reference)
      : undefined;
  const emptyDir = node.type === 'emptyDir';
  const medium = node.medium === 'Memory' ? T.memory : node.medium || T.disk;
  return (
    <>
      <Section title={T.type}>
        <Fields
          fields={[
            [T.type, <Mono>{node.type}</Mono>],
            [T.medium, emptyDir && medium],
            [T.sizeLimit, emptyDir && (node.sizeLimit ? <Mono>{node.sizeLimit}</Mono> : T.notSet)],
            [T.storage, node.storage && <Mono>{node.storage}</Mono>],
            [
              T.reference,
              node.reference !== undefined && (
                <span>
                  <Mono>{node.reference}</Mono>
                  {kind && (
                    <span className="text-slate-500 dark:text-slate-400">
                      {' — '}
                      {entry ? T.inInput(kind, entry.document + 1) : T.notInInput}
                    </span>
                  )}
                </span>
              ),
            ],
            [T.hostPathType, node.hostPathType && <Mono>{node.hostPathType}</Mono>],
            [T.shared, node.shared ? T.sharedYes(node.mountedBy.length) : T.no],
          ]}
        />
        {node.fromClaimTemplate && (
          <p className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">{T.claimTemplate}</p>
        )}
      </Section>
      <Section title={T.mountedBy}>
        {node.mountedBy.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">{T.notMounted}</p>
        ) : (
          <MountsTable volume={node.name} ctx={ctx} />
        )}
      </Section>
    </>
  );
}
