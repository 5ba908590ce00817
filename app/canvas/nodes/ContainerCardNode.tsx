import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useCanvasActions } from '../canvasActions';
import { containerLines } from '../cardLines';
import { useTexts } from '../../i18n/useTexts';
import { canvasTexts, nodeAriaLabel } from '../canvasText';
import type { ContainerFlowNode } from '../flowTypes';
import { cardChrome, ROLE_STEP, ROLE_STRIP } from '../styles';
import { ContainerLineView } from './ContainerLineView';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';
import { SeverityBadge } from './SeverityBadge';

/** A container: role colour, start step, image, resources, ports, mounts, probes, flags. */
export const ContainerCardNode = memo(function ContainerCardNode({
  id,
  data,
  selected,
}: NodeProps<ContainerFlowNode>) {
  const { hover } = useCanvasActions();
  const n = data.node;
  const T = useTexts(canvasTexts);
  const label = nodeAriaLabel(n, T);
  const ephemeral = n.role === 'ephemeral';
  const border = n.severity
    ? ''
    : ephemeral
      ? 'border-orange-500'
      : 'border-slate-300 dark:border-slate-600';
  return (
    <NodeCard
      kind="container"
      name={n.name}
      severity={n.severity}
      selected={selected}
      touched={data.touched}
      className={`relative h-full w-full overflow-hidden rounded-lg bg-white text-[13px] leading-[18px] text-slate-800 shadow-sm dark:bg-slate-900 dark:text-slate-100 ${cardChrome(n.severity)} ${border} ${ephemeral ? 'border-dashed' : ''}`}
    >
      <span aria-hidden="true" className={`absolute inset-y-0 left-0 w-1 ${ROLE_STRIP[n.role]}`} />
      <div className="flex h-6 items-center gap-1.5">
        <NodeTitle
          id={id}
          label={label}
          selected={selected}
          onFocusChange={(focused) => hover(focused ? id : null)}
        >
          {n.initStep !== undefined && (
            <span
              className={`inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${ROLE_STEP[n.role]}`}
            >
              {n.initStep}
            </span>
          )}
          {n.initStep !== undefined && ' '}
          <span className="truncate font-semibold">{n.name}</span>
        </NodeTitle>
        <SeverityBadge severity={n.severity} count={n.findings} />
      </div>
      {containerLines(n, data.mounts).map((line, i) => (
        <ContainerLineView key={i} line={line} node={n} scale={data.scale} />
      ))}
      <NodeHandles sources={['b', 't', 'r']} targets={['l']} />
    </NodeCard>
  );
});
