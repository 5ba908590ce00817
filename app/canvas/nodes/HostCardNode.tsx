import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { MAX_LIST_LINES, TYPE } from '../../../src/graph/sizes';
import { shortenMiddle } from '../../../src/graph/text';
import { useTexts } from '../../i18n/useTexts';
import { nodeAriaLabel } from '../labels';
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
  width,
}: NodeProps<HostFlowNode>) {
  const n = data.node;
  const T = useTexts('canvas');
  const label = nodeAriaLabel(n, T);
  const shown = n.uses.length > MAX_LIST_LINES ? n.uses.slice(0, MAX_LIST_LINES) : n.uses;
  return (
    <NodeCard
      kind="host"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      className="relative h-full w-full rounded-lg border-2 border-dashed border-red-600 bg-red-50 p-[10px] text-[14px] leading-5 text-red-900 shadow-sm dark:bg-red-950 dark:text-red-100"
    >
      <div className="flex h-[26px] items-center gap-1.5">
        <VolumeIcon tone="host" />
        <NodeTitle id={id} label={label} selected={selected}>
          <span className="text-[17px] font-semibold whitespace-nowrap">{T.ui.nodeHost}</span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      {shown.map((use, i) => (
        <div key={i} className="font-mono whitespace-nowrap" title={use}>
          {shortenMiddle(use, TYPE.text, (width ?? 180) - 24)}
        </div>
      ))}
      {n.uses.length > MAX_LIST_LINES && (
        <div>{T.ui.moreItems(n.uses.length - MAX_LIST_LINES)}</div>
      )}
      <NodeHandles targets={['r', 'b', 't']} />
    </NodeCard>
  );
});
