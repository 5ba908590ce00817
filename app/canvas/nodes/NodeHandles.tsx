import { Handle, Position } from '@xyflow/react';
import type { Side } from '../flowTypes';

const POSITION: Record<Side, Position> = {
  t: Position.Top,
  b: Position.Bottom,
  l: Position.Left,
  r: Position.Right,
};

/**
 * Invisible anchors for edges. The graph is read-only, so they never start a connection; the
 * id is the side, which is what toFlow's edges name.
 */
export function NodeHandles({
  sources = [],
  targets = [],
}: {
  sources?: Side[];
  targets?: Side[];
}) {
  const handle = (type: 'source' | 'target', side: Side) => (
    <Handle
      key={`${type}-${side}`}
      type={type}
      id={side}
      position={POSITION[side]}
      isConnectable={false}
      className="pointer-events-none h-px! min-h-0! w-px! min-w-0! border-0! bg-transparent!"
    />
  );
  return (
    <>
      {sources.map((s) => handle('source', s))}
      {targets.map((t) => handle('target', t))}
    </>
  );
}
