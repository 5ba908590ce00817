import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { CARD_PADDING, hubExplains, TYPE } from '../../../src/graph/sizes';
import { shortenMiddle } from '../../../src/graph/text';
import { useTexts } from '../../i18n/useTexts';
import { hubExplanation, nodeAriaLabel } from '../labels';
import type { HubFlowNode } from '../flowTypes';
import { cardChrome } from '../styles';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';
import { SeverityBadge } from './SeverityBadge';

/** The IPC, UTS or PID namespace the containers share, or the node's own one (a risk). */
export const HubNode = memo(function HubNode({
  id,
  data,
  selected,
  width,
}: NodeProps<HubFlowNode>) {
  const n = data.node;
  const T = useTexts('canvas');
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
      className={`relative h-full w-full rounded-xl text-[14px] leading-5 ${tone} ${cardChrome(n.severity)} ${border}`}
    >
      <div className="flex h-[26px] items-center gap-1.5">
        <NodeTitle id={id} label={label} selected={selected}>
          <span className="text-[17px] font-semibold">{T.namespaceTitle[n.name]}</span>{' '}
          <span
            className={`${host ? 'text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400'}`}
          >
            {T.ui.namespace}
          </span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      <div
        hidden={!hubExplains(n, data.compact ? 'compact' : 'full')}
        className={`whitespace-nowrap ${host ? 'font-medium text-red-700 dark:text-red-300' : ''} ${n.name === 'uts' && !host ? 'font-mono' : ''}`}
      >
        {shortenMiddle(hubExplanation(n, T), TYPE.text, (width ?? 200) - 2 * CARD_PADDING)}
      </div>
      <NodeHandles sources={['l']} targets={['b']} />
    </NodeCard>
  );
});
