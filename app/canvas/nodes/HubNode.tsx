import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTexts } from '../../i18n/useTexts';
import { canvasTexts, hubExplanation, nodeAriaLabel } from '../canvasText';
import type { HubFlowNode } from '../flowTypes';
import { cardChrome } from '../styles';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';
import { SeverityBadge } from './SeverityBadge';

/** The IPC, UTS or PID namespace the containers share, or the node's own one (a risk). */
export const HubNode = memo(function HubNode({ id, data, selected }: NodeProps<HubFlowNode>) {
  const n = data.node;
  const T = useTexts(canvasTexts);
  const label = nodeAriaLabel(n, T);
  const host = n.scope === 'host';
  const tone = host
    ? 'border-dashed bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100'
    : 'bg-slate-50 text-slate-800 dark:bg-slate-800 dark:text-slate-100';
  const border = n.severity
    ? ''
    : host
      ? 'border-red-600'
      : 'border-slate-300 dark:border-slate-600';
  return (
    <NodeCard
      kind="namespace"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      className={`relative h-full w-full overflow-hidden rounded-xl text-[13px] leading-[18px] ${tone} ${cardChrome(n.severity)} ${border}`}
    >
      <div className="flex h-6 items-center gap-1.5">
        <NodeTitle id={id} label={label} selected={selected}>
          <span className="font-semibold">{T.namespaceTitle[n.name]}</span>{' '}
          <span
            className={`text-xs ${host ? 'text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400'}`}
          >
            {T.ui.namespace}
          </span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      <div
        className={`truncate ${host ? 'font-medium text-red-700 dark:text-red-300' : ''} ${n.name === 'uts' && !host ? 'font-mono text-xs' : ''}`}
      >
        {hubExplanation(n, T)}
      </div>
      <NodeHandles sources={['l']} targets={['b']} />
    </NodeCard>
  );
});
