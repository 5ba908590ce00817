import { memo, useContext } from 'react';
import type { NodeProps } from '@xyflow/react';
import { chipKey } from '../../../src/graph/marks';
import { hubExplains } from '../../../src/graph/sizes';
import { ChangedPortsContext } from '../changeMarks';
import { useTexts } from '../../i18n/useTexts';
import { hubExplanation, nodeAriaLabel } from '../labels';
import type { NetworkFlowNode } from '../flowTypes';
import { cardChrome } from '../styles';
import { NodeCard } from './NodeCard';
import { NodeHandles } from './NodeHandles';
import { NodeTitle } from './NodeTitle';
import { PortChipButton } from './PortChipButton';
import { SeverityBadge } from './SeverityBadge';

/**
 * The pod's network namespace: one IP and one localhost for every container, and every declared
 * port as a chip. The chips are buttons of their own, next to the title.
 */
export const NetworkHubNode = memo(function NetworkHubNode({
  id,
  data,
  selected,
}: NodeProps<NetworkFlowNode>) {
  const n = data.node;
  const T = useTexts('canvas');
  const label = nodeAriaLabel(n, T);
  const host = n.scope === 'host';
  const ports = n.ports ?? [];
  const changes = useContext(ChangedPortsContext);
  const explanation = !host && data.podIP ? T.hub.networkWithIp(data.podIP) : hubExplanation(n, T);
  const surface = host
    ? 'border-dashed bg-red-50 dark:bg-red-950'
    : 'bg-indigo-50/70 dark:bg-indigo-950/60';
  const border = n.severity
    ? ''
    : host
      ? 'border-red-600'
      : 'border-indigo-300 dark:border-indigo-700';
  return (
    <NodeCard
      kind="namespace"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      className={`relative h-full w-full rounded-xl text-[14px] leading-5 ${surface} ${cardChrome(n.severity)} ${border}`}
    >
      <div className="flex h-[26px] items-center gap-2">
        <NodeTitle id={id} label={label} selected={selected}>
          <span
            className={`text-[17px] font-semibold ${host ? 'text-red-800 dark:text-red-200' : 'text-indigo-900 dark:text-indigo-100'}`}
          >
            {T.namespaceTitle[n.name]}
          </span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      <div
        hidden={!hubExplains(n, data.compact ? 'compact' : 'full')}
        className={`h-5 whitespace-nowrap ${host ? 'font-medium text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-300'}`}
      >
        {explanation}
      </div>
      {ports.length === 0 && (
        <div className="h-5 whitespace-nowrap text-slate-500 dark:text-slate-400">
          {T.ui.noPorts}
        </div>
      )}
      {ports.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-2">
          {ports.map((chip, i) => {
            const key = chipKey(chip.container, chip.port, chip.protocol);
            const mark = changes?.get(key);
            // Compare mode: an edited port's old chip is drawn inside its new one.
            if (mark?.into !== undefined) return null;
            // A container may declare the same port twice (a clash too): keys need the index.
            return (
              <PortChipButton
                key={`${key}#${i}`}
                chip={chip}
                selected={data.selectedChip === key}
                mark={mark}
              />
            );
          })}
        </div>
      )}
      <NodeHandles sources={['l']} targets={['b']} />
    </NodeCard>
  );
});
