import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { CARD_PADDING, MAX_LIST_LINES, TYPE } from '../../../src/graph/sizes';
import { shortenMiddle } from '../../../src/graph/text';
import { useTexts } from '../../i18n/useTexts';
import { nodeAriaLabel, servicePortLabel } from '../labels';
import type { ServiceFlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';
import { NodeTitle } from './NodeTitle';
import { NodeHandles } from './NodeHandles';

/** A Service of the same input that selects the pod: its type, selector and ports. */
export const ServiceCardNode = memo(function ServiceCardNode({
  id,
  data,
  selected,
  width,
}: NodeProps<ServiceFlowNode>) {
  const n = data.node;
  const T = useTexts('canvas');
  const label = nodeAriaLabel(n, T);
  const inner = (width ?? 180) - 2 * CARD_PADDING;
  const ports = n.ports.map((p) => servicePortLabel(p, T));
  const shown =
    ports.length > MAX_LIST_LINES
      ? [...ports.slice(0, MAX_LIST_LINES - 1), T.ui.moreItems(ports.length - MAX_LIST_LINES + 1)]
      : ports;
  return (
    <NodeCard
      kind="service"
      name={n.name}
      selected={selected}
      touched={data.touched}
      className="relative h-full w-full rounded-lg border-2 border-cyan-600 bg-cyan-50 p-[9px] text-[14px] leading-5 text-slate-800 shadow-sm dark:border-cyan-400 dark:bg-cyan-950 dark:text-slate-100"
    >
      <div className="flex min-h-[26px] items-start gap-1.5">
        <ServiceIcon />
        <NodeTitle id={id} label={label} selected={selected} className="items-start">
          <span className="text-[17px] leading-[26px] font-semibold break-all">{n.name}</span>
        </NodeTitle>
      </div>
      <div className="whitespace-nowrap text-cyan-800 dark:text-cyan-200">Service · {n.type}</div>
      <div
        className="font-mono whitespace-nowrap text-slate-600 dark:text-slate-300"
        title={n.selector}
      >
        {shortenMiddle(n.selector, TYPE.text, inner)}
      </div>
      {shown.map((line, i) => (
        <div
          key={i}
          className="font-mono whitespace-nowrap text-slate-800 dark:text-slate-100"
          title={line}
        >
          {shortenMiddle(line, TYPE.text, inner)}
        </div>
      ))}
      <NodeHandles sources={['t']} />
    </NodeCard>
  );
});

// A plug: traffic in through a stable name.
function ServiceIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="mt-1 h-4 w-4 shrink-0 text-cyan-700 dark:text-cyan-300"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M8 1.5v4 M4.5 5.5h7v3a3.5 3.5 0 0 1-7 0z M8 12v2.5" />
    </svg>
  );
}
