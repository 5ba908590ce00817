import { MiniMap } from '@xyflow/react';
import { useTexts } from '../i18n/useTexts';
import type { FlowNode } from './flowTypes';
import { minimapColor } from './minimapColor';
import { useGraphOverflows } from './useGraphOverflows';

/** The minimap, shown while part of the graph is out of view (zoomed in, or a very big pod). */
export function Overview() {
  const needed = useGraphOverflows();
  const { ui } = useTexts('canvas');
  if (!needed) return null;
  return (
    <MiniMap<FlowNode>
      pannable
      zoomable
      ariaLabel={ui.minimap}
      nodeColor={minimapColor}
      nodeStrokeWidth={0}
      style={{ width: 168, height: 112 }}
      className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700"
    />
  );
}
