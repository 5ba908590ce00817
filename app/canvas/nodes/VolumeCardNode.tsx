import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { volumeLines } from '../cardLines';
import { useTexts } from '../../i18n/useTexts';
import { canvasTexts, nodeAriaLabel } from '../canvasText';
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
}: NodeProps<VolumeFlowNode>) {
  const n = data.node;
  const T = useTexts(canvasTexts);
  const label = nodeAriaLabel(n, T);
  const tone = volumeTone(n);
  const surface =
    tone === 'memory' || tone === 'host' ? TONE_SURFACE[tone] : 'bg-white dark:bg-slate-900';
  const border = n.severity
    ? ''
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
      className={`relative h-full w-full overflow-hidden rounded-lg text-[13px] leading-[18px] text-slate-800 shadow-sm dark:text-slate-100 ${surface} ${cardChrome(n.severity)} ${border}`}
    >
      <div className="flex h-6 items-center gap-1.5">
        <span className={VOLUME_TONE[tone]}>
          <VolumeIcon tone={tone} />
        </span>
        <NodeTitle id={id} label={label} selected={selected}>
          <span className="truncate font-semibold">{n.name}</span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      {volumeLines(n).map((line) => {
        switch (line.kind) {
          case 'type':
            return (
              <div key="type" className={`truncate text-xs ${VOLUME_TONE[tone]}`}>
                {line.text}
              </div>
            );
          case 'reference':
            return (
              <div
                key="ref"
                className="truncate font-mono text-xs text-slate-600 dark:text-slate-300"
                title={line.text}
              >
                {line.text}
              </div>
            );
          case 'shared':
            return (
              <div
                key="shared"
                className="truncate text-xs font-medium text-indigo-700 dark:text-indigo-300"
                title={line.by.join(', ')}
              >
                {T.ui.sharedBy(line.by.length)}
              </div>
            );
        }
      })}
      <NodeHandles sources={['b', 'l']} targets={['t']} />
    </NodeCard>
  );
});
