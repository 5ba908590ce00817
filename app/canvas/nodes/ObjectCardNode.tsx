import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTexts } from '../../i18n/useTexts';
import { nodeAriaLabel } from '../labels';
import type { ObjectFlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';

/** A ConfigMap, Secret or PVC defined elsewhere in the same input. */
export const ObjectCardNode = memo(function ObjectCardNode({
  id,
  data,
  selected,
}: NodeProps<ObjectFlowNode>) {
  const n = data.node;
  const T = useTexts('canvas');
  const label = nodeAriaLabel(n, T);
  return (
    <NodeCard
      kind="object"
      name={n.name}
      selected={selected}
      touched={data.touched}
      className="relative h-full w-full rounded-lg border border-dotted border-slate-400 bg-slate-50 p-[11px] text-[14px] leading-5 text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100"
    >
      <div className="flex min-h-[26px] items-start">
        <NodeTitle id={id} label={label} selected={selected} className="items-start">
          <span className="text-[17px] leading-[26px] font-semibold break-all">{n.name}</span>
        </NodeTitle>
      </div>
      <div className="whitespace-nowrap text-slate-500 dark:text-slate-400">
        {n.objectKind} · {T.ui.document(n.document)}
      </div>
      <NodeHandles targets={['t', 'l']} />
    </NodeCard>
  );
});
