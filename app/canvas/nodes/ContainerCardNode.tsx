import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { overviewBadges } from '../../../src/graph/badges';
import { containerInner } from '../../../src/graph/sizes';
import { shortenMiddle } from '../../../src/graph/text';
import { useCanvasActions } from '../canvasActions';
import { containerLines } from '../cardLines';
import { inTrouble } from '../containerStatus';
import { useTexts } from '../../i18n/useTexts';
import { nodeAriaLabel } from '../labels';
import type { ContainerFlowNode } from '../flowTypes';
import { resourceBar } from '../resourceBars';
import { cardChrome, ROLE_STEP, ROLE_STRIP } from '../styles';
import { LazyCardChip, showsChip } from './LazyChips';
import { ContainerLineView } from './ContainerLineView';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';
import { OverviewBadges } from './OverviewBadges';
import { ResourceBarLine } from './ResourceBarLine';
import { SeverityBadge } from './SeverityBadge';
import { useDetail } from './useDetail';

/**
 * A container: role colour, start step and name; at the overview its image, resource bars and
 * key badges in type that stays legible at Fit; zoomed in, every port, mount, probe and flag.
 * A compact card (presentation mode) keeps the name and key badges at every zoom.
 */
export const ContainerCardNode = memo(function ContainerCardNode({
  id,
  data,
  selected,
  width,
}: NodeProps<ContainerFlowNode>) {
  const { hover } = useCanvasActions();
  const zoomedIn = useDetail();
  const detail = zoomedIn && !data.compact;
  const n = data.node;
  const T = useTexts('canvas');
  const label = nodeAriaLabel(n, T);
  const ephemeral = n.role === 'ephemeral';
  const cardWidth = width ?? 232;
  const inner = containerInner(cardWidth);
  // A container its status says is waiting or failed has a red border (and a red line saying
  // why), whatever its findings.
  const trouble = inTrouble(data.status);
  const chrome = trouble ? 'error' : n.severity;
  const border = chrome
    ? ''
    : ephemeral
      ? 'border-orange-500'
      : 'border-slate-300 dark:border-slate-600';
  const image = n.image ?? T.ui.noImage;
  const imageLine = (
    <div
      className="h-5 font-mono text-[14px] whitespace-nowrap text-slate-500 dark:text-slate-400"
      title={image}
    >
      {shortenMiddle(image, 14, inner)}
    </div>
  );
  // While a timeline is shown, or when its status says it is not running and Ready, the card's
  // first line says so instead of naming the image.
  const chip = showsChip(data.state, data.status);
  return (
    <NodeCard
      kind="container"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      state={data.state}
      statusReason={data.status?.reason}
      className={`relative h-full w-full rounded-lg bg-white text-[14px] leading-5 text-slate-800 shadow-sm dark:bg-slate-900 dark:text-slate-100 ${cardChrome(chrome)} ${chrome ? 'pl-[14px]' : 'pl-[15px]'} ${border} ${ephemeral ? 'border-dashed' : ''}`}
    >
      <span
        aria-hidden="true"
        className={`absolute inset-y-0 left-0 w-1 rounded-l-lg ${ROLE_STRIP[n.role]}`}
      />
      <div className="flex min-h-[26px] items-start gap-1.5">
        <NodeTitle
          id={id}
          label={label}
          selected={selected}
          onFocusChange={(focused) => hover(focused ? id : null)}
          className="items-start"
        >
          {n.initStep !== undefined && (
            <span
              className={`mt-0.5 inline-flex h-[22px] min-w-[22px] shrink-0 items-center justify-center rounded-full text-[14px] font-semibold ${ROLE_STEP[n.role]}`}
            >
              {n.initStep}
            </span>
          )}
          {n.initStep !== undefined && ' '}
          <span className="text-[17px] leading-[26px] font-semibold break-all">{n.name}</span>
        </NodeTitle>
        <span className="mt-0.5 ml-auto shrink-0">
          <SeverityBadge severity={n.severity} count={n.findings} />
        </span>
      </div>
      {data.compact ? (
        <OverviewBadges badges={overviewBadges(n)} width={cardWidth} />
      ) : detail ? (
        containerLines(n, data.mounts).map((line, i) => {
          const view = (
            <ContainerLineView key={i} line={line} node={n} scale={data.scale} width={inner} />
          );
          // The state or status takes the image line's place (the inspector names the image).
          return i === 0 && chip ? (
            <LazyCardChip key={i} state={data.state} status={data.status} width={inner} dense>
              {view}
            </LazyCardChip>
          ) : (
            view
          );
        })
      ) : (
        <>
          {chip ? (
            <LazyCardChip state={data.state} status={data.status} width={inner}>
              {imageLine}
            </LazyCardChip>
          ) : (
            imageLine
          )}
          {!ephemeral &&
            (['cpu', 'memory'] as const).map((r) => (
              <ResourceBarLine key={r} bar={resourceBar(n, r, data.scale)} />
            ))}
          <OverviewBadges badges={overviewBadges(n)} width={cardWidth} />
        </>
      )}
      <NodeHandles sources={['b', 't', 'r']} targets={['l', 'b']} />
    </NodeCard>
  );
});
