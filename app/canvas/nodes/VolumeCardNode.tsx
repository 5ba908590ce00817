import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { volumeLines } from '../cardLines';
import { CARD_PADDING, TYPE } from '../../../src/graph/sizes';
import { shortenMiddle } from '../../../src/graph/text';
import { useTexts } from '../../i18n/useTexts';
import { nodeAriaLabel } from '../labels';
import type { VolumeFlowNode } from '../flowTypes';
import { cardChrome, VOLUME_TONE } from '../styles';
import { volumeTone } from '../volumeTone';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';
import { SeverityBadge } from './SeverityBadge';
import { VolumeIcon } from './VolumeIcon';

const TONE_SURFACE = {
  memory: 'bg-violet-50 dark:bg-violet-950',
  host: 'bg-red-50 dark:bg-red-950',
} as const;

/** A volume: its source type and medium, size limit, what it refers to, who shares it. */
export const VolumeCardNode = memo(function VolumeCardNode({
  id,
  data,
  selected,
  width,
}: NodeProps<VolumeFlowNode>) {
  const n = data.node;
  const T = useTexts('canvas');
  const label = nodeAriaLabel(n, T);
  const tone = volumeTone(n);
  const inner = (width ?? 180) - 2 * CARD_PADDING;
  const surface = data.quiet
    ? 'bg-slate-50 dark:bg-slate-900'
    : tone === 'memory' || tone === 'host'
      ? TONE_SURFACE[tone]
      : 'bg-white dark:bg-slate-900';
  const border = n.severity
    ? ''
    : data.quiet
      ? 'border-dashed border-slate-300 shadow-none dark:border-slate-700'
      : n.shared
        ? 'border-indigo-400 dark:border-indigo-500'
        : 'border-slate-300 dark:border-slate-600';
  return (
    <NodeCard
      kind="volume"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      className={`relative h-full w-full rounded-lg text-[14px] leading-5 text-slate-800 shadow-sm dark:text-slate-100 ${surface} ${cardChrome(n.severity)} ${border}`}
    >
      <div className="flex min-h-[26px] items-start gap-1.5">
        <span className={`mt-1 shrink-0 ${VOLUME_TONE[tone]}`}>
          <VolumeIcon tone={tone} />
        </span>
        <NodeTitle id={id} label={label} selected={selected} className="items-start">
          <span className="text-[17px] leading-[26px] font-semibold break-all">{n.name}</span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      {volumeLines(n).map((line) => {
        switch (line.kind) {
          case 'type':
            return (
              <div key="type" className={`whitespace-nowrap ${VOLUME_TONE[tone]}`}>
                {shortenMiddle(line.text, TYPE.text, inner)}
              </div>
            );
          case 'reference':
            return (
              <div
                key="ref"
                className="font-mono whitespace-nowrap text-slate-600 dark:text-slate-300"
                title={line.text}
              >
                {shortenMiddle(line.text, TYPE.text, inner)}
              </div>
            );
          case 'shared':
            return (
              <div
                key="shared"
                className="font-medium whitespace-nowrap text-indigo-700 dark:text-indigo-300"
                title={line.by.join(', ')}
              >
                {T.ui.sharedBy(line.by.length)}
              </div>
            );
        }
      })}
      <NodeHandles sources={['b', 'l', 'r']} targets={['t', 'l']} />
    </NodeCard>
  );
});
