import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { MAX_LIST_LINES } from '../../../src/graph/sizes';
import { useTexts } from '../../i18n/useTexts';
import { canvasTexts, nodeAriaLabel } from '../canvasText';
import type { HostFlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';
import { SeverityBadge } from './SeverityBadge';
import { VolumeIcon } from './VolumeIcon';

/** The node the pod runs on, drawn as a risk: what ties the pod to it breaks isolation. */
export const HostCardNode = memo(function HostCardNode({
  id,
  data,
  selected,
}: NodeProps<HostFlowNode>) {
  const n = data.node;
  const T = useTexts(canvasTexts);
  const label = nodeAriaLabel(n, T);
  const shown = n.uses.length > MAX_LIST_LINES ? n.uses.slice(0, MAX_LIST_LINES) : n.uses;
  return (
    <NodeCard
      kind="host"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      className="relative h-full w-full overflow-hidden rounded-lg border-2 border-dashed border-red-600 bg-red-50 p-[10px] text-[13px] leading-[18px] text-red-900 shadow-sm dark:bg-red-950 dark:text-red-100"
    >
      <div className="flex h-6 items-center gap-1.5">
        <VolumeIcon tone="host" />
        <NodeTitle id={id} label={label} selected={selected}>
          <span className="truncate font-semibold">{T.ui.nodeHost}</span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      {shown.map((use, i) => (
        <div key={i} className="truncate font-mono text-xs" title={use}>
          {use}
        </div>
      ))}
      {n.uses.length > MAX_LIST_LINES && (
        <div className="text-xs">{T.ui.moreItems(n.uses.length - MAX_LIST_LINES)}</div>
      )}
      <NodeHandles targets={['r', 'b']} />
    </NodeCard>
  );
});
